"""Every user-facing string has its Arabic translation, and the compiled catalogues are current."""
import gettext
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402  pylint: disable=wrong-import-position,import-error


@pytest.fixture(scope="module")
def catalog():
    return i18n.extract_catalog()


def test_strings_are_extracted_from_python_templates_and_js(catalog):
    assert "Module number" in catalog          # Python field
    assert "Tick what you have done" in catalog  # template
    assert "Saving…" in catalog                # browser


def test_every_string_has_an_arabic_translation():
    missing = i18n.untranslated("ar")
    assert missing == [], "Add Arabic to scripts/translations/ and run `make translations`"


def test_compiled_catalogues_match_their_sources():
    assert i18n.stale_mo_files() == [], "Run `make translations`"


def test_arabic_plural_forms_follow_arabic_grammar():
    catalog = i18n.load_po("ar")
    assert catalog.num_plurals == 6
    for message in catalog:
        if isinstance(message.id, (list, tuple)) and message.id[0]:
            assert len(message.string) == 6 and all(message.string), message.id


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_catalogues_are_where_the_platform_xblock_i18n_service_looks(language):
    # openedx-platform xmodule/modulestore/django.py: gettext.translation("text", <package>/translations, [locale]),
    # with no fallback: a missing file would send the platform back to its own global catalogue.
    found = gettext.translation("text", ROOT / "ilelln_xblocks" / "translations", [language])
    if language == "ar":
        assert found.gettext("Module number") == "رقم الوحدة"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_django_finds_the_same_compiled_file_for_its_own_lookups(language):
    link = i18n.django_link(language)
    assert link.is_symlink()
    assert link.resolve() == i18n.po_path(language).with_suffix(".mo").resolve()
    assert not list((ROOT / "ilelln_xblocks" / "locale").rglob("*.po")), "one source of truth: translations/"
    assert os.path.getsize(link) > 0
