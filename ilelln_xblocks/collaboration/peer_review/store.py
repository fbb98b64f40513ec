"""Peer review data: every query the block and ``ilelln_allocate_reviews`` make (a fixed number each, whatever the
cohort's size: ``tests/db/test_peer_review_store_db.py`` counts them), writes in transactions, safe under concurrent
requests (claims are conditional UPDATEs, unique constraints refuse duplicates); view reads are ``core.db.Prepared``.
"""
from collections import namedtuple
from datetime import timedelta

from django.db import IntegrityError, connections, router, transaction
from django.db.models import Count, F, Q, Subquery
from django.utils import timezone

from ...core.db import Prepared, models
from . import logic

LEASE = timedelta(hours=4)  # how long a continuous-mode reviewer keeps a claimed submission
State = namedtuple("State", "submission to_do done received grade")
Cohort = namedtuple("Cohort", "submissions given received grades pending done_parts")


def current_submissions(block_key):
    """The reviewable version of every learner's work."""
    return models().PeerSubmission.objects.filter(block_key=block_key, current=True)


# ----- the activity and a learner's own state ----------------------------------------------------------------
_ACTIVITY = Prepared(lambda block_key: models().PeerActivity.objects.filter(block_key=block_key), block_key=str)
_GRADE = Prepared(lambda block_key, learner: models().PeerGrade.objects.filter(block_key=block_key, learner=learner),
                  block_key=str, learner=str)
_SUBMISSION = Prepared(lambda block_key, learner: current_submissions(block_key).filter(learner=learner)
                       .order_by("id")[:1], block_key=str, learner=str)
_ACTIVITY_AND_OWN = Prepared(lambda block_key, learner: models().PeerActivity.objects.filter(block_key=block_key)
                             .annotate(own_id=Subquery(current_submissions(block_key).filter(learner=learner)
                                                       .order_by("id").values("id")[:1])), block_key=str, learner=str)
_REVIEWS_BY = Prepared(lambda block_key, reviewers: models().PeerReview.objects.filter(
    block_key=block_key, reviewer__in=reviewers).select_related("submission", "rubric").order_by("id"),
    block_key=str, reviewers=list)
_RECEIVED = Prepared(lambda submission: models().PeerReview.objects.filter(
    submission=submission, status=models().PeerReview.DONE).select_related("rubric").order_by("id"), submission=int)


def activity(block_key, values):
    """The activity's row as stored, or an unsaved one holding ``values`` when there is none yet (one query)."""
    return _ACTIVITY.first(block_key=block_key) or models().PeerActivity(block_key=block_key, **values)


def activity_and_submission(block_key, values, learner):
    """:func:`activity` and ``learner``'s :func:`submission_of`: one query for a learner who has not submitted (the
    row's ``own_id`` says whether they have: the submission's indexed lookup in the same statement), else two."""
    row = _ACTIVITY_AND_OWN.first(block_key=block_key, learner=learner)
    if row is None:
        return models().PeerActivity(block_key=block_key, **values), submission_of(block_key, learner)
    return row, (None if row.own_id is None else submission_of(block_key, learner))


def keep_activity(row, values):
    """``row`` stored and brought up to date with ``values``, the author's settings (no query when it is)."""
    rows = models().PeerActivity.objects
    if row.pk is None:
        row, _created = rows.get_or_create(block_key=row.block_key, defaults=values)
    if any(getattr(row, name) != value for name, value in values.items()):
        rows.filter(pk=row.pk).update(**values)
        for name, value in values.items():
            setattr(row, name, value)
    return row


def is_allocated(block_key):
    """Whether reviewers have been allocated for ``block_key``."""
    return models().PeerActivity.objects.filter(block_key=block_key, allocated_at__isnull=False).exists()


def submission_of(block_key, learner):
    """``learner``'s current submission, or None."""
    return _SUBMISSION.first(block_key=block_key, learner=learner)


