"""Defects of the issue that only show in the LMS-shaped world, one test each (they fail until fixed)."""
import json

import pytest
from completion.models import BlockCompletion
from opaque_keys.edx.locator import BlockUsageLocator
from webob import Request

from .services import Team, TeamsService
from .world import COURSE, PlatformWorld

pytestmark = pytest.mark.django_db


def post(block, handler, payload):
    request = Request.blank("/", method="POST", body=json.dumps(payload).encode(),
                            headers={"Content-Type": "application/json"})
    response = block.runtime.handle(block, handler, request)
    return response.status_code, json.loads(response.body)


@pytest.mark.parametrize("olx", [
    '<ilelln_listening url_name="b" media_url="/static/talk.mp3"><question_text>Q?</question_text></ilelln_listening>',
    '<ilelln_speaking url_name="b" model_audio="/static/model.mp3" prompt="Describe your library."/>',
], ids=["listening", "speaking"])
def test_a_course_file_url_renders_through_replace_urls(pworld, olx):
    """A10: ``/static/`` course files go through the ``replace_urls`` service the LMS provides."""
    key = pworld.load(olx)
    html = pworld.block(key, "alice").render("student_view", {}).content
    assert "/static/talk.mp3" not in html and "/static/model.mp3" not in html
    assert "+type@asset+block/" in html


def test_peer_review_within_teams_takes_a_submission(completion_on):  # pylint: disable=unused-argument
    """A11: with "Review within teams" ticked, submitting uses the ``teams`` service and works."""
    world = PlatformWorld(teams=TeamsService([Team("t1", "Readers", "topic-a", ("amal", "basma"))]))
    key = world.load('<ilelln_peer_review url_name="p" group_by_team="true" teams_topic="topic-a">'
                     '<prompt>Write.</prompt></ilelln_peer_review>')
    status, body = post(world.block(key, "amal"), "submit", {"text": "<p>Dear Ms Okafor.</p>", "links": []})
    assert status == 200, body


def test_a_wrong_first_answer_does_not_complete_the_gap_fill(pworld):
    """B1: the grade of a wrong first attempt reaches the grades app, whose signal must not complete the block."""
    key = pworld.load('<ilelln_gap_fill url_name="g" max_attempts="3"><text>Dear [[colleague]],</text>'
                      '</ilelln_gap_fill>')
    status, _body = post(pworld.block(key, "alice"), "check", {"answers": ["nonsense"]})
    assert status == 200
    row = BlockCompletion.objects.filter(block_key=BlockUsageLocator(COURSE, "ilelln_gap_fill", "g")).first()
    assert row is None or row.completion < 1.0
