"""The reflection journal's rules: templates, answers, links, photos, who may read."""
import pytest

from ilelln_xblocks.collaboration.reflection import logic
from ilelln_xblocks.core import filetypes

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 64


def segment(marker, payload):
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def jpeg(*segments):
    """A JPEG-shaped file: SOI, the given segments, a quantisation table, then the scan."""
    return (b"\xff\xd8" + b"".join(segments) + segment(0xDB, b"\x00" * 65)
            + b"\xff\xda\x00\x08pixels\xff\xd9")


@pytest.mark.parametrize("template, custom, expected", [
    ("field_visit", [], logic.TEMPLATES["field_visit"]),
    ("seminar", ["ignored"], logic.TEMPLATES["seminar"]),
    ("custom", ["  ماذا رأيت؟ ", "", "   ", "ماذا ستطبق؟"], ("ماذا رأيت؟", "ماذا ستطبق؟")),
    ("custom", [f"Q{n}" for n in range(12)], tuple(f"Q{n}" for n in range(8))),
    ("nonsense", [], logic.TEMPLATES["field_visit"]),
])
def test_prompts_come_from_the_template_or_the_author(template, custom, expected):
    assert logic.prompts_for(template, custom) == list(expected)


def test_every_built_in_template_has_four_prompts_and_a_label():
    for key, prompts in logic.TEMPLATES.items():
        assert len(prompts) == 4 and key in logic.TEMPLATE_LABELS
    assert "How will I apply it in my library?" in logic.TEMPLATES["field_visit"]


@pytest.mark.parametrize("value, count, reason", [
    ("text", 2, "not-a-list"),
    (["a", 3], 2, "not-a-list"),
    (["a"], 2, "wrong-count"),
    (["a", "b", "c"], 2, "wrong-count"),
    (["a", "x" * 5001], 2, "too-long"),
])
def test_bad_answers_are_refused_with_a_reason(value, count, reason):
    with pytest.raises(ValueError, match=reason):
        logic.clean_answers(value, count)


def test_answers_keep_their_text_and_normalise_line_ends():
    assert logic.clean_answers(["سطر\r\nثانٍ", ""], 2) == ["سطر\nثانٍ", ""]
    assert logic.missing_answers(["نعم", "  ", "x", ""]) == [2, 4]


@pytest.mark.parametrize("link", [
    "https://www.bibalex.org/ar/default", "http://example.org/visit?day=3#photos", "  https://قصر-الثقافة.eg/ ",
])
def test_web_links_are_accepted(link):
    assert logic.check_link(link) == link.strip()


@pytest.mark.parametrize("link", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "ftp://files.example.org/a",
    "https://", "http://localhost/x", "https://exa mple.org", 'https://example.org/"onmouseover=x', "//example.org",
    "https://example.org/" + "a" * 500, "", "file:///etc/passwd",
])
def test_anything_but_an_http_link_is_refused(link):
    with pytest.raises(ValueError, match="bad-link"):
        logic.check_link(link)


def test_links_are_limited_to_three_and_blank_ones_dropped():
    assert logic.clean_links(["https://a.org", " ", ""]) == ["https://a.org"]
    assert logic.clean_links(None) == []
    with pytest.raises(ValueError, match="too-many-links"):
        logic.clean_links(["https://a.org", "https://b.org", "https://c.org", "https://d.org"])
    with pytest.raises(ValueError, match="not-a-list"):
        logic.clean_links("https://a.org")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (PNG + b"\x00" * 2000, "too-big"), (b"<html>" * 10, "wrong-type"),
])
def test_bad_photos_are_refused(data, reason):
    with pytest.raises(ValueError, match=reason):
        logic.check_photo(data, max_bytes=1000)


def test_the_place_a_photo_was_taken_is_removed_before_it_is_stored():
    exif = segment(0xE1, b"Exif\x00\x00GPS 31.2001N 29.9187E")
    comment = segment(0xFE, b"taken by Salma")
    jfif = segment(0xE0, b"JFIF\x00\x01\x01")
    original = jpeg(jfif, exif, comment)
    kind, stored = logic.check_photo(original, max_bytes=10_000)
    assert kind == filetypes.JPEG
    assert b"GPS" not in stored and b"Salma" not in stored
    assert stored == jpeg(jfif)                     # everything else, pixels included, is unchanged
    broken = b"\xff\xd8\xff\xe1\x99\x99Exif"        # a segment longer than the file: left as it was
    assert logic.strip_jpeg_metadata(broken) == broken


@pytest.mark.parametrize("viewer, staff, owner, shared, allowed", [
    ("salma", False, "salma", False, True),
    ("ahmed", False, "salma", False, False),
    ("ahmed", False, "salma", True, True),
    ("facilitator", True, "salma", False, True),
    (None, False, "salma", True, False),
    ("", True, "salma", True, False),
])
def test_a_private_reflection_is_read_only_by_its_author_and_staff(viewer, staff, owner, shared, allowed):
    assert logic.can_read(viewer, staff, owner, shared) is allowed


def test_word_count_adds_every_answer():
    assert logic.word_count(["رأيت ركن الحكي", "two words", ""]) == 5
