"""Peer review: allocation time for 1,000 to 100,000 submissions, and the queries each handler costs.

    make bench        (runs this after run.py)

Allocation is timed twice: the plain ring allocation (``peer_logic.allocate``) and the whole
database allocation (``peer_store.allocate``: claim, read the submissions, insert the reviews)
on SQLite. Query counts are taken at cohorts of 30 and 3,000 learners.
"""
import os
import sys
import tempfile
import time
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
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from ilelln_xblocks.collaboration.peer_review import logic as peer_logic  # noqa: E402
from ilelln_xblocks.collaboration.peer_review import store as peer_store  # noqa: E402
from ilelln_xblocks.models import PeerActivity, PeerReview, PeerSubmission  # noqa: E402
from tests.block.test_peer_review import OLX, _cohort  # noqa: E402
from tests.helpers import CourseWorld, call_handler  # noqa: E402

K = 3


def time_allocation(size):
    """Seconds for the plain allocation and for the database allocation of ``size`` submissions."""
    learners = [f"learner-{n}" for n in range(size)]
    start = time.perf_counter()
    pairs = peer_logic.allocate({"": learners}, K, seed="bench")
    plain = time.perf_counter() - start
    assert len(pairs) == K * size
    key = f"bench-{size}"
    PeerActivity.objects.create(block_key=key, course_key="bench", reviews_per_submission=K)
    PeerSubmission.objects.bulk_create([PeerSubmission(block_key=key, course_key="bench", learner=learner,
                                                       text="<p>x</p>") for learner in learners], batch_size=5000)
    start = time.perf_counter()
    assigned = peer_store.allocate(key)
    database = time.perf_counter() - start
    assert assigned == K * size == PeerReview.objects.filter(block_key=key).count()
    return plain, database


def handler_queries():
    """``{handler: (queries at 30, queries at 3,000)}``."""
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    results = {}
    world = CourseWorld()
    for handler in ("submit", "save_draft", "submit_review", "rate_review", "flag", "moderate", "reassign",
                    "override", "request_review", "allocate"):
        counts = []
        for size in (30, 3000):
            root = world.load(OLX.format(extra=' continuous="true"' if handler == "request_review" else ""))
            key = str(root)
            _cohort(key, size)
            review = PeerReview.objects.filter(block_key=key, reviewer="p0").first()
            if handler in ("rate_review", "moderate"):
                PeerReview.objects.filter(pk=review.pk).update(status="done", parts={})
            if handler in ("submit", "allocate"):
                PeerActivity.objects.filter(block_key=key).update(allocated_at=None)
            if handler == "allocate":
                PeerReview.objects.filter(block_key=key).delete()
            payload = {
                "submit": {"text": "<p>New</p>", "links": []}, "save_draft": {"text": "<p>New</p>", "links": []},
                "submit_review": {"review": review.id, "levels": {"purpose": 1, "register": 1}, "comment": "ok"},
                "rate_review": {"review": review.id, "helpful": 3, "reply": "thanks"},
                "flag": {"kind": "review", "id": review.id, "reason": "x"},
                "moderate": {"kind": "review", "id": review.id, "hidden": True},
                "reassign": {"review": review.id, "reviewer": "staff"},
                "override": {"learner": "p1", "score": 80, "reason": "x"},
                "request_review": {}, "allocate": {},
            }[handler]
            user = {"submit": "newcomer", "save_draft": "newcomer", "rate_review": review.submission.learner,
                    "flag": review.submission.learner}.get(handler, "staff" if handler in (
                        "moderate", "reassign", "override", "allocate") else "p0")
            block = world.block(root, user)
            with CaptureQueriesContext(connection) as queries:
                status, body = call_handler(block, handler, payload)
            assert status == 200, (handler, body)
            counts.append(len(queries))
        results[handler] = tuple(counts)
    return results


def main():
    call_command("migrate", verbosity=0, interactive=False)
    print(f"{'submissions':>12} {'plain allocation s':>19} {'database allocation s':>22}")
    for size in (1000, 10000, 100000):
        plain, database = time_allocation(size)
        print(f"{size:>12} {plain:>19.3f} {database:>22.3f}")
    print()
    print(f"{'handler':16} {'queries (30 learners)':>22} {'queries (3,000 learners)':>25}")
    for handler, (small, large) in handler_queries().items():
        print(f"{handler:16} {small:>22} {large:>25}")


if __name__ == "__main__":
    main()
