"""``{% partial %}``: a row rendered once per distinct values and language, escaped like the page, never stale."""
from django.template import Context

from ilelln_xblocks.core import rendering

PACKAGE = "ilelln_xblocks.english.ordering"


def _row(text, language="en", mark=None, finished=False):
    page = rendering._ENGINE.from_string(
        '{% load ilelln %}{% partial "ordering_item.html" token="t1" text=text mark=mark finished=finished %}')
    return page.render(Context({"text": text, "mark": mark, "finished": finished, "lang": language,
                                "template_package": PACKAGE}))


def test_a_row_shows_exactly_what_it_is_given():
    first = _row("Greet the caller")
    assert "Greet the caller" in first and 'data-token="t1"' in first and "disabled" not in first
    assert "ilelln-or-right" in _row("Greet the caller", mark=True)
    assert "disabled" in _row("Greet the caller", finished=True)
    assert "Say who you are" in _row("Say who you are") and "Greet" not in _row("Say who you are")


def test_learner_and_author_text_is_escaped_and_keeps_its_breaks():
    html = _row("</li><script>alert(1)</script>\nsecond line")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<br>second line" in html


def test_each_language_has_its_own_row():
    english, arabic = _row("Greet", "en"), _row("Greet", "ar")
    assert "Move up" in english and "Move up" not in arabic and 'dir="rtl"' in arabic


def test_the_same_values_reuse_the_rendered_row():
    rendering._partial.cache_clear()
    _row("Greet"), _row("Greet"), _row("Greet", finished=True)
    info = rendering._partial.cache_info()
    assert (info.hits, info.misses) == (1, 2)
