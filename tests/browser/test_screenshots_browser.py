"""`make screenshots` on two scenarios: real PNGs of the right width, every one linked from the gallery."""
import json
import re
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ("ilelln_gap_fill.0", "ilelln_discussion.0")


def png_size(path):
    """``(width, height)`` of a PNG whose signature, IHDR and IEND chunks are sound; fails otherwise."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    assert struct.unpack(">I", data[29:33])[0] == zlib.crc32(data[12:29]), f"{path.name}: IHDR CRC is wrong"
    assert data[-12:] == b"\x00\x00\x00\x00IEND\xaeB`\x82", f"{path.name} is truncated"
    return struct.unpack(">II", data[16:24])


class Links(HTMLParser):
    """The image sources, links and element directions of the gallery page."""

    def __init__(self):
        super().__init__()
        self.images, self.links, self.figures = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs["src"])
        elif tag == "a":
            self.links.append(attrs.get("href", ""))
        elif tag == "figure":
            self.figures.append((attrs.get("lang"), attrs.get("dir")))


def test_two_scenarios_give_every_view_as_a_png_in_an_offline_gallery(tmp_path):
    out = tmp_path / "shots"
    run = subprocess.run(
        [sys.executable, "scripts/screenshots.py", "--out", str(out), "--only", ",".join(SCENARIOS)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^16 images, [\d.]+ MB, 0 failed", run.stdout, re.M), run.stdout

    overflow = json.loads((out / "overflow.json").read_text(encoding="utf-8"))
    assert overflow["views_measured"] == 8  # every 360 px view: 2 scenarios x 2 languages x learner/staff
    wide = {(view["scenario"], view["lang"], view["who"]): view["scrollWidth"] for view in overflow["views"]}

    pngs = sorted((out / "png").glob("*.png"))
    expected = {f"{scenario}_{lang}_{width}_{who}.png" for scenario in SCENARIOS for lang in ("ar", "en")
                for width in (360, 1280) for who in ("learner", "staff")}
    assert {png.name for png in pngs} == expected
    for png in pngs:
        scenario, lang, width, who = png.stem.rsplit("_", 3)
        shown_width, height = png_size(png)
        # A full-page screenshot is as wide as the page: the viewport, unless the page scrolls sideways.
        assert shown_width == (wide.get((scenario, lang, who), int(width)) if width == "360" else int(width))
        assert height > 300, f"{png.name} is {height} px high"

    page = (out / "index.html").read_text(encoding="utf-8")
    gallery = Links()
    gallery.feed(page)
    assert sorted(gallery.images) == sorted(f"png/{name}" for name in expected)
    assert set(gallery.images) <= set(gallery.links)
    assert gallery.figures.count(("ar", "rtl")) == 8 and gallery.figures.count(("en", "ltr")) == 8
    assert "العربية · 360 بكسل" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the gallery must work offline"
    assert "<h2>discussion</h2>" in page and "<h2>gap fill</h2>" in page
