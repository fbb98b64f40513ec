"""Our Arabic wins over a platform catalogue that translates the same msgids differently.

The LMS puts its own ``conf/locale`` in ``LOCALE_PATHS``, which outrank every app's ``locale/`` in
Django's global catalogue. These tests install such a competing catalogue and check that the
blocks still show the package's own wording: in Python, in a handler's error, in a rendered
template and in the catalogue handed to the block's JS.
"""
import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from django.utils import translation

from ilelln_xblocks.core import i18n
from ilelln_xblocks.english.listening.scenarios import VOICEMAIL
from tests.helpers import call_handler, init_args

pytestmark = pytest.mark.django_db

PROGRESS = "%(done)s of %(total)s activity completed (%(percent)s%%)"
BAD_JSON = "The request was not valid JSON. Nothing was saved."
# msgids the platform translates too, and some of ours, with the wording a platform might choose.
PLATFORM_ARABIC = {
    "Submit": "قدّم (المنصة)",
    "Save": "احفظ (المنصة)",
    "Cancel": "تراجع (المنصة)",
    "Reply": "أجب (المنصة)",
    BAD_JSON: "صيغة غير صالحة (المنصة)",
    "Module number": "الرقم (المنصة)",
    "Only the platform has this": "نص المنصة وحدها",
}
DISCUSSION = """<ilelln_discussion display_name="Makerspace ideas">
  <prompt>Share one makerspace idea for your library.</prompt></ilelln_discussion>"""


def ours(msgid, language="ar"):
    """The package's own translation of ``msgid``, read from its compiled catalogue."""
    return i18n.bundled_catalogue(language).gettext(msgid)


@pytest.fixture
def platform_catalogue(tmp_path, settings):
    """A ``django.mo`` in ``LOCALE_PATHS`` (Arabic and French), as the LMS's ``conf/locale`` would be."""
    for language, suffix in (("ar", ""), ("fr", " (fr)")):
        catalog = Catalog(locale=language, domain="django")
        for msgid, text in PLATFORM_ARABIC.items():
            catalog.add(msgid, text + suffix)
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        (folder / "django.mo").write_bytes(buffer.getvalue())
    settings.LANGUAGES = [*settings.LANGUAGES, ("fr", "Français")]
    settings.LOCALE_PATHS = [str(tmp_path)]  # Django and core.i18n drop their cached catalogues
    yield
    i18n.clear_caches()


def test_the_competing_catalogue_wins_in_djangos_global_lookup(platform_catalogue):
    # What the blocks would show if they relied on Django's fallback: the platform's wording.
    with translation.override("ar"):
        assert translation.gettext("Submit") == PLATFORM_ARABIC["Submit"]
        assert translation.gettext("Module number") == PLATFORM_ARABIC["Module number"]
    assert ours("Submit") not in PLATFORM_ARABIC.values()


def test_python_strings_come_from_our_catalogue(world, platform_catalogue):
    block = world.block(world.load(VOICEMAIL))
    with translation.override("ar"):
        for msgid in ("Submit", "Cancel", "Reply", "Module number"):
            assert block.gettext(msgid) == ours(msgid) != PLATFORM_ARABIC[msgid]
        plural = (PROGRESS, PROGRESS.replace("activity", "activities"), 3)
        assert block.ngettext(*plural) == i18n.bundled_catalogue("ar").ngettext(*plural) != plural[1]


def test_a_handlers_error_comes_from_our_catalogue(world, platform_catalogue):
    block = world.block(world.load(VOICEMAIL))
    with translation.override("ar"):
        code, body = call_handler(block, "submit", raw=b"{not json")
    assert code == 400
    assert body["error"] == ours(BAD_JSON) != PLATFORM_ARABIC[BAD_JSON]


def test_templates_render_with_our_catalogue(world, platform_catalogue):
    root = world.load(VOICEMAIL)
    with translation.override("ar"):
        html = world.block(root).render("student_view").content
        assert translation.get_language() == "ar"  # the render put Django's own state back
        assert translation.gettext("Submit") == PLATFORM_ARABIC["Submit"]
    assert ours("Submit") in html
    assert PLATFORM_ARABIC["Submit"] not in html


def test_the_js_catalogue_is_ours(world, platform_catalogue):
    root = world.load(DISCUSSION)
    with translation.override("ar"):
        fragment = world.block(root).render("student_view")
    init = init_args(fragment.content)
    catalogue = init["i18n"]
    assert catalogue["Cancel"] == ours("Cancel") != PLATFORM_ARABIC["Cancel"]


def test_inside_a_render_only_what_we_lack_comes_from_django(platform_catalogue):
    with translation.override("ar"), i18n.catalogue_active("ar"):
        assert translation.get_language() == "ar"
        assert translation.gettext("Reply") == ours("Reply")
        assert translation.gettext("Only the platform has this") == PLATFORM_ARABIC["Only the platform has this"]
        assert translation.pgettext("unknown context", "Reply") == "Reply"


def test_a_language_we_do_not_ship_falls_back_to_the_runtime_service(world, platform_catalogue):
    block = world.block(world.load(VOICEMAIL))
    with translation.override("fr"):
        assert block.gettext("Submit") == PLATFORM_ARABIC["Submit"] + " (fr)"
        html = world.block(block.scope_ids.usage_id).render("student_view").content
    assert PLATFORM_ARABIC["Submit"] + " (fr)" in html
