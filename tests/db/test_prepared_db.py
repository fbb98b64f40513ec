"""``core.db.Prepared``: a query compiled once gives what the same QuerySet gives, for every binding, on SQLite
and on MariaDB when ILELLN_TEST_DB names one; and its statements are counted like any other."""
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.db.transaction import TransactionManagementError
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ilelln_xblocks.core.db import Prepared, _driver_sql
from ilelln_xblocks.models import DiscussionPost, PeerReview, PeerRubric, PeerSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows():
    """Two blocks' submissions, one reviewed twice, with a rubric each review points to."""
    rubric = PeerRubric.objects.create(block_key="b1", digest="d", version=1, criteria=[{"key": "purpose"}])
    works = {}
    for block in ("b1", "b2"):
        for learner in ("ana", "omar", "sara"):
            works[block, learner] = PeerSubmission.objects.create(
                block_key=block, course_key="c", learner=learner, text=f"<p>{block} {learner}</p>",
                links=["https://example.org"], late=learner == "sara")
    for reviewer in ("omar", "sara"):
        PeerReview.objects.create(block_key="b1", submission=works["b1", "ana"], reviewer=reviewer,
                                  rubric=rubric, status="done", parts={"purpose": {"points": 2}})
    return works


def _same(prepared, queryset, **params):
    assert prepared(**params) == list(queryset)


def test_model_rows_match_the_orm_for_every_binding(rows):
    mine = Prepared(lambda block_key, learner: PeerSubmission.objects.filter(block_key=block_key, learner=learner),
                    block_key=str, learner=str)
    for block, learner in [("b1", "ana"), ("b2", "sara"), ("b3", "ana"), ("b1", "nobody")]:
        got = mine(block_key=block, learner=learner)
        assert got == list(PeerSubmission.objects.filter(block_key=block, learner=learner))
    row = mine.first(block_key="b2", learner="sara")
    assert (row.text, row.links, row.late, row.current) == ("<p>b2 sara</p>", ["https://example.org"], True, True)
    assert abs(row.submitted - timezone.now()) < timedelta(minutes=5)  # the database's converters ran (aware time)
    assert mine.first(block_key="b2", learner="nobody") is None


def test_select_related_rows_are_built_with_their_relations(rows):
    received = Prepared(lambda submission: PeerReview.objects.filter(submission=submission, status="done")
                        .select_related("submission", "rubric").order_by("id"), submission=int)
    got = received(submission=rows["b1", "ana"].pk)
    assert [review.reviewer for review in got] == ["omar", "sara"]
    with CaptureQueriesContext(connection) as queries:
        assert {review.submission.text for review in got} == {"<p>b1 ana</p>"}
        assert got[0].rubric.criteria == [{"key": "purpose"}]
    assert len(queries) == 0  # the relations came with the rows
    assert received(submission=rows["b1", "omar"].pk) == []


def test_a_list_parameter_binds_any_length(rows):
    some = Prepared(lambda block_key, learners: PeerSubmission.objects.filter(block_key=block_key,
                                                                              learner__in=learners).order_by("learner"),
                    block_key=str, learners=list)
    assert [row.learner for row in some(block_key="b1", learners=["sara", "ana"])] == ["ana", "sara"]
    assert [row.learner for row in some(block_key="b2", learners=["omar"])] == ["omar"]
    assert [row.learner for row in some(block_key="b2", learners=["omar", "sara", "ana"])] == ["ana", "omar", "sara"]


def test_values_and_aggregates_match_the_orm(rows):
    names = Prepared(lambda block_key: PeerSubmission.objects.filter(block_key=block_key)
                     .order_by("learner").values_list("learner", flat=True), block_key=str)
    assert names(block_key="b2") == ["ana", "omar", "sara"]
    pairs = Prepared(lambda block_key: PeerSubmission.objects.filter(block_key=block_key)
                     .order_by("learner").values_list("learner", "late"), block_key=str)
    assert pairs(block_key="b1") == [("ana", False), ("omar", False), ("sara", True)]
    DiscussionPost.objects.create(block_key="d", course_key="c", author="ana", participant=1, body="hi",
                                  created=timezone.now())
    counts = Prepared(lambda block_key, author: DiscussionPost.objects.filter(block_key=block_key).values("block_key")
                      .annotate(mine=Count("id", filter=Q(author=author)), all=Count("id")), block_key=str, author=str)
    assert counts(block_key="d", author="ana") == [{"block_key": "d", "mine": 1, "all": 1}]
    assert counts(block_key="d", author="omar") == [{"block_key": "d", "mine": 0, "all": 1}]


