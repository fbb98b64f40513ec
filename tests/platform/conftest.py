"""Fixtures of the platform world: a course with opaque keys, completion tracking switched on as in the LMS."""
import pytest
from eventtracking import tracker

from .world import PlatformWorld


@pytest.fixture(autouse=True, scope="session")
def event_tracker():
    """An event tracker with no backends: edx-completion emits a tracking event per completion, as in the LMS
    (where ``EVENT_TRACKING_BACKENDS`` registers the real one)."""
    tracker.register_tracker(tracker.Tracker(backends={}))


@pytest.fixture
def completion_on(db):  # pylint: disable=unused-argument
    """The waffle switch ``completion.enable_completion_tracking`` on (edx-completion ``completion/waffle.py``)."""
    from waffle.models import Switch  # pylint: disable=import-outside-toplevel
    Switch.objects.update_or_create(name="completion.enable_completion_tracking", defaults={"active": True})


@pytest.fixture
def pworld(completion_on):  # pylint: disable=unused-argument
    """An empty course in the LMS-shaped world; submissions-API scores reach its gradebook's signal chain."""
    from submissions.models import score_set  # pylint: disable=import-outside-toplevel
    world = PlatformWorld()
    score_set.connect(world.gradebook.submissions_score_set, dispatch_uid="platform-world")
    yield world
    score_set.disconnect(dispatch_uid="platform-world")
