"""Peer review data: allocation, claiming work, recording reviews and grades, in transactions.

Used by the block and by the ``ilelln_allocate_reviews`` management command. Every
function issues a fixed number of queries whatever the cohort's size (allocation
inserts in batches), and every write is safe under concurrent requests: claims are
conditional UPDATEs, and unique constraints refuse duplicates.
"""
from datetime import timedelta

from django.db import IntegrityError, connections, router, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from ...core.db import models
from . import logic

LEASE = timedelta(hours=4)  # how long a continuous-mode reviewer keeps a claimed submission


def current_submissions(block_key):
    """The reviewable version of every learner's work."""
    return models().PeerSubmission.objects.filter(block_key=block_key, current=True)


def allocate(block_key, now=None):
    """Assign reviewers for ``block_key`` once, when its submission phase has closed.

    The first caller claims the activity's ``allocated_at`` with a conditional UPDATE and
    writes every assignment in the same transaction; later callers find it claimed and
    return 0. Returns the number of reviews assigned.
    """
    m = models()
    now = now or timezone.now()
    with transaction.atomic():
        if not m.PeerActivity.objects.filter(block_key=block_key, allocated_at__isnull=True).update(
                allocated_at=now):
            return 0
        k = m.PeerActivity.objects.values_list("reviews_per_submission", flat=True).get(block_key=block_key)
        rows = current_submissions(block_key).filter(hidden=False).values_list("id", "learner", "group_key")
        groups, ids = {}, {}
        for submission_id, learner, group in rows:
            groups.setdefault(group, []).append(learner)
            ids[learner] = submission_id
        pairs = logic.allocate(groups, k, seed=block_key)
        _insert_assignments(block_key, [(ids[author], reviewer) for reviewer, author in pairs], now)
    return len(pairs)


def _insert_assignments(block_key, assignments, now):
    """Insert ``(submission id, reviewer)`` assignments with one ``executemany``.

    The ORM's ``bulk_create`` spends about half a millisecond per row preparing values, which
    made a 100,000-learner allocation take over a minute; plain parameterised INSERTs of the
    columns without defaults do the same work in a few seconds.
    """
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
    """Give ``reviewer`` the submission with the fewest reviews that they have not reviewed (continuous mode).

    The claim is a conditional UPDATE (``claimed < k``), so parallel reviewers never push a
    submission beyond ``k``; the unique (submission, reviewer) constraint stops a second
    claim of the same work. A reviewer with a review still to do gets that one back. Returns
    the review, or None when nothing is waiting.
    """
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
    """Recompute and store ``learner``'s grade under a lock on their submission; the grade row, or None.

    Two reviews by one learner can arrive at the same moment: each request recomputes that learner's
    grade, and computed outside a lock the one that read before the other review committed could
    write last, leaving "1 of 2 reviews given" for good. Locking the learner's submission row makes the
    computations take turns (``SELECT ... FOR UPDATE`` on MySQL; SQLite's IMMEDIATE transactions already
    do), and the last one reads every review committed before it.
    """
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
