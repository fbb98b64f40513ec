"""A refused form names the field and what is wrong with it (the limit), in the learner's language,
and nothing is stored: one table over several forms of several blocks."""
import re

import pytest
from django.utils import translation

from ilelln_xblocks.collaboration.team_project.scenarios import READING_CLUB
from ilelln_xblocks.english.gap_fill.scenarios import EMAIL as GAP_EMAIL
from ilelln_xblocks.english.writing.scenarios import EMAIL as WRITING_EMAIL
from ilelln_xblocks.models import DiscussionPost, PeerSubmission, ProjectTeam, WritingSubmission
from tests.block.test_discussion import OLX as DISCUSSION
from tests.block.test_peer_review import OLX as PEER
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

GAPS = ["to", "in", "x" * 201, "for", "information", "to hearing"]


def nothing_in_peer_review(world, root):
    return not PeerSubmission.objects.exists() and world.block(root, "amal").draft_text == "<p>Before</p>"


def nothing_in_writing(world, root):
    return not WritingSubmission.objects.exists() and not world.events_of("grade")


def nothing_in_discussion(world, root):
    return not DiscussionPost.objects.exists()


def nothing_in_gap_fill(world, root):
    return world.block(root, "amal").attempts == 0 and not world.events_of("grade")


def nothing_in_team_project(world, root):
    return not ProjectTeam.objects.exists()


def draft_first(world, root):
    assert call_handler(world.block(root, "amal"), "save_draft", {"text": "<p>Before</p>", "links": []})[0] == 200


CASES = [
    pytest.param(
        PEER.format(extra=""), draft_first, "amal", "save_draft",
        {"text": "<p>Dear Ms Okafor</p>", "links": ["https://library.example.org", "see my notes"]},
        "Links: link 2, 'see my notes', is not a web address (http or https). Nothing was saved.",
        "الروابط: الرابط 2، \u200f'see my notes'، ليس عنوان ويب (http أو https). لم يُحفظ شيء.",
        nothing_in_peer_review, id="peer-review-links"),
    pytest.param(
        WRITING_EMAIL, None, "staff", "override", {"learner": "amal", "score": 150, "comment": "Well done"},
        "Score: Enter a whole number from 0 to 100. Nothing was saved.",
        "الدرجة: أدخل عددًا صحيحًا من 0 إلى 100. لم يُحفظ شيء.",
        nothing_in_writing, id="writing-override-score"),
    pytest.param(
        WRITING_EMAIL, None, "staff", "override", {"learner": "amal", "score": "a lot"},
        "Score: Enter a whole number from 0 to 100. Nothing was saved.",
        "الدرجة: أدخل عددًا صحيحًا من 0 إلى 100. لم يُحفظ شيء.",
        nothing_in_writing, id="writing-override-not-a-number"),
    pytest.param(
        DISCUSSION.format(anonymity="optional"), None, "amal", "post", {"title": "Idea", "body": ""},
        "Post: This field is required. Nothing was saved.",
        "المشاركة: هذا الحقل مطلوب. لم يُحفظ شيء.",
        nothing_in_discussion, id="discussion-empty-post"),
    pytest.param(
        GAP_EMAIL, None, "amal", "check", {"answers": GAPS},
        "Answers: gap 3 is longer than 200 characters. Nothing was saved.",
        "الإجابات: الفراغ 3 أطول من 200 حرف. لم يُحفظ شيء.",
        nothing_in_gap_fill, id="gap-fill-long-answer"),
    pytest.param(
        READING_CLUB, None, "salma", "create_team", {"name": "n" * 150},
        "Team name: Ensure this value has at most 100 characters (it has 150). Nothing was saved.",
        "اسم الفريق: ",
        nothing_in_team_project, id="team-project-name"),
]


@pytest.mark.parametrize("olx, before, user, handler, payload, english, arabic, nothing_stored", CASES)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_refused_form_names_the_field_and_the_limit(world, settings, language, olx, before, user, handler,
                                                      payload, english, arabic, nothing_stored):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(olx)
    if before:
        before(world, root)
    with translation.override(language):
        code, body = call_handler(world.block(root, user), handler, payload)
    assert code == 400
    if language == "en":
        assert body["error"] == english
    else:
        assert body["error"].startswith(arabic) and body["error"].endswith(" لم يُحفظ شيء.")
        assert not any(character.isascii() and character.isalpha() for character in body["error"].split(":")[0])
        assert all(number in body["error"] for number in re.findall(r"\d+", english))   # the same limits
    assert body["fields"] and all(isinstance(messages, list) for messages in body["fields"].values())
    assert nothing_stored(world, root)


def test_every_refused_field_is_named_when_several_are_wrong(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(WRITING_EMAIL)
    with translation.override("en"):
        code, body = call_handler(world.block(root, "staff"), "override",
                                  {"learner": "", "score": -1, "comment": "c" * 2001})
    assert code == 400
    assert body["error"] == ("Learner: This field is required. Score: Enter a whole number from 0 to 100. "
                             "Comment: Ensure this value has at most 2000 characters (it has 2001). "
                             "Nothing was saved.")
    assert set(body["fields"]) == {"learner", "score", "comment"}
    assert nothing_in_writing(world, root)