def has_submitted(block_key, learner, group_key=None):
    """Whether ``learner`` has a current submission (in ``group_key``, when given)."""
    rows = current_submissions(block_key).filter(learner=learner)
    return (rows if group_key is None else rows.filter(group_key=group_key)).exists()


def my_state(block_key, learner, reviewers, submission=Ellipsis):
    """``learner``'s submission (unless given), ``reviewers``' reviews to do and done, those received, the grade (≤ 4
    queries; no grade query without a submission: :func:`save_grade` runs under its lock and an override needs one)."""
    submission, done = submission_of(block_key, learner) if submission is Ellipsis else submission, "done"
    reviews = _REVIEWS_BY(block_key=block_key, reviewers=list(reviewers)) if reviewers else []
    return State(submission, [review for review in reviews if review.status != done],
                 [review for review in reviews if review.status == done],
                 _RECEIVED(submission=submission.pk) if submission else [],
                 grade_of(block_key, learner) if submission else None)


def grade_of(block_key, learner):
    """``learner``'s grade row, or None (one per learner: a unique constraint)."""
    return _GRADE.first(block_key=block_key, learner=learner)


def mark_published(grade_id):
    """Record that a grade row's score has reached the gradebook."""
    models().PeerGrade.objects.filter(pk=grade_id).update(published=True)


# ----- learner writes --------------------------------------------------------------------------------------------

def submit(block_key, course_key, group_key, learner, learner_name, work, late, previous=None):
    """Store ``work`` (text, links, files) as ``learner``'s version after ``previous``; returns its number."""
    m = models()
    version = previous.version + 1 if previous else 1
    with transaction.atomic():
        if previous:
            m.PeerSubmission.objects.filter(pk=previous.pk).update(current=False)
        submission = m.PeerSubmission.objects.create(
            block_key=block_key, course_key=course_key, group_key=group_key, learner=learner,
            learner_name=learner_name, version=version, late=late, **work)
        if late:
            m.PeerReview.objects.create(block_key=block_key, submission=submission, reviewer=logic.STAFF)
    return version


def find_submission(block_key, submission_id):
    """Any version of a submission of ``block_key``, or None."""
    return models().PeerSubmission.objects.filter(pk=submission_id, block_key=block_key).first()


def is_reviewer(submission_id, reviewer):
    """Whether ``reviewer`` has a review of the submission, to do or done."""
    return models().PeerReview.objects.filter(submission_id=submission_id, reviewer=reviewer).exists()


def review(block_key, review_id, reviewers=None, assigned=False):
    """Review ``review_id`` with its submission (only one of ``reviewers``', only one to do if asked), or None."""
    m = models()
    rows = m.PeerReview.objects.filter(pk=review_id, block_key=block_key).select_related("submission")
    rows = rows if reviewers is None else rows.filter(reviewer__in=reviewers)
    return (rows.filter(status=m.PeerReview.ASSIGNED) if assigned else rows).first()


def has_reviews_to_do(block_key, reviewer):
    """Whether ``reviewer`` still has a review assigned."""
    m = models()
    return m.PeerReview.objects.filter(block_key=block_key, reviewer=reviewer, status=m.PeerReview.ASSIGNED).exists()


def rubric_version(block_key, criteria):
    """The stored version of ``criteria``, created on first use (versions are never changed)."""
    m = models()
    digest = logic.rubric_digest(criteria)
    row = m.PeerRubric.objects.filter(block_key=block_key, digest=digest).first()
    if row:
        return row
    with transaction.atomic():
        version = m.PeerRubric.objects.filter(block_key=block_key).count() + 1
        row, _created = m.PeerRubric.objects.get_or_create(
            block_key=block_key, digest=digest,
            defaults={"version": version, "criteria": [criterion.as_dict() for criterion in criteria]})
    return row


