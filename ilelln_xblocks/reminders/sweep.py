"""One sweep: allocate reviewers where a submission phase has closed, then send the reminders due.

Run by the Celery task in ``ilelln_xblocks/tasks.py`` (and usable from a shell or cron). A sweep holds a lock in
Django's cache while it runs (``cache.add``, so only one of several workers gets it; released only by its owner),
and even without the lock nothing happens twice: allocation claims ``PeerActivity.allocated_at`` with a
conditional UPDATE (``peer_store.allocate``), and each reminder is a unique row inserted before it is sent.
"""
import logging
import uuid
from collections import namedtuple

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router, transaction
from django.db.models import Count
from django.db.models.constants import OnConflict
from django.utils import timezone

from ..collaboration.peer_review import store as peer_store
from ..settings.common import scheduler_settings
from . import collect, compat, messages
from .models import ReminderSent

log = logging.getLogger(__name__)

LOCK_KEY = "ilelln_xblocks:scheduler:sweep-lock"
INSERT_BATCH = 5000  # rows per executemany, as peer_store does for assignments

SweepResult = namedtuple("SweepResult", "ran allocated reminders_claimed emails_sent no_address failed")
NOT_RAN = SweepResult(False, 0, 0, 0, 0, 0)


def run_locked(now=None):
    """Run :func:`run` unless another sweep holds the lock; returns its :data:`SweepResult` (``ran`` False if not)."""
    config = scheduler_settings(settings)
    token = uuid.uuid4().hex
    if not cache.add(LOCK_KEY, token, timeout=config["LOCK_TIMEOUT_SECONDS"]):
        log.info("ilelln sweep: another sweep holds the lock; skipping")
        return NOT_RAN
    try:
        return run(now)
    finally:
        # Only the owner releases: a sweep that outlived its lock must not free the next one's.
        # (get-then-delete is not atomic; the window is one cache round trip after a lock timeout.)
        if cache.get(LOCK_KEY) == token:
            cache.delete(LOCK_KEY)


def run(now=None):
    """Allocate every closed peer review, then claim and send the reminders due (when switched on)."""
    config = scheduler_settings(settings)
    now = now or timezone.now()
    allocated = 0
    for block_key in peer_store.due_for_allocation(now):
        allocated += peer_store.allocate(block_key, now)
    if not config["REMINDERS_ENABLED"]:
        return SweepResult(True, allocated, 0, 0, 0, 0)
    token = uuid.uuid4().hex
    candidates = collect.due(now, config["REVIEWS_DUE_WITHIN_HOURS"], config["INTERVAL_SECONDS"])
    claim(candidates, token, now)
    sent, no_address, failed, claimed = send_claimed(token)
    log.info("ilelln sweep: %s reviews allocated, %s reminders claimed, %s e-mails sent", allocated, claimed, sent)
    return SweepResult(True, allocated, claimed, sent, no_address, failed)


def claim(candidates, token, now):
    """Insert a sent-log row per candidate, tagged with ``token``; rows another sweep inserted first are skipped.

    Plain ``executemany`` of INSERT ... IGNORE (``INSERT OR IGNORE`` on SQLite, ``ON CONFLICT DO NOTHING`` on
    PostgreSQL) in batches of 5,000, each batch in a transaction: the ORM's ``bulk_create`` would spend half a
    millisecond per row preparing values (see ``peer_store._insert_assignments``).
    """
    connection = connections[router.db_for_write(ReminderSent)]
    quote = connection.ops.quote_name
    columns = ("learner", "course_key", "block_key", "kind", "occurrence", "sweep", "status", "created")
    fields = [ReminderSent._meta.get_field(name) for name in columns]
    sql = (f"{connection.ops.insert_statement(on_conflict=OnConflict.IGNORE)} {quote(ReminderSent._meta.db_table)} "
           f"({', '.join(quote(column) for column in columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
           f"{connection.ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)}").strip()
    stamp = connection.ops.adapt_datetimefield_value(now)
    rows = [(c.learner, c.course_key, c.block_key, c.kind, c.occurrence, token, ReminderSent.CLAIMED, stamp)
            for c in candidates]
    for start in range(0, len(rows), INSERT_BATCH):
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.executemany(sql, rows[start:start + INSERT_BATCH])


def _mark(ids, status):
    for start in range(0, len(ids), compat.BATCH):
        ReminderSent.objects.filter(id__in=ids[start:start + compat.BATCH]).update(status=status)


def send_claimed(token):
    """Send one e-mail per (learner, activity, kind) among the rows ``token`` claimed; returns the counts.

    A row is marked sent after edx-ace took the message; a failure is marked and not retried, so a learner is
    never reminded twice of the same thing (at most once, rather than at least once).
    """
    from ..models import PeerActivity, PeerReview  # pylint: disable=import-outside-toplevel
    groups = {}
    for row_id, learner, course_key, block_key, kind in ReminderSent.objects.filter(
            sweep=token, status=ReminderSent.CLAIMED).values_list(
            "id", "learner", "course_key", "block_key", "kind").iterator(chunk_size=10000):
        groups.setdefault((learner, course_key, block_key, kind), []).append(row_id)
    if not groups:
        return 0, 0, 0, 0
    claimed = sum(len(ids) for ids in groups.values())
    contacts = compat.learner_contacts({learner for learner, _c, _b, _k in groups})
    course_keys = {course_key for _l, course_key, _b, _k in groups}
    block_keys = {block_key for _l, _c, block_key, _k in groups}
    course_languages = compat.course_languages(course_keys)
    names = compat.activity_names(block_keys)
    deadlines, owed = {}, {}
    owing_blocks = {block for _l, _c, block, kind in groups if kind == ReminderSent.REVIEWS_DUE}
    if owing_blocks:
        deadlines = dict(PeerActivity.objects.filter(block_key__in=owing_blocks).values_list(
            "block_key", "review_due"))
        owed = {(block, reviewer): count for block, reviewer, count in PeerReview.objects.filter(
            block_key__in=owing_blocks, status=PeerReview.ASSIGNED).values("block_key", "reviewer").annotate(
            count=Count("id")).values_list("block_key", "reviewer", "count").iterator(chunk_size=10000)}
    no_address, failed, sent = [], [], 0
    for (learner, course_key, block_key, kind), ids in groups.items():
        contact = contacts.get(learner)
        if contact is None:
            no_address.extend(ids)
            continue
        language = contact.language or course_languages.get(course_key) or settings.LANGUAGE_CODE
        count = owed.get((block_key, learner), len(ids)) if kind == ReminderSent.REVIEWS_DUE else len(ids)
        try:
            messages.send(messages.build(kind, contact, language, learner, course_key, block_key,
                                         names.get(block_key), count, deadlines.get(block_key)))
            sent += 1
        except Exception:  # pylint: disable=broad-except  (one bad message must not stop the others)
            log.exception("ilelln sweep: reminder %s to %s failed", kind, learner)
            failed.extend(ids)
    _mark(no_address, ReminderSent.NO_ADDRESS)
    _mark(failed, ReminderSent.FAILED)
    ReminderSent.objects.filter(sweep=token, status=ReminderSent.CLAIMED).update(status=ReminderSent.SENT)
    return sent, len(no_address), len(failed), claimed
