"""Peer review's store without a block: every query the block makes costs the same at 30 and at 3,000 learners,
and a write that loses a race stores nothing. On SQLite, and on MariaDB when ILELLN_TEST_DB names one."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ilelln_xblocks.collaboration.peer_review import logic, store
from ilelln_xblocks.models import PeerFlag, PeerGrade, PeerReview, PeerRubric, PeerSubmission
from tests.block.test_peer_review import _cohort

pytestmark = pytest.mark.django_db

RUBRIC = logic.parse_rubric(["purpose | Purpose | 0 = Missing ; 2 = Clear",
                             "register | Register | 0 = Informal ; 2 = Professional"])[0]
CHANGED = logic.parse_rubric(["purpose | Purpose | 0 = Missing ; 4 = Clear",
                              "evidence | Evidence | 0 = None ; 1 = Some"])[0]
WEIGHTS = (80, 20)


def cohort(size):
    """A cohort of ``size`` after allocation: p0's work reviewed, one review and one submission flagged."""
    key = f"cohort-{size}"
    _cohort(key, size)
    work = PeerSubmission.objects.get(block_key=key, learner="p0")
    PeerReview.objects.filter(submission=work).update(status="done",
                                                      parts={"purpose": {"level": 1, "points": 2, "max": 2}})
    received = PeerReview.objects.filter(submission=work).first()
    PeerFlag.objects.create(block_key=key, kind="review", target=received.id, flagger="p0")
    PeerFlag.objects.create(block_key=key, kind="submission", target=work.id, flagger=received.reviewer)
    return {"key": key, "work": work, "received": received,
            "to_do": PeerReview.objects.filter(block_key=key, reviewer="p0").order_by("id")[0],
            "other": PeerReview.objects.filter(block_key=key, reviewer="p1", status="assigned").order_by("id")[0]}


READS = {  # name: (call, queries)
    "activity": (lambda c: store.activity(c["key"], {}), 1),
    "activity_and_submission": (lambda c: store.activity_and_submission(c["key"], {}, "p0"), 2),
    "activity_and_no_submission": (lambda c: store.activity_and_submission(c["key"], {}, "no-one-yet"), 1),
    "is_allocated": (lambda c: store.is_allocated(c["key"]), 1),
    "submission_of": (lambda c: store.submission_of(c["key"], "p0"), 1),
    "has_submitted": (lambda c: store.has_submitted(c["key"], "p0", group_key=""), 1),
    "my_state": (lambda c: store.my_state(c["key"], "p0", ["p0", logic.STAFF]), 4),
    "my_state_no_reviewers": (lambda c: store.my_state(c["key"], "p0", []), 3),  # the submission phase
    "my_state_not_submitted": (lambda c: store.my_state(c["key"], "no-one-yet", []), 1),  # no submission: no grade
    "grade_of": (lambda c: store.grade_of(c["key"], "p0"), 1),
    "find_submission": (lambda c: store.find_submission(c["key"], c["work"].id), 1),
    "is_reviewer": (lambda c: store.is_reviewer(c["work"].id, c["received"].reviewer), 1),
    "review": (lambda c: store.review(c["key"], c["to_do"].id, ["p0"], assigned=True), 1),
    "review_for_author": (lambda c: store.review_for_author(c["key"], c["received"].id, "p0"), 1),
    "has_reviews_to_do": (lambda c: store.has_reviews_to_do(c["key"], "p0"), 1),
    "may_flag": (lambda c: store.may_flag(c["key"], "submission", c["work"].id, "p0"), 1),
    "target": (lambda c: store.target(c["key"], "review", c["received"].id), 1),
    "staff_rows": (lambda c: store.staff_rows(c["key"]), 6),
    "reviews_of": (lambda c: store.reviews_of(c["key"], c["work"].id), 1),
    "flag_rows": (lambda c: store.flag_rows(c["key"]), 3),
    "compute_grade": (lambda c: store.compute_grade(c["key"], "p0", False, 2, WEIGHTS), 3),
}
WRITES = {
    "keep_activity": lambda c: store.keep_activity(store.activity(c["key"], {}), {"reviews_per_submission": 3}),
    "submit": lambda c: store.submit(c["key"], "workbench", "", "newcomer", "", {"text": "<p>x</p>", "links": [],
                                                                             "files": []}, late=True),
    "submit again": lambda c: store.submit(c["key"], "workbench", "", "p1", "", {"text": "<p>y</p>", "links": [],
                                                                            "files": []}, False,
                                           store.submission_of(c["key"], "p1")),
    "rubric_version": lambda c: store.rubric_version(c["key"], RUBRIC),
    "record_review": lambda c: store.record_review(c["key"], c["to_do"].id, RUBRIC, parts={}, fraction=1.0,
                                                   comment="ok", reviewer_name=""),
    "rate": lambda c: store.rate(c["received"].id, 4, "Thank you"),
    "flag": lambda c: store.flag(c["key"], "review", c["received"].id, "p9", "x"),
    "moderate": lambda c: store.moderate("review", c["received"], True),
    "reassign": lambda c: store.reassign(c["other"].id, logic.STAFF),
    "override": lambda c: store.override(c["key"], "p1", 0.8, "Excellent", "staff"),
    "refresh_grade": lambda c: store.refresh_grade(c["key"], "p0", False, 2, WEIGHTS),
    "mark_published": lambda c: store.mark_published(PeerGrade.objects.get(block_key=c["key"], learner="p0").pk),
    "claim": lambda c: store.claim(c["key"], "newcomer", "", 3),
}


def count(call, place):
    with CaptureQueriesContext(connection) as queries:
        call(place)
    return len(queries)


def test_every_query_the_block_makes_costs_the_same_at_30_and_3000_learners():
    small, large = cohort(30), cohort(3000)
    reads = {name: (count(call, small), count(call, large)) for name, (call, _queries) in READS.items()}
    assert reads == {name: (queries, queries) for name, (_call, queries) in READS.items()}
    writes = {name: (count(call, small), count(call, large)) for name, call in WRITES.items()}
    assert {name: small == large for name, (small, large) in writes.items()} == dict.fromkeys(WRITES, True), writes


def test_a_review_recorded_twice_stores_nothing_the_second_time():
    place = cohort(3)
    review = place["to_do"].id
    assert store.record_review(place["key"], review, RUBRIC, parts={}, fraction=1.0, comment="First",
                               reviewer_name="")
    assert not store.record_review(place["key"], review, CHANGED, parts={}, fraction=0.0, comment="Second",
                                   reviewer_name="")                  # lost the race: the first one stands
    assert PeerReview.objects.get(pk=review).comment == "First"
    assert list(PeerRubric.objects.filter(block_key=place["key"]).values_list("version", flat=True)) == [1]
