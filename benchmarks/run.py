"""Server render time and front-end weight of every ilelln block's student view, beside xblock-poll's.

    make bench        (installs xblock-poll, the anchor, then runs this)

Each block is built from its first workbench scenario in an in-process workbench runtime
(content in memory, as the LMS holds it; progress queries on a real SQLite database). A fresh
block instance is made for every sample, as in a request, and only the view method is timed.
The anchor's view is timed in turns with each block's, so a busy machine slows both alike and
"vs poll" compares the two in the same seconds. Django runs with ``DEBUG`` off, as the LMS does in
production: with it on every query is also logged, and on SQLite quoted by a second statement.
"queries" is the number of SQL statements one view sends, on every database, counted with
Django's ``CaptureQueriesContext``.
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

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402
from xblock.core import XBlock  # noqa: E402

from tests.helpers import CourseWorld  # noqa: E402

SAMPLES = int(os.environ.get("BENCH_SAMPLES", "300"))
ONLY = {name for name in os.environ.get("BENCH_ONLY", "").split(",") if name}  # e.g. ilelln_discussion,ilelln_writing
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


class Subject:
    """One block of one scenario, rendered for a rotating set of learners in one language."""

    def __init__(self, block_type, xml, language="en"):
        self.world = CourseWorld()
        root = self.world.load(xml, scenario=block_type)
        self.usage_id = self.world.find(root, block_type).scope_ids.usage_id
        self.language = language
        self.timings = []

    def render(self, sample):
        """Render the view once as ``learner-<n>``; returns the fragment and the seconds the view took."""
        block = self.world.block(self.usage_id, user=f"learner-{sample % 30}")
        with translation.override(self.language):
            start = time.perf_counter()
            fragment = block.student_view({})
            return fragment, time.perf_counter() - start

    def sample(self, sample):
        """Time one render (after 20 warm-up renders)."""
        elapsed = self.render(sample)[1]
        if sample >= 20:
            self.timings.append(elapsed * 1000)

    def queries(self):
        """SQL statements one view sends, on every configured database."""
        contexts = [CaptureQueriesContext(connections[alias]) for alias in connections]
        for context in contexts:
            context.__enter__()  # pylint: disable=unnecessary-dunder-call
        try:
            fragment = self.render(0)[0]
        finally:
            for context in contexts:
                context.__exit__(None, None, None)
        return fragment, sum(len(context) for context in contexts)


def summary(subject, anchor=None):
    """Median and p90 view time (ms), ratio to the anchor's turns, queries per view and gzip KiB of JS+CSS."""
    fragment, queries = subject.queries()
    weight = sum(
        len(gzip.compress(asset_bytes(resource), 9))
        for resource in fragment.resources
        if resource.mimetype in ("application/javascript", "text/css")
    )
    timings = sorted(subject.timings)
    median = statistics.median(timings)
    return {
        "median_ms": round(median, 3),
        "p90_ms": round(timings[int(len(timings) * 0.9)], 3),
        "vs_poll": round(median / statistics.median(anchor.timings), 3) if anchor else None,
        "queries": queries,
        "js_css_gzip_kib": round(weight / 1024, 2),
    }


def measure(subject, anchor=None):
    """Time ``subject``'s view SAMPLES times, in turns with ``anchor``'s (whose timings restart)."""
    if anchor is not None:
        anchor.timings = []
    for sample in range(SAMPLES + 20):
        subject.sample(sample)
        if anchor is not None:
            anchor.sample(sample)
    return summary(subject, anchor)


def main():
    """Measure every block beside the anchor, print a table, save JSON under benchmarks/results/."""
    settings.DEBUG = False
    call_command("migrate", verbosity=0, interactive=False)
    rows = {}
    anchor = None
    try:
        poll = XBlock.load_class("poll")
        anchor = Subject("poll", poll.workbench_scenarios()[0][1])
    except Exception as error:  # pylint: disable=broad-except
        print(f"xblock-poll not measured ({error}); run `make bench` to install it", file=sys.stderr)
    if anchor is not None:
        rows["poll (anchor)"] = measure(anchor)
    for ep in sorted(entry_points(group="xblock.v1"), key=lambda ep: ep.name):
        if ep.name.startswith("ilelln_") and (not ONLY or ep.name in ONLY):
            cls = ep.load()
            _title, xml = cls.workbench_scenarios()[0]
            rows[ep.name] = measure(Subject(ep.name, xml), anchor)
            rows[ep.name + " (ar)"] = measure(Subject(ep.name, xml, "ar"), anchor)
    print(f"{'block':34} {'median ms':>10} {'p90 ms':>8} {'vs poll':>8} {'queries':>8} {'JS+CSS gzip KiB':>16}")
    for name, row in rows.items():
        ratio = "1.000" if name == "poll (anchor)" else (f"{row['vs_poll']:.3f}" if row["vs_poll"] else "-")
        print(f"{name:34} {row['median_ms']:>10} {row['p90_ms']:>8} {ratio:>8} {row['queries']:>8} "
              f"{row['js_css_gzip_kib']:>16}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({"samples": SAMPLES, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