def test_a_statement_is_one_counted_query(rows):
    mine = Prepared(lambda block_key: PeerSubmission.objects.filter(block_key=block_key), block_key=str)
    mine(block_key="b1")
    with CaptureQueriesContext(connection) as queries:
        mine(block_key="b2")
    assert len(queries) == 1 and "b2" in queries[0]["sql"]


def test_a_lookup_that_rewrites_its_value_is_refused(rows):
    containing = Prepared(lambda text: PeerSubmission.objects.filter(text__contains=text), text=str)
    with pytest.raises(ValueError, match="not found"):
        containing(text="ana")


def test_annotated_model_rows_carry_their_annotations(rows):
    reviewed = Prepared(lambda block_key: PeerSubmission.objects.filter(block_key=block_key)
                        .annotate(review_count=Count("reviews")).order_by("learner"), block_key=str)
    for block in ("b1", "b2"):
        expected = PeerSubmission.objects.filter(block_key=block).annotate(review_count=Count("reviews")) \
            .order_by("learner")
        got = reviewed(block_key=block)
        assert got == list(expected)
        assert [row.review_count for row in got] == [row.review_count for row in expected]
    assert [row.review_count for row in reviewed(block_key="b1")] == [2, 0, 0]


def test_a_list_of_ids_binds_any_length(rows):
    some = Prepared(lambda ids: PeerSubmission.objects.filter(pk__in=ids).order_by("id"), ids=[int])
    ids = [rows["b1", "sara"].pk, rows["b2", "ana"].pk]
    assert some(ids=ids) == list(PeerSubmission.objects.filter(pk__in=ids).order_by("id"))
    assert some(ids=[rows["b2", "omar"].pk]) == [rows["b2", "omar"]]
    assert some(ids=[10 ** 9, 10 ** 9 + 1]) == []


def test_a_long_list_runs_as_a_plain_queryset_with_the_same_rows(rows):
    from ilelln_xblocks.core import db

    some = Prepared(lambda learners: PeerSubmission.objects.filter(learner__in=learners).order_by("id"),
                    learners=list)
    learners = ["ana", "omar"] + [f"x{n}" for n in range(db.LONGEST_LIST)]
    assert some(learners=learners) == list(PeerSubmission.objects.filter(learner__in=learners).order_by("id"))
    assert len(some(learners=learners)) == 4 and some._compiled == {}


def test_the_driver_s_cursor_keeps_what_django_s_would_refuse(rows):
    """Without a listener the statement runs on the driver's own cursor: its rows are the ORM's (above), and a
    transaction broken by an error still refuses it, as Django's cursor does."""
    mine = Prepared(lambda block_key: PeerSubmission.objects.filter(block_key=block_key), block_key=str)
    assert not connection.queries_logged and len(mine(block_key="b1")) == 3
    with pytest.raises(TransactionManagementError), transaction.atomic():
        try:
            PeerRubric.objects.create(block_key="b1", digest="d", version=1, criteria=[])  # a duplicate version
        except IntegrityError:
            pass
        mine(block_key="b1")


def test_sqlite_placeholders_are_rewritten_as_django_rewrites_them():
    assert _driver_sql("sqlite", "SELECT a FROM t WHERE a = %s AND b LIKE '10%%'") == \
        "SELECT a FROM t WHERE a = ? AND b LIKE '10%'"
    assert _driver_sql("mysql", "SELECT a FROM t WHERE a = %s") == "SELECT a FROM t WHERE a = %s"
