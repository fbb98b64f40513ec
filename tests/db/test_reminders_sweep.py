"""The scheduled sweep: Celery in eager mode, the chain, the lock, and two sweeps at once on the live database.

Runs on SQLite, and on MariaDB when ILELLN_TEST_DB points at one (``make test-db``).
"""
import threading
import time
from collections import Counter

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connections

from ilelln_xblocks import tasks
from ilelln_xblocks.models import PeerActivity, PeerReview, PeerSubmission, ReminderSent
from ilelln_xblocks.reminders import sweep
from tests.reminders import builders as b
from tests.reminders.fixtures import eager, scheduler  # noqa: F401  (fixtures)


@pytest.fixture
def counted(monkeypatch):
    """Count the sweeps the task runs (the real sweep still runs)."""
    calls = []
    real = sweep.run_locked

    def run_locked(now=None):
        calls.append(now)
        return real(now)

    monkeypatch.setattr(sweep, "run_locked", run_locked)
    return calls


@pytest.mark.django_db
def test_the_kick_runs_one_sweep_in_eager_mode_and_never_reschedules(eager, counted):  # noqa: F811
    b.learners("amal")
    b.owed_reviews(["amal"])
    assert tasks.kick() is True
    assert len(counted) == 1 and len(mail.outbox) == 1
    assert cache.get(tasks.CHAIN_KEY) is None     # eager: the chain ends with its one run
    assert tasks.kick() is True and len(counted) == 2 and len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_switched_off_scheduler_neither_starts_nor_sweeps(eager, counted, scheduler):  # noqa: F811
    scheduler["ENABLED"] = False
    assert tasks.kick() is False
    assert tasks.sweep_and_reschedule.apply(kwargs={"chain": "x"}).get() is None
    assert counted == []


@pytest.mark.django_db
def test_a_kick_while_a_chain_is_scheduled_does_nothing(eager, counted):  # noqa: F811
    cache.set(tasks.CHAIN_KEY, "scheduled", 60)
    assert tasks.kick() is False and counted == []


@pytest.mark.django_db
def test_a_stray_run_of_an_old_chain_stops_without_sweeping(eager, counted, monkeypatch):  # noqa: F811
    cache.set(tasks.CHAIN_KEY, "current", 60)
    scheduled = []
    monkeypatch.setattr(tasks.sweep_and_reschedule, "apply_async", lambda **kw: scheduled.append(kw))
    assert tasks.sweep_and_reschedule.apply(kwargs={"chain": "old"}).get() is None
    assert counted == [] and scheduled == [] and cache.get(tasks.CHAIN_KEY) == "current"


@pytest.mark.django_db
def test_on_a_worker_the_sweep_schedules_the_next_run_after_the_interval(counted, monkeypatch, scheduler):  # noqa: F811
    scheduler["INTERVAL_SECONDS"] = 120
    scheduled = []
    monkeypatch.setattr(tasks.sweep_and_reschedule, "apply_async", lambda **kw: scheduled.append(kw))
    cache.set(tasks.CHAIN_KEY, "mine", 60)
    tasks.sweep_and_reschedule(chain="mine")     # called as a worker does: not eager
    assert len(counted) == 1
    (following,) = scheduled
    assert following["countdown"] == 120
    assert following["kwargs"]["chain"] == cache.get(tasks.CHAIN_KEY) != "mine"


@pytest.mark.django_db
def test_the_next_run_is_scheduled_even_when_the_sweep_fails(monkeypatch):
    scheduled = []
    monkeypatch.setattr(tasks.sweep_and_reschedule, "apply_async", lambda **kw: scheduled.append(kw))
    monkeypatch.setattr(sweep, "run_locked", lambda now=None: 1 / 0)
    cache.set(tasks.CHAIN_KEY, "mine", 60)
    with pytest.raises(ZeroDivisionError):
        tasks.sweep_and_reschedule(chain="mine")
    assert len(scheduled) == 1


@pytest.mark.django_db
def test_the_kick_on_worker_ready_starts_the_chain_on_the_lms_only(monkeypatch, settings):
    started = []
    monkeypatch.setattr(tasks.sweep_and_reschedule, "apply_async", lambda **kw: started.append(kw))
    settings.ROOT_URLCONF = "cms.urls"
    tasks.start_on_worker_ready()
    assert started == []
    settings.ROOT_URLCONF = "demo.urls"
    tasks.start_on_worker_ready()
    tasks.start_on_worker_ready()               # a second worker: the chain is already scheduled
    assert len(started) == 1 and started[0]["kwargs"]["chain"] == cache.get(tasks.CHAIN_KEY)


