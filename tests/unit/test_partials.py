"""``{% partial %}``: a row rendered once per distinct values and language, escaped like the page, never stale."""
import pytest
from django.template import Context, TemplateSyntaxError

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
    rendering._ROWS.cache_clear()
    _row("Greet"), _row("Greet"), _row("Greet", finished=True)
    assert (rendering._ROWS.hits, rendering._ROWS.misses) == (1, 2)


def test_the_kept_rows_stay_within_their_size_and_a_long_row_is_not_kept():
    rows = rendering._Rows(max_chars=100, max_row=40)
    for number in range(10):
        row = f"row {number:02d} " + "x" * 20
        assert rows.get(number, lambda row=row: row) == row
    assert rows._chars <= 100 and list(rows._rows) == [7, 8, 9]   # 27 characters each: the oldest went first
    rows.get(7, lambda: "not rendered again")
    assert rows.hits == 1 and list(rows._rows)[-1] == 7
    assert rows.get("long", lambda: "y" * 41) == "y" * 41 and "long" not in rows._rows


def test_a_partial_is_checked_when_its_template_compiles():
    for bad in ('{% partial ordering_item.html text=text %}', '{% partial "ordering_item.html" text %}',
                '{% partial %}'):
        with pytest.raises(TemplateSyntaxError):
            rendering._ENGINE.from_string("{% load ilelln %}" + bad)


def test_an_uncached_partial_renders_the_same_row_and_keeps_nothing():
    rendering._ROWS.cache_clear()
    page = rendering._ENGINE.from_string(
        '{% load ilelln %}{% partial "ordering_item.html" token="t1" text=text mark=mark finished=finished uncached %}')
    html = page.render(Context({"text": "Greet the caller", "mark": None, "finished": False, "lang": "en",
                                "template_package": PACKAGE}))
    assert html == _row("Greet the caller") and rendering._ROWS.misses == 1 and rendering._ROWS.hits == 0