def record_review(block_key, review_id, criteria, **result):
    """Mark an assigned review done; False, storing nothing (no rubric version either), if it already was."""
    m = models()
    with transaction.atomic():
        updated = m.PeerReview.objects.filter(pk=review_id, status=m.PeerReview.ASSIGNED).update(
            status=m.PeerReview.DONE, rubric=rubric_version(block_key, criteria), done=timezone.now(),
            lease_until=None, **result)
        if not updated:
            transaction.set_rollback(True)
    return bool(updated)


def review_for_author(block_key, review_id, author):
    """A done review of ``author``'s work, or None."""
    m = models()
    return m.PeerReview.objects.filter(pk=review_id, block_key=block_key, status=m.PeerReview.DONE,
                                       submission__learner=author).first()


def rate(review_id, helpful, reply=""):
    """The author's helpfulness rating of a review, and their reply when they wrote one."""
    models().PeerReview.objects.filter(pk=review_id).update(helpful=helpful, **({"reply": reply} if reply else {}))


def target(block_key, kind, target_id):
    """The review (with its submission) or the submission that a flag of ``kind`` names, or None."""
    m = models()
    rows = (m.PeerReview.objects.select_related("submission") if kind == m.PeerFlag.REVIEW
            else m.PeerSubmission.objects)
    return rows.filter(pk=target_id, block_key=block_key).first()


def may_flag(block_key, kind, target_id, learner):
    """Whether ``learner`` is the author or a reviewer of the review or submission."""
    m = models()
    if kind == m.PeerFlag.REVIEW:
        return m.PeerReview.objects.filter(pk=target_id, block_key=block_key).filter(
            Q(submission__learner=learner) | Q(reviewer=learner)).exists()
    return m.PeerSubmission.objects.filter(pk=target_id, block_key=block_key).filter(
        Q(reviews__reviewer=learner) | Q(learner=learner)).exists()


def flag(block_key, kind, target_id, flagger, reason):
    """``flagger``'s report of a review or submission (once: a second report keeps the first)."""
    models().PeerFlag.objects.get_or_create(kind=kind, target=target_id, flagger=flagger,
                                            defaults={"block_key": block_key, "reason": reason})


# ----- staff ---------------------------------------------------------------------------------------------------

def moderate(kind, row, hidden):
    """Hide or restore a review or submission and close its flags."""
    with transaction.atomic():
        type(row).objects.filter(pk=row.pk).update(hidden=hidden)
        models().PeerFlag.objects.filter(kind=kind, target=row.pk).update(resolved=True)


def reassign(review_id, reviewer):
    """Give an assigned review to ``reviewer`` (a learner, or the facilitator queue)."""
    m = models()
    m.PeerReview.objects.filter(pk=review_id, status=m.PeerReview.ASSIGNED).update(reviewer=reviewer,
                                                                                   lease_until=None)


def override(block_key, learner, score, reason, by):
    """Set ``learner``'s grade to ``score`` (0 to 1) with a reason; returns the grade row, to publish."""
    m = models()
    with transaction.atomic():
        row, _created = m.PeerGrade.objects.get_or_create(block_key=block_key, learner=learner)
        m.PeerGrade.objects.filter(pk=row.pk).update(override_score=score, override_reason=reason,
                                                     overridden_by=by, published=False)
    return m.PeerGrade.objects.get(pk=row.pk)


def staff_rows(block_key, pending=500):
    """The cohort (six queries): submissions by name, review counts given and received (``assigned``, ``done``), grade
    rows, the first ``pending`` reviews to do with their submissions, done reviews' parts by submission id."""
    m = models()
    reviews = m.PeerReview.objects.filter(block_key=block_key)
    counts = {"assigned": Count("id"), "done": Count("id", filter=Q(status=m.PeerReview.DONE))}
    return Cohort(list(current_submissions(block_key).order_by("learner_name", "learner")),
                  {row["reviewer"]: row for row in reviews.values("reviewer").annotate(**counts)},
                  {row["submission_id"]: row for row in reviews.values("submission_id").annotate(**counts)},
                  {row.learner: row for row in m.PeerGrade.objects.filter(block_key=block_key)},
                  list(reviews.filter(status=m.PeerReview.ASSIGNED).select_related("submission").order_by("id")
                       [:pending]),
                  _grouped(reviews.filter(status=m.PeerReview.DONE, hidden=False).values_list("submission_id",
                                                                                            "parts")))


