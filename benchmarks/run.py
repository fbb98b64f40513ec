"""Server render time and front-end weight of every ilelln block's student view, beside xblock-poll's.

    make bench        (installs xblock-poll, the anchor, then runs this)

Each block is built from its first workbench scenario in an in-process workbench runtime
(content in memory, as the LMS holds it; progress queries on a real SQLite database). A fresh
block instance is made for every sample, as in a request, and only the view method is timed.
Front-end weight is the gzip size of the JS and CSS the view adds (the runtime's own jQuery excluded).
"""
import gzip
import json
import os
import re
import statistics
import sys
import tempfile
import time
from importlib.metadata import entry_points
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
os.environ["ILELLN_DATA_DIR"] = tempfile.mkdtemp(prefix="ilelln-bench-")
os.environ.pop("ILELLN_TEST_DB", None)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402
from xblock.core import XBlock  # noqa: E402

from tests.helpers import CourseWorld  # noqa: E402

SAMPLES = int(os.environ.get("BENCH_SAMPLES", "300"))
_RESOURCE = re.compile(r"/resource/(?P<type>[^/]+)/(?P<uri>.+)$")


def asset_bytes(resource):
    """The bytes of one fragment resource (inline text, or a block's own packaged file)."""
    if resource.kind == "text":
        return resource.data.encode("utf-8")
    match = _RESOURCE.search(resource.data)
    if not match:
        return b""
    with XBlock.load_class(match["type"]).open_local_resource(match["uri"]) as handle:
        return handle.read()


def measure(block_type, xml, language="en"):
    """Median and p90 view time (ms), queries per view and gzip KiB of JS+CSS, for ``block_type`` in ``xml``."""
    world = CourseWorld()
    root = world.load(xml, scenario=block_type)
    usage_id = world.find(root, block_type).scope_ids.usage_id
    timings = []
    with translation.override(language):
        for sample in range(SAMPLES + 20):
            block = world.block(usage_id, user=f"learner-{sample % 30}")
            start = time.perf_counter()
            fragment = block.student_view({})
            elapsed = time.perf_counter() - start
            if sample >= 20:
                timings.append(elapsed * 1000)
        block = world.block(usage_id, user="learner-0")
        with CaptureQueriesContext(connection) as queries:
            fragment = block.student_view({})
    weight = sum(
        len(gzip.compress(asset_bytes(resource), 9))
        for resource in fragment.resources
        if resource.mimetype in ("application/javascript", "text/css")
    )
    timings.sort()
    return {
        "median_ms": round(statistics.median(timings), 3),
        "p90_ms": round(timings[int(len(timings) * 0.9)], 3),
        "queries": len(queries),
        "js_css_gzip_kib": round(weight / 1024, 2),
    }


def main():
    """Measure every block and the anchor, print a table, save JSON under benchmarks/results/."""
    call_command("migrate", verbosity=0, interactive=False)
    rows = {}
    try:
        poll = XBlock.load_class("poll")
        rows["poll (anchor)"] = measure("poll", poll.workbench_scenarios()[0][1])
    except Exception as error:  # pylint: disable=broad-except
        print(f"xblock-poll not measured ({error}); run `make bench` to install it", file=sys.stderr)
    for ep in sorted(entry_points(group="xblock.v1"), key=lambda ep: ep.name):
        if ep.name.startswith("ilelln_"):
            cls = ep.load()
            _title, xml = cls.workbench_scenarios()[0]
            rows[ep.name] = measure(ep.name, xml)
            rows[ep.name + " (ar)"] = measure(ep.name, xml, "ar")
    anchor = rows.get("poll (anchor)", {}).get("median_ms")
    print(f"{'block':34} {'median ms':>10} {'p90 ms':>8} {'queries':>8} {'JS+CSS gzip KiB':>16} {'vs poll':>8}")
    for name, row in rows.items():
        ratio = f"{row['median_ms'] / anchor:.3f}" if anchor else "-"
        print(f"{name:34} {row['median_ms']:>10} {row['p90_ms']:>8} {row['queries']:>8} "
              f"{row['js_css_gzip_kib']:>16} {ratio:>8}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({"samples": SAMPLES, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
