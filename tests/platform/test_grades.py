"""The gradebook shows a peer-review learner the grade the block computed, whatever channel carried it.

The grades app takes a submissions-API score before any CSM score from grade events (openedx-platform
``lms/djangoapps/grades/scores.py`` @e57a655, modelled by :class:`~tests.platform.services.Gradebook`).
"""
import json

import pytest
from webob import Request

from ilelln_xblocks.models import PeerGrade, PeerReview

from .services import anonymous_id
from .world import COURSE

pytestmark = pytest.mark.django_db

OLX = """<ilelln_peer_review url_name="story-hour" reviews_per_submission="2" submission_due="2099-01-01T00:00:00Z">
  <prompt>Write an email proposing a joint story hour.</prompt>
  <rubric>
    <criterion key="purpose" label="Clear purpose">
      <level points="0" label="Missing">No purpose.</level><level points="2" label="Clear">First paragraph.</level>
    </criterion>
  </rubric>
</ilelln_peer_review>"""
LEARNERS = ["amal", "basma", "chadi", "dina"]


def post(block, handler, payload):
    request = Request.blank("/", method="POST", body=json.dumps(payload).encode(),
                            headers={"Content-Type": "application/json"})
    response = block.runtime.handle(block, handler, request)
    assert response.status_code == 200, response.body
    return json.loads(response.body)


def give_reviews(world, key, username, level):
    for review in PeerReview.objects.filter(reviewer=anonymous_id(username, COURSE), status="assigned"):
        post(world.block(key, username), "submit_review", {"review": review.id, "levels": {"purpose": level},
                                                          "comment": "Clear enough."})


def block_grade(key, username):
    row = PeerGrade.objects.get(block_key=str(key), learner=anonymous_id(username, COURSE))
    return row.override_score if row.override_score is not None else row.score


def test_the_gradebook_shows_the_peer_grade_the_block_computed(pworld):
    key = pworld.load(OLX)
    for username in LEARNERS:
        post(pworld.block(key, username), "submit", {"text": f"<p>Dear Ms Okafor, I am {username}.</p>",
                                                    "links": []})
    post(pworld.block(key, "sam", staff=True), "allocate", {})
    for reviewer in LEARNERS[1:]:                 # amal's work is graded in her reviewers' requests
        give_reviews(pworld, key, reviewer, 1)
    amal = pworld.user("amal")
    assert pworld.gradebook.fraction(amal, key, COURSE) == pytest.approx(block_grade(key, "amal"))
    give_reviews(pworld, key, "amal", 1)          # then she gives her reviews: her own grade rises ...
    pworld.block(key, "amal").render("student_view", {})   # ... and she opens the block again
    assert pworld.gradebook.fraction(amal, key, COURSE) == pytest.approx(block_grade(key, "amal"))
    post(pworld.block(key, "sam", staff=True), "override",
         {"learner": anonymous_id("amal", COURSE), "score": 90, "reason": "Excellent partnership"})
    assert pworld.gradebook.fraction(amal, key, COURSE) == pytest.approx(0.9)
