"""Kick the sweep chain from the first request each LMS process serves (``worker_ready`` is the other kick).

A web process that starts after the chain died (say the broker lost its countdown) gets it going again. The
kick is one ``cache.add`` and is skipped where Celery is absent (the workbench without it), in eager mode (the
sweep would run inside the request) and in Studio.
"""
import importlib.util
import logging

from django.conf import settings
from django.core.signals import request_started

from ..settings.common import scheduler_settings

log = logging.getLogger(__name__)


def _kick_once(sender=None, **kwargs):  # pylint: disable=unused-argument
    request_started.disconnect(_kick_once, dispatch_uid=__name__)
    try:
        from celery import current_app  # pylint: disable=import-outside-toplevel

        from .. import tasks  # pylint: disable=import-outside-toplevel
        if current_app.conf.task_always_eager or getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
            return
        tasks.kick()
    except Exception:  # pylint: disable=broad-except  (a request must never fail for the scheduler)
        log.exception("ilelln scheduler: could not kick the sweep chain")


def connect():
    """Called from the app's ``ready()``: listen for the first request when the scheduler is on."""
    if importlib.util.find_spec("celery") is None or not scheduler_settings(settings)["ENABLED"]:
        return
    if getattr(settings, "ROOT_URLCONF", "").startswith("cms."):
        return
    request_started.connect(_kick_once, dispatch_uid=__name__)