def _grouped(pairs):
    grouped = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return grouped


def reviews_of(block_key, submission_id):
    """Every review of a submission, done ones first, with their rubric versions (one query)."""
    m = models()
    return list(m.PeerReview.objects.filter(block_key=block_key, submission_id=submission_id)
                .select_related("rubric").order_by("-status", "id"))


def flag_rows(block_key):
    """``(flag, review or submission)`` for each open flag whose target exists, oldest first (three queries)."""
    m = models()
    flags = list(m.PeerFlag.objects.filter(block_key=block_key, resolved=False).order_by("created"))
    review_ids = [flag.target for flag in flags if flag.kind == m.PeerFlag.REVIEW]
    submission_ids = [flag.target for flag in flags if flag.kind == m.PeerFlag.SUBMISSION]
    reviews = {row.id: row for row in m.PeerReview.objects.filter(pk__in=review_ids)}
    submissions = {row.id: row for row in m.PeerSubmission.objects.filter(pk__in=submission_ids)}
    found = ((flag, (reviews if flag.kind == m.PeerFlag.REVIEW else submissions).get(flag.target)) for flag in flags)
    return [(flag, row) for flag, row in found if row is not None]


def allocate(block_key, now=None):
    """Assign reviewers for ``block_key`` once, when its submission phase has closed: the first caller claims the
    activity's ``allocated_at`` with a conditional UPDATE and writes every assignment in the same transaction; later
    callers find it claimed and return 0. Returns the number of reviews assigned."""
    m = models()
    now = now or timezone.now()
    with transaction.atomic():
        if not m.PeerActivity.objects.filter(block_key=block_key, allocated_at__isnull=True).update(
                allocated_at=now):
            return 0
        k = m.PeerActivity.objects.values_list("reviews_per_submission", flat=True).get(block_key=block_key)
        rows = list(current_submissions(block_key).filter(hidden=False).values_list("id", "learner", "group_key"))
        groups, ids = _grouped((group, learner) for _id, learner, group in rows), {row[1]: row[0] for row in rows}
        pairs = logic.allocate(groups, k, seed=block_key)
        _insert_assignments(block_key, [(ids[author], reviewer) for reviewer, author in pairs], now)
    return len(pairs)


def _insert_assignments(block_key, assignments, now):
    """Insert ``(submission id, reviewer)`` assignments with one ``executemany``: the ORM's ``bulk_create`` spends
    about half a millisecond per row preparing values (a 100,000-learner allocation took over a minute); plain
    parameterised INSERTs of the columns without defaults do the same work in a few seconds."""
    model = models().PeerReview
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    columns = ("block_key", "submission_id", "reviewer", "reviewer_name", "status", "parts", "comment", "hidden",
               "reply", "assigned")
    sql = (f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(column) for column in columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")
    stamp = connection.ops.adapt_datetimefield_value(now)
    rows = [(block_key, submission, reviewer, "", model.ASSIGNED, "{}", "", False, "", stamp)
            for submission, reviewer in assignments]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start:start + 5000])


def due_for_allocation(now=None):
    """Block keys of phased activities whose submission phase has closed and that are not allocated."""
    return list(models().PeerActivity.objects.filter(
        continuous=False, allocated_at__isnull=True, submission_due__lte=now or timezone.now(),
    ).values_list("block_key", flat=True))


