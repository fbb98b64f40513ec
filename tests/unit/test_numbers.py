"""Decimals and file sizes written with a "." and Western digits in Arabic as in English (core/i18n.py)."""
import pytest
from django.template import Context

from ilelln_xblocks.core import rendering
from ilelln_xblocks.core.i18n import catalogue_active, format_file_size, format_number


@pytest.mark.parametrize("language", ["ar", "en"])
def test_numbers_have_a_point_in_both_languages(language):
    with catalogue_active(language):
        assert [format_number(value, digits) for value, digits in
                ((4.67, None), (1.0, None), (2.5, 1), (4.666, 2), (3, None), (None, 1))] == \
               ["4.67", "1.0", "2.5", "4.67", "3", ""]
        assert format_file_size(5 * 2**20).startswith("5.0\xa0") and format_file_size(2009).startswith("2.0\xa0")


def test_file_sizes_keep_djangos_words_in_each_language():
    with catalogue_active("en"):
        assert [format_file_size(size) for size in (1, 12, 2048, 5 * 2**20, 3 * 2**30, "x")] == \
               ["1\xa0byte", "12\xa0bytes", "2.0\xa0KB", "5.0\xa0MB", "3.0\xa0GB", "0\xa0bytes"]
    with catalogue_active("ar"):
        assert format_file_size(5 * 2**20) != "5.0\xa0MB" and "," not in format_file_size(5 * 2**20)


def test_the_template_filters_use_the_same_helpers():
    template = rendering._ENGINE.from_string(  # pylint: disable=protected-access
        "{% load ilelln %}{{ mean|number }} {{ mean|number:1 }} {{ size|file_size }}")
    with catalogue_active("ar"):
        # the units are in our catalogue (the browser's IlellnCommon.file_size uses them), spelt as the Arabic
        # review spells every limit, not Django's abbreviations ("ك.ب")
        assert template.render(Context({"mean": 4.67, "size": 2009})) == "4.67 4.7 2.0\xa0كيلوبايت"