@pytest.mark.django_db
def test_a_held_lock_skips_the_sweep_and_only_its_owner_releases_it(monkeypatch):
    cache.add(sweep.LOCK_KEY, "someone-else", 60)
    assert sweep.run_locked() == sweep.NOT_RAN
    cache.delete(sweep.LOCK_KEY)

    def run_past_the_timeout(now=None):          # our lock expired and another sweep took it meanwhile
        cache.set(sweep.LOCK_KEY, "next-sweep", 60)
        return sweep.NOT_RAN._replace(ran=True)

    monkeypatch.setattr(sweep, "run", run_past_the_timeout)
    assert sweep.run_locked().ran
    assert cache.get(sweep.LOCK_KEY) == "next-sweep"


@pytest.mark.django_db
def test_the_sweep_allocates_a_closed_peer_review_once():
    from django.utils import timezone
    PeerActivity.objects.create(block_key=b.PEER, course_key=b.COURSE, reviews_per_submission=2,
                                submission_due=timezone.now() - timezone.timedelta(minutes=1))
    PeerSubmission.objects.bulk_create([PeerSubmission(block_key=b.PEER, course_key=b.COURSE, learner=f"l{n}",
                                                       text="x") for n in range(5)])
    assert sweep.run().allocated == 10
    assert sweep.run().allocated == 0 and PeerReview.objects.count() == 10


def _in_threads(target, count=2):
    """Run ``target`` in ``count`` threads started together; returns their results."""
    barrier, results = threading.Barrier(count), [None] * count

    def run(index):
        try:
            barrier.wait()
            results[index] = target()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def _cohort(size=60):
    from django.utils import timezone
    reviewers = [f"learner-{n}" for n in range(size)]
    b.learners(*reviewers)
    b.owed_reviews(reviewers)
    PeerActivity.objects.create(block_key=b.PEER + "-closed", course_key=b.COURSE, reviews_per_submission=3,
                                submission_due=timezone.now() - timezone.timedelta(minutes=1))
    PeerSubmission.objects.bulk_create([PeerSubmission(block_key=b.PEER + "-closed", course_key=b.COURSE,
                                                       learner=f"closed-{n}", text="x") for n in range(20)])
    for reviewer in reviewers[:10]:
        b.done_review(reviewer, reviewer="someone")
    return reviewers


@pytest.mark.django_db(transaction=True)
def test_of_two_concurrent_locked_sweeps_exactly_one_runs(monkeypatch):
    reviewers = _cohort()
    real = sweep.run
    monkeypatch.setattr(sweep, "run", lambda now=None: (time.sleep(0.3), real(now))[1])
    results = _in_threads(sweep.run_locked)
    assert sorted(result.ran for result in results) == [False, True]
    assert PeerReview.objects.filter(block_key=b.PEER + "-closed").count() == 60
    assert Counter(m.to[0] for m in mail.outbox) == Counter(
        {f"{r}@example.org": 2 if n < 10 else 1 for n, r in enumerate(reviewers)})


@pytest.mark.django_db(transaction=True)
def test_two_overlapping_sweeps_without_the_lock_allocate_once_and_remind_no_one_twice():
    reviewers = _cohort()
    results = _in_threads(sweep.run)
    assert sum(result.allocated for result in results) == 60
    assert PeerReview.objects.filter(block_key=b.PEER + "-closed").count() == 60
    assert sum(result.emails_sent for result in results) == len(mail.outbox) == 70
    sent = Counter((m.to[0], m.subject) for m in mail.outbox)
    assert max(sent.values()) == 1 and len({m.to[0] for m in mail.outbox}) == len(reviewers)
    assert ReminderSent.objects.filter(status=ReminderSent.SENT).count() == 70


@pytest.mark.django_db
def test_the_cron_command_sweeps_once_and_respects_the_lock():
    from io import StringIO

    from django.core.management import call_command
    b.learners("amal")
    b.owed_reviews(["amal"])
    out = StringIO()
    call_command("ilelln_sweep", stdout=out)
    assert "1 reminder e-mails sent" in out.getvalue() and len(mail.outbox) == 1
    cache.add(sweep.LOCK_KEY, "worker", 60)
    call_command("ilelln_sweep", stdout=out)
    assert "Another sweep is running" in out.getvalue()


@pytest.mark.django_db
def test_the_first_request_kicks_the_chain_once_and_never_in_eager_mode(monkeypatch, settings):
    from django.core.signals import request_started

    from ilelln_xblocks.reminders import startup
    kicks = []
    monkeypatch.setattr(tasks, "kick", lambda: kicks.append(1))
    settings.CELERY_TASK_ALWAYS_EAGER = False
    startup.connect()
    request_started.send(sender=None)
    request_started.send(sender=None)
    assert kicks == [1]                          # once per process, then the receiver is gone
    settings.CELERY_TASK_ALWAYS_EAGER = True
    startup.connect()
    request_started.send(sender=None)
    assert kicks == [1]                          # eager: the sweep would run inside the request
    request_started.disconnect(startup._kick_once, dispatch_uid=startup.__name__)  # pylint: disable=protected-access
