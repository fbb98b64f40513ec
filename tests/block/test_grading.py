"""Peer grades through the submissions API when two requests score the same learner at once."""
import pytest
from submissions import api as submissions_api
from submissions.models import StudentItem

from ilelln_xblocks.core import grading
from tests.helpers import CourseWorld

pytestmark = pytest.mark.django_db


def test_a_score_set_while_another_request_creates_the_student_item_still_lands(monkeypatch):
    """The second of two concurrent first scores finds the student item missing, then fails to create it
    (the first just did): the API answers SubmissionRequestError, which was a 500 on the live server."""
    world = CourseWorld()
    block = world.block(world.load('<ilelln_peer_review display_name="Work"/>'))
    item = {"student_id": "amal", "course_id": "course-v1:ILELLN+LEAD+2026", "item_id": str(block.scope_ids.usage_id),
            "item_type": "ilelln_peer_review"}
    StudentItem.objects.create(**item)  # the other request's student item, committed a moment ago
    real_get = StudentItem.objects.get
    misses = []

    def stale_get(*args, **kwargs):  # this request looked before that commit
        if not misses:
            misses.append(1)
            raise StudentItem.DoesNotExist
        return real_get(*args, **kwargs)

    monkeypatch.setattr(StudentItem.objects, "get", stale_get)
    assert grading.set_score_for(block, "amal", 0.87, item["course_id"])
    assert misses == [1]
    assert submissions_api.get_score(item)["points_earned"] == 87
