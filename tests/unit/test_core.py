"""Core plumbing: sanitising, safe OLX parsing, the JS catalogue, text direction."""
import pytest
from django.utils import translation

from ilelln_xblocks.core import i18n, olx, sanitize

HOSTILE = [
    ('<script>alert(1)</script><p>hi</p>', "<p>hi</p>"),
    ('<img src=x onerror=alert(1)>', ""),
    ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'),
    ('<p onclick="steal()">text</p>', "<p>text</p>"),
    ('<a href="https://koha-community.org">Koha</a>',
     '<a href="https://koha-community.org" rel="noopener noreferrer nofollow">Koha</a>'),
    ("<p dir=\"rtl\">مكتبة <bdi>Koha</bdi></p>", "<p dir=\"rtl\">مكتبة <bdi>Koha</bdi></p>"),
]


@pytest.mark.parametrize("dirty, clean", HOSTILE)
def test_learner_rich_text_keeps_only_safe_markup(dirty, clean):
    assert sanitize.clean_html(dirty) == clean


def test_plain_text_drops_every_tag():
    assert sanitize.plain_text("<p>Hello <b>world</b><script>x</script></p>") == "Hello world"


def test_olx_parser_refuses_entities_and_doctype():
    billion_laughs = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(olx.OLXError):
        olx.parse_olx(billion_laughs)
    external = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    with pytest.raises(olx.OLXError):
        olx.parse_olx(external)


def test_olx_parser_refuses_oversized_documents():
    with pytest.raises(olx.OLXError):
        olx.parse_olx("<x>" + "a" * olx.MAX_OLX_BYTES + "</x>")


def test_olx_parser_reads_ordinary_olx_and_child_texts():
    node = olx.parse_olx("<b><objective> One </objective><objective/><objective>Two</objective></b>")
    assert olx.child_texts(node, "objective") == ["One", "Two"]


def test_js_catalog_carries_only_the_strings_the_script_uses():
    source = 'x = gettext("Saved."); y = gettext(\'Saving…\'); z = notgettext("Saved.")'
    arabic = i18n.js_catalog(source, "ar")
    assert arabic == {"Saved.": "تم الحفظ.", "Saving…": "جارٍ الحفظ…"}
    assert i18n.js_catalog(source, "en") == {}


@pytest.mark.parametrize("language, direction", [("ar", "rtl"), ("ar-eg", "rtl"), ("en", "ltr"), ("fr", "ltr")])
def test_text_direction(language, direction):
    assert i18n.text_direction(language) == direction


def test_current_language_follows_the_request():
    with translation.override("ar"):
        assert i18n.current_language() == "ar"
