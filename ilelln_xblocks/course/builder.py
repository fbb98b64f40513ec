"""``ilelln-course build OUT.tar.gz [--lang ar|en]``: the whole programme as an Open edX course export.

The export is the directory layout Studio's import reads (``course.xml``, ``course/``,
``chapter/``, ``sequential/``, ``vertical/`` with every ilelln block written inline, ``html/``, and
``policies/`` with the grading policy), packed under ``course/`` in a gzipped tar. The same
outline also gives the demo one workbench page per module.
"""
import argparse
import io
import json
import re
import struct
import sys
import tarfile
import zlib
from copy import deepcopy
from xml.sax.saxutils import escape, quoteattr

from ..core.olx import parse_olx, to_string
from .outline import Block, Page

ORG, NUMBER, RUN = "ILELLN", "LEAD101", "2026_T4"
LANGUAGES = ("ar", "en")
COURSE_TITLE = {"ar": "الشبكة الدولية لقادة المكتبات المبدعين الناشئين",
                "en": "International Network of Emerging Library Innovation Leaders"}
START, END = "2026-12-01T00:00:00Z", "2027-06-30T00:00:00Z"
COURSE_IMAGE = "ilelln_course.png"
# Assignment types and their share of the final grade; min_count comes from the content itself.
GRADERS = (("English practice", "EN", 0.5), ("Peer review", "PR", 0.5))
PASS_MARK = 0.6


def modules():
    """The course's sections in order (imported late: the content is large)."""
    from .content import MODULES  # pylint: disable=import-outside-toplevel
    return MODULES


def _url_name(text):
    return re.sub(r"[^A-Za-z0-9_-]", "-", text)


def _components(unit):
    """``(url_name, kind, payload)`` for each item of ``unit``: ``("html", Page)`` or ``(block type, element)``."""
    found = []
    for index, item in enumerate(unit.items, start=1):
        if isinstance(item, Page):
            found.append((_url_name(item.key), "html", item))
        elif isinstance(item, Block):
            element = parse_olx(item.olx.strip())
            found.append((_url_name(f"{unit.key}-{index}-{element.tag}"), element.tag, element))
        else:
            raise TypeError(f"unit {unit.key}: {item!r} is neither a Page nor a Block")
    return found


def _inline(element, url_name):
    """The block's whole OLX inside its vertical, with its ``url_name`` (not indented: text content stays as is).

    External (XBlock) blocks are written inline, as Studio itself exports them: a pointer tag
    (``<ilelln_x url_name="..."/>`` plus ``ilelln_x/<url_name>.xml``) resolves for external blocks
    only on some platform releases (openedx-platform ``xmodule/modulestore/xml.py`` @df1af71; PR #37133
    added it and PR #37426 reverted it), and elsewhere the block imports with empty default content.
    """
    node = deepcopy(element)
    node.set("url_name", url_name)
    return to_string(node).rstrip("\n")


def block_types():
    """Every ilelln block type the course uses, sorted (the course's advanced modules)."""
    return sorted({kind for module in modules() for unit in module.units
                   for _name, kind, _item in _components(unit) if kind != "html"})


def grading_policy():
    """The grading policy: one assignment type per grader, counted from the graded units."""
    counts = {name: 0 for name, _label, _weight in GRADERS}
    for module in modules():
        for unit in module.units:
            if unit.graded:
                counts[unit.graded] += 1
    return {
        "GRADER": [{"type": name, "short_label": label, "min_count": counts[name], "drop_count": 0, "weight": weight}
                   for name, label, weight in GRADERS if counts[name]],
        "GRADE_CUTOFFS": {"Pass": PASS_MARK},
    }


