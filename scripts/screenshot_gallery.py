"""The HTML gallery of ``make screenshots``: one self-contained page (no CDN, no script), grouped by block.

The page is English and left-to-right; the captions of Arabic views are Arabic and right-to-left (``lang="ar"
dir="rtl"``), with scenario ids, learner ids and titles isolated (``<bdi>``, ``dir="auto"``) so that mixed text
keeps its order.
"""
from html import escape

CAPTION = {
    "en": {"lang": "English", "px": "{} px", "learner": "learner ({})", "staff": "staff ({})",
           "wide": "scrolls sideways: {} px wide", "failed": "Not taken:"},
    "ar": {"lang": "العربية", "px": "{} بكسل", "learner": "متعلّم ({})", "staff": "فريق المقرر ({})",
           "wide": "تمرير أفقي: عرض الصفحة {} بكسل", "failed": "لم تُلتقط:"},
}
COURSE = "ilelln_course"
STYLE = """
body { font-family: system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif; margin: 0; padding: 1rem;
       color: #1a1a1a; background: #fafafa; }
h1 { margin-block: 0 .5rem; } h2 { margin-block: 2rem .5rem; border-block-end: 2px solid #0a5a8a; }
h3 { margin-block: 1.25rem .5rem; font-size: 1.05rem; }
a { color: #0a5a8a; } nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; }
figure { margin: 0; background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: .4rem; }
figure img { display: block; inline-size: 100%; block-size: 16rem; object-fit: cover; object-position: top;
             border: 1px solid #eee; }
@media (min-width: 30rem) { figure.desk { grid-column: span 2; } }
code { overflow-wrap: anywhere; }
figcaption { font-size: .85rem; margin-block-start: .3rem; }
.wide { color: #a11; font-weight: bold; } .error { color: #a11; } .js { color: #8a5a00; font-size: .8rem; }
.title-ar { display: block; }
"""


def group_of(scenario, titles):
    """The block a scenario shows, or the ready course for the course pages."""
    if titles.get("en", "").startswith("ilelln course"):
        return COURSE
    return scenario.split(".")[0]


def block_heading(group):
    if group == COURSE:
        return "The ready course (every block in its place)"
    return group.removeprefix("ilelln_").replace("_", " ")


def caption(shot, titles):
    words = CAPTION[shot["lang"]]
    who = words[shot["who"]].format(f"<bdi>{escape(shot['student'])}</bdi>")
    parts = [f'<bdi dir="ltr">{escape(shot["scenario"])}</bdi>', words["lang"], words["px"].format(shot["width"]), who]
    lines = [f'<span dir="auto" class="title">{escape(titles.get(shot["lang"], ""))}</span><br>', " · ".join(parts)]
    found = shot.get("overflow") or {}
    if found.get("overflows"):
        lines.append(f'<br><span class="wide">{words["wide"].format(found["scrollWidth"])}</span>')
        culprit = (found.get("innermost") or [found.get("widest") or {}])[0]
        if culprit:
            lines.append(f'<br><code dir="ltr">{escape(culprit.get("path", ""))}</code>')
    if "error" in shot:
        lines.append(f'<br><span class="error">{words["failed"]} <bdi dir="ltr">{escape(shot["error"])}</bdi></span>')
    for error in shot.get("errors", [])[:3]:
        lines.append(f'<br><span class="js" dir="ltr">{escape(error[:200])}</span>')
    return "".join(lines)


def figure(shot, titles):
    attrs = ' lang="ar" dir="rtl"' if shot["lang"] == "ar" else ' lang="en" dir="ltr"'
    alt = escape(f"{shot['scenario']}, {shot['lang']}, {shot['width']} px, {shot['who']}")
    image = (f'<a href="{escape(shot["file"])}"><img src="{escape(shot["file"])}" alt="{alt}" loading="lazy"></a>'
             if "file" in shot else "")
    attrs += ' class="desk"' if shot["width"] > 800 else ""
    return f"<figure{attrs}>{image}<figcaption>{caption(shot, titles)}</figcaption></figure>"


def write_gallery(path, listed, shots, langs, widths):
    """Write the gallery page at ``path`` for the ``listed`` scenarios and the ``shots`` taken of them."""
    order = {(lang, who, width): index for index, (lang, who, width) in enumerate(
        (lang, who, width) for lang in langs for who in ("learner", "staff") for width in widths)}
    groups = {}
    for scenario, titles in listed:
        groups.setdefault(group_of(scenario, titles), []).append((scenario, titles))
    images = [shot for shot in shots if "file" in shot]
    size = sum(shot["bytes"] for shot in images)
    overflowing = sum(1 for shot in shots if (shot.get("overflow") or {}).get("overflows"))
    body = [
        "<h1>ilelln-xblocks: every scenario</h1>",
        f"<p>{len(images)} screenshots ({size / 1e6:.1f} MB) of {len(listed)} scenarios, in Arabic and English, "
        f"at {' and '.join(f'{w} px' for w in widths)}, as a learner and as staff; {overflowing} views scroll "
        f'sideways at phone width (<a href="overflow.json">overflow.json</a>). '
        f"Views not taken: {len(shots) - len(images)}. Click an image for the full page.</p>",
        '<nav aria-label="Blocks"><ul>' + "".join(
            f'<li><a href="#{escape(group)}">{escape(block_heading(group))}</a></li>' for group in groups)
        + "</ul></nav>",
    ]
    for group, members in groups.items():
        body.append(f'<section id="{escape(group)}"><h2>{escape(block_heading(group))}</h2>')
        for scenario, titles in members:
            heading = f'<bdi dir="ltr">{escape(scenario)}</bdi>: <span dir="auto">{escape(titles.get("en", ""))}</span>'
            if titles.get("ar") and titles["ar"] != titles.get("en"):
                heading += f'<span class="title-ar" lang="ar" dir="rtl">{escape(titles["ar"])}</span>'
            own = sorted((shot for shot in shots if shot["scenario"] == scenario),
                         key=lambda shot: order.get((shot["lang"], shot["who"], shot["width"]), 99))
            body.append(f'<h3 id="{escape(scenario)}">{heading}</h3><div class="grid">'
                        + "".join(figure(shot, titles) for shot in own) + "</div>")
        body.append("</section>")
    path.write_text(
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>ilelln-xblocks screenshots</title><style>{STYLE}</style></head>"
        "<body><main>" + "\n".join(body) + "</main></body></html>\n", encoding="utf-8")
