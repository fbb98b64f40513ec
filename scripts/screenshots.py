"""Every workbench scenario as full-page PNGs and one offline HTML gallery (``make screenshots``).

Starts a real workbench on a fresh SQLite database (``tests/live.py``), drives Debian's Chromium through
Playwright with the browser tests' flags (``tests/browser/conftest.py``), and for every scenario on the index page
takes a full-page screenshot in Arabic and English, at 360 px and 1280 px wide, as a learner and as staff. At 360
px it also measures horizontal overflow (``scrollWidth > innerWidth`` and the elements that cause it) into
``overflow.json``. A scenario that fails to load is listed in the gallery with its error; the run goes on.

    .venv/bin/python scripts/screenshots.py [--out var/screenshots] [--only ilelln_gap_fill.0,ilelln_discussion.0]
"""
import argparse
import html
import json
import os
import re
import sys
import tempfile
import time
import urllib.request
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_gallery import write_gallery  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.live import run_workbench  # noqa: E402

LANGS = ("ar", "en")
WIDTHS = (360, 1280)
HEIGHTS = {360: 780, 1280: 900}
PHONE = 360
GIVE_UP = 2
WHO = (("learner", "amina"), ("staff", "staff"))
LINK = re.compile(r'<a href="/scenario/([^/"]+)/"[^>]*>([^<]*)</a>')

# Finds what makes the page scroll sideways: every element that sticks out of the viewport (its box, or for a
# block with overflow: visible, its content) and is not inside a scroll container that clips it. Reports the
# widest one and the innermost ones (no offending descendant), which are where a CSS fix starts.
OVERFLOW_JS = """() => {
  const doc = document.documentElement, vw = window.innerWidth;
  const out = {scrollWidth: doc.scrollWidth, innerWidth: vw, overflows: doc.scrollWidth > vw, widest: null,
               innermost: [], count: 0};
  if (!out.overflows) return out;
  const clipped = el => {
    for (let a = el.parentElement; a && a !== document.body && a !== doc; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const name = el => el.tagName.toLowerCase() + [...el.classList].slice(0, 2).map(c => '.' + c).join('');
  const path = el => {  // up to four steps, after the nearest element with an ilelln- class when that is higher
    const steps = [];
    for (let a = el; a && a !== document.body && steps.length < 4; a = a.parentElement) steps.unshift(a);
    const root = el.closest('[class*="ilelln-"]');
    const lead = root && !steps.includes(root) ? name(root) + ' … ' : '';
    return lead + steps.map(name).join(' > ');
  };
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    let kind = null, left = r.left, right = r.right, width = r.width;
    if (r.right > vw + 0.5 || r.left < -0.5) {
      kind = 'box';
    } else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 &&
               getComputedStyle(el).overflowX === 'visible') {
      width = el.scrollWidth;
      if (getComputedStyle(el).direction === 'rtl') left = r.right - width; else right = r.left + width;
      if (right > vw + 0.5 || left < -0.5) kind = 'content';
    }
    if (!kind || clipped(el)) continue;
    const block = el.closest('[data-block-type]');
    found.push({el, kind, tag: el.tagName.toLowerCase(), id: el.id || '',
                block: block ? block.getAttribute('data-block-type') : '',
                class: (el.getAttribute('class') || '').trim(), width: Math.round(width),
                beyond: Math.round(Math.max(right - vw, -left)), path: path(el)});
  }
  const plain = ({el, ...rest}) => rest;
  out.count = found.length;
  if (found.length) {
    // A box that sticks out is a cause; an ancestor whose content sticks out only carries it, so boxes first.
    const boxes = found.filter(f => f.kind === 'box');
    out.widest = plain([...(boxes.length ? boxes : found)].sort((a, b) => b.width - a.width)[0]);
    const seen = new Set();
    out.innermost = found.filter(f => !found.some(g => g !== f && f.el.contains(g.el)))
      .sort((a, b) => b.beyond - a.beyond)
      .filter(f => !seen.has(f.path) && seen.add(f.path)).slice(0, 5).map(plain);
  }
  return out;
}"""


def scenarios(base, only=None):
    """``[(scenario id, {lang: title})]`` in the index page's order, as the index lists them in each language."""
    titles = {}
    for lang in LANGS:
        with urllib.request.urlopen(f"{base}/?lang={lang}", timeout=120) as response:
            page = response.read().decode("utf-8")
        for scenario, title in LINK.findall(page):
            if scenario.startswith("ilelln_"):
                titles.setdefault(scenario, {})[lang] = html.unescape(title)
    if only:
        unknown = set(only) - set(titles)
        if unknown:
            raise SystemExit(f"not on the index page: {', '.join(sorted(unknown))}")
        return [(scenario, titles[scenario]) for scenario in titles if scenario in only]
    return list(titles.items())


