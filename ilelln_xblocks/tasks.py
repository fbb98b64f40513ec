"""Celery tasks on the LMS's worker: a sweep that reschedules itself, so deadlines and reminders need no cron.

The LMS's Celery app auto-discovers each installed app's ``tasks`` module (``APP.autodiscover_tasks()`` in
openedx-platform ``lms/celery.py``), so this module is found because the plugin framework installs the app.
A task sent without a queue goes to the sender's ``CELERY_DEFAULT_QUEUE`` (``edx.lms.core.default`` for the LMS,
the queue Tutor's lms-worker consumes), so the sweep runs on the LMS worker when an LMS process kicks it.

The design follows ORA2's 2026 reminders (edx-ora2 ``openassessment/xblock/utils/ora_reminders.py`` and
``openassessment/workflow/tasks.py``): a single self-chaining task, started on ``worker_ready`` and by the first
request, never rescheduled in eager mode. Here, rather than one lock that also stands for the chain, two keys:

- ``CHAIN_KEY`` holds the token of the one scheduled next run. A run whose token is not the key's value is a
  stray (a second kick, a restarted worker, a countdown left in the broker) and stops without sweeping or
  rescheduling, so at most one chain lives. The key expires two intervals after the last run, so a chain that
  died (a broker restart lost its countdown) is restarted by the next kick.
- ``sweep.LOCK_KEY`` is held while a sweep runs (``LOCK_TIMEOUT_SECONDS``), so two sweeps never run at once.

Settings: ``ILELLN_SCHEDULER`` (``ENABLED``, ``INTERVAL_SECONDS``, ``REMINDERS_ENABLED``,
``REVIEWS_DUE_WITHIN_HOURS``, ``LOCK_TIMEOUT_SECONDS``; defaults in ``settings/common.py``).
"""
import logging
import random
import uuid

from celery import shared_task
from celery.signals import worker_ready
from django.conf import settings
from django.core.cache import cache

from .reminders import sweep
from .settings.common import scheduler_settings

log = logging.getLogger(__name__)

CHAIN_KEY = "ilelln_xblocks:scheduler:next-run"
KICK_JITTER_SECONDS = 30  # workers restarting together do not all reach the broker at the same instant


def _chain_timeout(config):
    return 2 * config["INTERVAL_SECONDS"] + config["LOCK_TIMEOUT_SECONDS"]


def kick():
    """Start the chain unless one is scheduled already (idempotent); True when this call started it."""
    config = scheduler_settings(settings)
    if not config["ENABLED"]:
        return False
    token = uuid.uuid4().hex
    if not cache.add(CHAIN_KEY, token, timeout=_chain_timeout(config)):
        return False
    sweep_and_reschedule.apply_async(kwargs={"chain": token}, countdown=random.randint(0, KICK_JITTER_SECONDS))
    log.info("ilelln scheduler: started the sweep chain")
    return True


@shared_task(bind=True, ignore_result=True)
def sweep_and_reschedule(self, chain=None):
    """Sweep (allocation and reminders) under the lock, then schedule the next run after ``INTERVAL_SECONDS``.

    ``chain`` is the token the run was scheduled with; without one (a manual call) the task sweeps once and
    schedules nothing. In eager mode (``CELERY_TASK_ALWAYS_EAGER``, tests) nothing is rescheduled either: the
    next run would execute at once, inside this one, for ever.
    """
    config = scheduler_settings(settings)
    if not config["ENABLED"]:
        log.info("ilelln scheduler: ILELLN_SCHEDULER['ENABLED'] is off; the chain stops")
        return None
    if chain is not None and cache.get(CHAIN_KEY) != chain:
        log.info("ilelln scheduler: a stray run of an old chain stops")
        return None
    try:
        return sweep.run_locked()._asdict()
    finally:
        if chain is not None:
            if self.request.is_eager:
                if cache.get(CHAIN_KEY) == chain:
                    cache.delete(CHAIN_KEY)
            else:
                following = uuid.uuid4().hex
                cache.set(CHAIN_KEY, following, timeout=_chain_timeout(config))
                self.apply_async(kwargs={"chain": following}, countdown=config["INTERVAL_SECONDS"])


@worker_ready.connect
def start_on_worker_ready(sender=None, **kwargs):  # pylint: disable=unused-argument
    """Kick the chain when a worker comes up; the kick does nothing while a chain is scheduled.

    Like ORA2 since its fix for rolling deploys, this never clears the chain key: a restarting worker must not
    start a second chain beside one whose next run waits in the broker.
    """
    if getattr(settings, "ROOT_URLCONF", "").startswith("cms."):
        return  # Studio's worker: reminders link to the LMS and the LMS worker sweeps
    try:
        kick()
    except Exception:  # pylint: disable=broad-except  (a cache or broker hiccup must not stop the worker)
        log.exception("ilelln scheduler: could not start the sweep chain")
