"""Fixtures for the reminder tests (imported by the test modules): the scheduler on, a clean cache, eager Celery."""
import pytest
from django.core.cache import cache

from tests.reminders.builders import SCHEDULER


@pytest.fixture(autouse=True)
def scheduler(settings):
    settings.ILELLN_SCHEDULER = dict(SCHEDULER)
    settings.LMS_ROOT_URL = "https://lms.example.org"
    settings.ILELLN_WORKBENCH_LANGUAGES = {}
    cache.clear()
    yield settings.ILELLN_SCHEDULER
    cache.clear()


@pytest.fixture
def eager():
    """Celery's default app running tasks in the caller (what CELERY_TASK_ALWAYS_EAGER does in the LMS's tests)."""
    from celery import current_app
    before = (current_app.conf.task_always_eager, current_app.conf.task_eager_propagates)
    current_app.conf.task_always_eager = current_app.conf.task_eager_propagates = True
    yield current_app
    current_app.conf.task_always_eager, current_app.conf.task_eager_propagates = before