def shoot(browser, base, scenario, lang, width, who, student, folder, timeout):
    """One view as a PNG in ``folder``; a dict that says what was taken, what failed and what overflows."""
    shot = {"scenario": scenario, "lang": lang, "width": width, "who": who, "student": student,
            "url": f"/scenario/{scenario}/?lang={lang}&student={student}", "errors": []}
    context = browser.new_context(viewport={"width": width, "height": HEIGHTS[width]}, device_scale_factor=1,
                                  has_touch=width == PHONE, locale="ar" if lang == "ar" else "en-US")
    try:
        page = context.new_page()
        page.set_default_timeout(timeout * 1000)
        page.on("pageerror", lambda error: shot["errors"].append(f"JavaScript: {error}"))
        response = page.goto(base + shot["url"], wait_until="load")
        if response is None or not response.ok:
            shot["error"] = f"HTTP {response.status if response else '?'} for {shot['url']}"
            return shot
        page.evaluate("document.fonts.ready.then(() => true)")
        page.wait_for_timeout(200)
        if width == PHONE:
            shot["overflow"] = page.evaluate(OVERFLOW_JS)
        name = f"{scenario}_{lang}_{width}_{who}.png"
        page.screenshot(path=str(folder / name), full_page=True, animations="disabled")
        shot["file"] = f"png/{name}"
        shot["bytes"] = (folder / name).stat().st_size
    except Exception as error:  # noqa: BLE001  -- one failed view is listed in the gallery, not a failed run
        shot["error"] = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    finally:
        context.close()
    return shot


def overflow_line(shot):
    """One line for a view that scrolls sideways at phone width."""
    found = shot["overflow"]

    def where(element):
        return (f"{element.get('block') or 'page'}: {element.get('path', '?')} ({element.get('width', '?')} px, "
                f"{element.get('beyond', '?')} px out)") if element else "?"

    innermost = found["innermost"][0] if found["innermost"] else None
    line = (f"{shot['scenario']} {shot['lang']} {shot['who']}: page {found['scrollWidth']} px wide at "
            f"{found['innerWidth']} px; widest {where(found['widest'])}")
    return line + (f"; innermost {where(innermost)}" if innermost and innermost != found["widest"] else "")


def run(out, only=None, timeout=60, langs=LANGS, widths=WIDTHS):
    """Take every screenshot into ``out``, write the gallery and overflow.json; the list of shots."""
    from playwright.sync_api import sync_playwright  # pylint: disable=import-outside-toplevel

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium`")
    folder = out / "png"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    # The screenshots need a fresh database of their own: never the tables ILELLN_TEST_DB names (live.py drops them).
    os.environ.pop("ILELLN_TEST_DB", None)
    started = time.monotonic()
    shots = []
    with tempfile.TemporaryDirectory(prefix="ilelln-screens-") as data, run_workbench(Path(data)) as base:
        listed = scenarios(base, only)
        print(f"{len(listed)} scenarios from {base}", flush=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for scenario, _titles in listed:
                    failures = 0
                    for lang, (who, student), width in product(langs, WHO, widths):
                        if failures >= GIVE_UP:  # bound the run: a broken scenario costs two timeouts, not eight
                            shots.append({"scenario": scenario, "lang": lang, "width": width, "who": who,
                                          "student": student, "errors": [],
                                          "error": f"skipped: this scenario failed {GIVE_UP} times"})
                            continue
                        if not browser.is_connected():
                            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                        shot = shoot(browser, base, scenario, lang, width, who, student, folder, timeout)
                        shots.append(shot)
                        if "error" in shot:
                            failures += 1
                            print(f"  FAILED {scenario} {lang} {width} {who}: {shot['error']}", flush=True)
                    print(f"  {scenario}: {sum(1 for s in shots if s['scenario'] == scenario and 'file' in s)} "
                          f"images, {time.monotonic() - started:.0f} s", flush=True)
            finally:
                browser.close()
    report = [
        {key: shot[key] for key in ("scenario", "lang", "who", "student", "url")} | shot["overflow"]
        for shot in shots if shot.get("overflow", {}).get("overflows")
    ]
    (out / "overflow.json").write_text(json.dumps({
        "width": PHONE, "views_measured": sum(1 for shot in shots if "overflow" in shot),
        "views_overflowing": len(report), "views": report,
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    write_gallery(out / "index.html", listed, shots, langs=langs, widths=widths)
    images = [shot for shot in shots if "file" in shot]
    size = sum(shot["bytes"] for shot in images)
    failed = [shot for shot in shots if "error" in shot]
    print(f"\n{len(images)} images, {size / 1e6:.1f} MB, {len(failed)} failed, "
          f"{time.monotonic() - started:.0f} s: {out / 'index.html'}")
    print(f"{len(report)} of {sum(1 for s in shots if 'overflow' in s)} views scroll sideways at {PHONE} px "
          f"({out / 'overflow.json'}):")
    for shot in shots:
        if shot.get("overflow", {}).get("overflows"):
            print("  " + overflow_line(shot))
    return shots


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT") or ROOT / "var" / "screenshots"),
                        help="output folder (default var/screenshots, or $OUT)")
    parser.add_argument("--only", default="", help="comma-separated scenario ids, e.g. ilelln_gap_fill.0")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed for each page")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()} or None
    shots = run(args.out.resolve(), only=only, timeout=args.timeout)
    return 0 if any("file" in shot for shot in shots) else 1


if __name__ == "__main__":
    sys.exit(main())