def release_expired(block_key, now):
    """Give back continuous-mode claims whose lease ran out without a review."""
    m = models()
    expired = list(m.PeerReview.objects.filter(block_key=block_key, status=m.PeerReview.ASSIGNED,
                                               lease_until__lt=now).values_list("id", "submission_id")[:50])
    for review_id, submission_id in expired:
        with transaction.atomic():
            if m.PeerReview.objects.filter(pk=review_id, status=m.PeerReview.ASSIGNED).delete()[0]:
                m.PeerSubmission.objects.filter(pk=submission_id, claimed__gt=0).update(claimed=F("claimed") - 1)


def claim(block_key, reviewer, reviewer_name, k, now=None):
    """Give ``reviewer`` the submission with the fewest reviews that they have not reviewed (continuous mode): a
    conditional UPDATE (``claimed < k``), so parallel reviewers never push a submission beyond ``k``; the unique
    (submission, reviewer) constraint stops a second claim of the same work. A reviewer with a review still to do
    gets that one back. Returns the review, or None when nothing is waiting."""
    m = models()
    now = now or timezone.now()
    release_expired(block_key, now)
    pending = m.PeerReview.objects.filter(block_key=block_key, reviewer=reviewer, status=m.PeerReview.ASSIGNED).first()
    if pending:
        return pending
    candidates = list(
        current_submissions(block_key).filter(hidden=False, claimed__lt=k).exclude(learner=reviewer)
        .exclude(reviews__reviewer=reviewer).order_by("claimed", "id").values_list("id", flat=True)[:5]
    )
    for submission_id in candidates:
        try:
            with transaction.atomic():
                if not m.PeerSubmission.objects.filter(pk=submission_id, claimed__lt=k).update(
                        claimed=F("claimed") + 1):
                    continue
                return m.PeerReview.objects.create(block_key=block_key, submission_id=submission_id,
                                                   reviewer=reviewer, reviewer_name=reviewer_name,
                                                   lease_until=now + LEASE)
        except IntegrityError:
            continue
    return None


def compute_grade(block_key, learner, continuous, k, weights):
    """``learner``'s peer grade (0 to 1) when every review of their work is in, else None (three queries)."""
    m = models()
    submission = current_submissions(block_key).filter(learner=learner).values_list("id", flat=True).first()
    if submission is None:
        return None
    reviews = list(m.PeerReview.objects.filter(submission_id=submission).values_list("status", "hidden", "parts"))
    done = [parts for status, hidden, parts in reviews if status == m.PeerReview.DONE and not hidden]
    pending = sum(1 for status, _hidden, _parts in reviews if status != m.PeerReview.DONE)
    needed = k if continuous else 1
    if pending or len(done) < needed:
        return None
    given = m.PeerReview.objects.filter(block_key=block_key, reviewer=learner).aggregate(
        assigned=Count("id"), done=Count("id", filter=Q(status=m.PeerReview.DONE)))
    required = k if continuous else given["assigned"]
    return logic.combined_grade(logic.received_score(done), given["done"], required, *weights)


def refresh_grade(block_key, learner, continuous, k, weights):
    """Recompute and store ``learner``'s grade under a lock on their submission; the grade row, or None. Two reviews
    by one learner can arrive at once, and outside a lock the computation that read before the other review committed
    could write last ("1 of 2 reviews given" for good). The lock on the learner's submission (``SELECT ... FOR
    UPDATE``; SQLite's IMMEDIATE transactions) makes them take turns."""
    with transaction.atomic():
        locked = current_submissions(block_key).filter(learner=learner).select_for_update()
        if locked.values_list("id", flat=True).first() is None:
            return None
        score = compute_grade(block_key, learner, continuous, k, weights)
        return None if score is None else save_grade(block_key, learner, score)


def save_grade(block_key, learner, score):
    """Store ``learner``'s computed grade; returns the grade row (with any staff override)."""
    m = models()
    with transaction.atomic():
        row, created = m.PeerGrade.objects.get_or_create(block_key=block_key, learner=learner,
                                                         defaults={"score": score})
        if not created and row.score != score:
            m.PeerGrade.objects.filter(pk=row.pk).update(score=score, published=False)
            row.score, row.published = score, False
    return row
