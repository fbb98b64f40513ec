"""The screenshot gallery page: failed views listed with their error, Arabic captions right to left, offline."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_gallery import write_gallery  # noqa: E402

LISTED = [
    ("ilelln_gap_fill.0", {"en": "ilelln: gap fill, an email", "ar": "ilelln: gap fill, an email"}),
    ("ilelln_course.1", {"en": "ilelln course 1: Module 1", "ar": "ilelln course 1: Module 1"}),
]


def shot(scenario, lang, width, who, **extra):
    return {"scenario": scenario, "lang": lang, "width": width, "who": who, "student": who, "errors": [], **extra}


def test_failed_views_are_listed_with_their_error_and_arabic_captions_run_right_to_left(tmp_path):
    shots = [
        shot("ilelln_gap_fill.0", "ar", 360, "learner", file="png/a.png", bytes=1000,
             overflow={"overflows": True, "scrollWidth": 410, "innermost": [{"path": "table > tr > th"}]}),
        shot("ilelln_gap_fill.0", "en", 1280, "staff", error="TimeoutError: Timeout 60000ms exceeded."),
        shot("ilelln_course.1", "en", 360, "staff", file="png/b.png", bytes=500,
             errors=["JavaScript: boom"], overflow={"overflows": False, "scrollWidth": 360}),
    ]
    page_file = tmp_path / "index.html"
    write_gallery(page_file, LISTED, shots, langs=("ar", "en"), widths=(360, 1280))
    page = page_file.read_text(encoding="utf-8")

    assert page.startswith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')
    assert "Not taken: <bdi dir=\"ltr\">TimeoutError: Timeout 60000ms exceeded.</bdi>" in page
    assert "JavaScript: boom" in page
    arabic = re.search(r'<figure lang="ar" dir="rtl">(.*?)</figure>', page).group(1)
    assert "العربية · 360 بكسل · متعلّم (<bdi>learner</bdi>)" in arabic
    assert "تمرير أفقي: عرض الصفحة 410 بكسل" in arabic and "table &gt; tr &gt; th" in arabic
    assert page.count('<figure lang="en" dir="ltr"') == 2 and page.count("<img ") == 2
    assert '<h2>gap fill</h2>' in page and "<h2>The ready course (every block in its place)</h2>" in page
    assert "2 screenshots (0.0 MB) of 2 scenarios" in page and "Views not taken: 1." in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
