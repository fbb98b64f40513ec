"""Every user-facing string has its Arabic translation, and the compiled catalogues are current."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import i18n  # noqa: E402  pylint: disable=wrong-import-position,import-error


@pytest.fixture(scope="module")
def catalogs():
    return i18n.extract_catalogs()


def test_strings_are_extracted_from_python_templates_and_js(catalogs):
    assert "Module number" in catalogs["django"]          # Python field
    assert "Tick what you have done" in catalogs["django"]  # template
    assert "Saving…" in catalogs["djangojs"]                # browser


def test_every_string_has_an_arabic_translation():
    missing = i18n.untranslated("ar")
    assert missing == [], "Add Arabic to scripts/translations/ and run `make translations`"


def test_compiled_catalogues_match_their_sources():
    assert i18n.stale_mo_files() == [], "Run `make translations`"


def test_arabic_plural_forms_follow_arabic_grammar():
    catalog = i18n.load_po("ar", "django")
    assert catalog.num_plurals == 6
    for message in catalog:
        if isinstance(message.id, (list, tuple)) and message.id[0]:
            assert len(message.string) == 6 and all(message.string), message.id