def _course_image(width=378, height=225, colour=(10, 90, 138)):
    """A plain banner PNG for the course card, written without an imaging library."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = (b"\x00" + bytes(colour) * width) * height
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def export_files(lang="ar"):
    """``{path: text or bytes}`` of the course export in ``lang``'s interface text."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    files = {"course.xml": f'<course url_name="{RUN}" org="{ORG}" course="{NUMBER}"/>\n'}
    chapters = []
    for module in modules():
        sequentials = []
        for unit in module.units:
            children = []
            for url_name, kind, item in _components(unit):
                if kind == "html":
                    children.append(f'  <{kind} url_name="{url_name}"/>')
                    files[f"html/{url_name}.xml"] = (f'<html filename="{url_name}" '
                                                     f'display_name={quoteattr(item.title.get(lang))}/>\n')
                    files[f"html/{url_name}.html"] = item.html(lang) + "\n"
                else:
                    children.append(_inline(item, url_name))
            graded = (f' graded="true" format={quoteattr(unit.graded)}' if unit.graded else "")
            page = f"{unit.key}-page"
            files[f"vertical/{page}.xml"] = (f"<vertical display_name={quoteattr(unit.title.get(lang))}>\n"
                                             + "\n".join(children) + "\n</vertical>\n")
            files[f"sequential/{unit.key}.xml"] = (f"<sequential display_name={quoteattr(unit.title.get(lang))}"
                                                   f'{graded}>\n  <vertical url_name="{page}"/>\n</sequential>\n')
            sequentials.append(f'  <sequential url_name="{unit.key}"/>')
        files[f"chapter/{module.key}.xml"] = (f"<chapter display_name={quoteattr(module.title.get(lang))}>\n"
                                              + "\n".join(sequentials) + "\n</chapter>\n")
        chapters.append(f'  <chapter url_name="{module.key}"/>')
    files[f"course/{RUN}.xml"] = "<course>\n" + "\n".join(chapters) + "\n</course>\n"
    policy = {f"course/{RUN}": {
        "display_name": COURSE_TITLE[lang], "language": lang, "start": START, "end": END,
        "course_image": COURSE_IMAGE,
        "advanced_modules": block_types(), "cert_html_view_enabled": True,
        "certificates": {"certificates": []}, "show_calculator": False,
    }}
    files[f"policies/{RUN}/policy.json"] = json.dumps(policy, ensure_ascii=False, indent=2) + "\n"
    files[f"policies/{RUN}/grading_policy.json"] = json.dumps(grading_policy(), indent=2) + "\n"
    files[f"static/{COURSE_IMAGE}"] = _course_image()
    files["about/overview.html"] = (f"<section class=\"about\"><h2>{escape(COURSE_TITLE[lang])}</h2></section>\n")
    return files


def write_tarball(out, lang="ar"):
    """Write the export as a gzipped tar with everything under ``course/``."""
    with tarfile.open(out, "w:gz") as archive:
        for path, content in sorted(export_files(lang).items()):
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            info = tarfile.TarInfo(f"course/{path}")
            info.size = len(data)
            info.mtime = 1764547200  # 2025-12-01: the same content makes the same archive
            archive.addfile(info, io.BytesIO(data))


def demo_scenarios(lang="ar"):
    """One workbench page per section: its units in order, each headed by its title (``(title, xml)`` pairs)."""
    scenarios = []
    for number, module in enumerate(modules()):
        parts = []
        for unit in module.units:
            items = [f"<html_demo><h3>{escape(unit.title.get(lang))}</h3></html_demo>"]
            for _url_name, kind, item in _components(unit):
                if kind == "html":
                    items.append(f"<html_demo><h4>{escape(item.title.get(lang))}</h4>"
                                 f"{item.html(lang)}</html_demo>")
                else:
                    items.append(to_string(item))
            parts.append("<vertical_demo>" + "".join(items) + "</vertical_demo>")
        title = f"ilelln course {number}: {module.title.get('en')}"
        scenarios.append((title, "<vertical_demo>" + "".join(parts) + "</vertical_demo>"))
    return scenarios


def main(argv=None):
    """The ``ilelln-course`` console script."""
    parser = argparse.ArgumentParser(prog="ilelln-course", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the course export (OLX) as a .tar.gz for Studio's import")
    build.add_argument("out", help="the archive to write, e.g. ilelln-course.tar.gz")
    build.add_argument("--lang", choices=LANGUAGES, default="ar", help="language of the interface text (ar)")
    args = parser.parse_args(argv)
    write_tarball(args.out, args.lang)
    units = sum(len(module.units) for module in modules())
    print(f"Wrote {args.out}: {len(modules())} sections, {units} units, blocks: {', '.join(block_types())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
