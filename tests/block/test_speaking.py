"""Speaking in process: uploads kept in Django storage, playback rights, submit, offline path, staff feedback."""
import json

import pytest
from django.core.files.storage import default_storage
from django.utils import translation
from lxml import etree
from webob import Request

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.speaking.scenarios import INTRODUCE, VOICEMAIL
from ilelln_xblocks.models import Recording
from tests.helpers import call_handler, user_state
from tests.unit.test_speaking_logic import wav

pytestmark = pytest.mark.django_db
OGG = b"OggS" + b"\x00" * 4000


@pytest.fixture
def intro(world, settings, tmp_path):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    settings.MEDIA_ROOT = str(tmp_path)
    return world, world.load(INTRODUCE)


def upload(block, body, duration="12.5", method="POST"):
    request = Request.blank("/", method=method, body=body,
                            headers={"Content-Type": "audio/ogg", "X-Duration": duration})
    response = block.handle("upload", request)
    return response.status_code, json.loads(response.body)


def play(block, suffix=""):
    response = block.handle("recording", Request.blank("/"), suffix)
    return response.status_code, response.body


def test_a_recording_is_stored_replaced_and_played_back(intro):
    world, root = intro
    code, body = upload(world.block(root), OGG)
    assert code == 200 and body["seconds"] == 12.5
    first = Recording.objects.get(learner="alice")
    assert default_storage.exists(first.file) and first.content_type == "audio/ogg"
    code, body = upload(world.block(root), wav(3))
    second = Recording.objects.get(learner="alice")
    assert code == 200 and body["seconds"] == 3.0 and second.content_type == "audio/wav"
    assert not default_storage.exists(first.file)           # re-recording replaces the draft
    assert play(world.block(root)) == (200, wav(3))


@pytest.mark.parametrize("body, duration, status, words", [
    (b"", "5", 400, "empty"),
    (b"<html><script>alert(1)</script>" * 10, "5", 415, "not a recording"),   # 415 as for photos
    (b"OggS" + b"\x00" * 100, "600", 400, "longer than 60 seconds"),
    (b"OggS" + b"\x00" * 100, "abc", 400, "length of the recording"),
    (b"OggS" + b"\x00" * (3 * 1024 * 1024 + 1), "5", 413, "larger than 3.0\xa0MB"),
])
def test_bad_uploads_are_refused_and_nothing_is_stored(intro, body, duration, status, words):
    world, root = intro
    with translation.override("en"):
        code, answer = upload(world.block(root), body, duration)
    assert code == status and words in answer["error"]
    assert not Recording.objects.exists()


def test_only_the_learner_and_staff_can_play_a_recording(intro):
    world, root = intro
    upload(world.block(root, "alice"), OGG)
    assert play(world.block(root, "bob"), "alice")[0] == 403
    assert play(world.block(root, "bob"))[0] == 404
    assert play(world.block(root, "staff"), "alice") == (200, OGG)
    assert play(world.runtime(None).get_block(root))[0] == 403


def test_submitting_completes_the_activity_and_freezes_the_recording(intro):
    world, root = intro
    assert call_handler(world.block(root), "submit", {"self_check": [True] * 5})[0] == 400   # nothing recorded
    upload(world.block(root), OGG)
    assert call_handler(world.block(root), "submit", {"self_check": [True, False]})[0] == 400
    code, _body = call_handler(world.block(root), "submit", {"self_check": [True, True, False, True, True]})
    assert code == 200 and world.events_of("completion") == [{"completion": 1.0}]
    assert Recording.objects.get(learner="alice").self_check == [True, True, False, True, True]
    assert upload(world.block(root), OGG)[0] == 409
    assert call_handler(world.block(root), "submit", {"self_check": [True] * 5})[0] == 409


def test_without_a_microphone_a_learner_can_continue_offline(intro):
    world, root = intro
    code, _body = call_handler(world.block(root), "offline", {"note": "I presented at the branch meeting."})
    assert code == 200 and Recording.objects.get(learner="alice").status == "submitted"
    assert call_handler(world.block(root), "offline", {"note": "Again"})[0] == 409
    assert call_handler(world.block(root, "bob"), "offline", {"note": ""})[0] == 400


def test_staff_feedback_and_score_reach_the_learner(intro):
    world, root = intro
    upload(world.block(root), OGG)
    call_handler(world.block(root), "submit", {"self_check": [True] * 5})
    assert call_handler(world.block(root, "bob"), "feedback", {"learner": "alice", "feedback": "x"})[0] == 403
    assert call_handler(world.block(root, "staff"), "feedback", {"learner": "nobody", "feedback": "x"})[0] == 404
    code, _body = call_handler(world.block(root, "staff"), "feedback",
                               {"learner": "alice", "feedback": "Clear and warm. Slow down at the end.", "score": 85})
    assert code == 200
    with translation.override("en"):
        html = world.block(root, "alice").render("student_view").content
    assert "Slow down at the end." in html and "Score: 85%" in html
    assert world.events_of("grade", "alice") == [{"value": 0.85, "max_value": 1.0, "only_if_higher": None}]
    staff_html = world.block(root, "staff").render("student_view").content
    assert "Recordings to review (staff only)" in staff_html and "recording/alice" in staff_html


def test_student_view_data_and_validation(world):
    root = world.load('<ilelln_speaking max_seconds="2" model_audio="ftp://x"/>')
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Write the prompt for the learners." in messages
    assert "The longest recording must be between 5 and 600 seconds." in messages
    assert "The model answer must be an https:// address or a /static/ course file." in messages
    block = world.block(world.load(VOICEMAIL, scenario="v"))
    assert block.student_view_data()["model_audio"].endswith("voicemail_interlibrary_loan.ogg")
    assert user_state(block)["status"] is None


@pytest.mark.parametrize("source", [INTRODUCE, VOICEMAIL])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<prompt>" in exported and "<item>" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("prompt", "gloss", "checklist", "max_seconds", "model_audio", "staff_graded", "display_name"):
        assert getattr(second, name) == getattr(first, name), name


def test_each_checklist_row_shows_the_authors_statement_and_the_learners_tick(intro):
    """Checklist rows are partials rendered once per statement and tick: a tick kept on the draft shows, and
    a change shows at once, in English and in Arabic (the statements stay English, left to right)."""
    world, root = intro
    assert upload(world.block(root), OGG)[0] == 200

    def boxes(language):
        with translation.override(language):
            html = world.block(root).student_view().content
        return html, [line for line in html.split("<label") if 'type="checkbox"' in line]

    html, rows = boxes("en")
    assert len(rows) == 5 and not any(" checked" in row for row in rows) and "I said my name" in rows[0]
    Recording.objects.filter(learner="alice").update(self_check=[False, True, False, False, False])
    for language in ("en", "ar"):
        html, rows = boxes(language)
        assert [" checked" in row for row in rows] == [False, True, False, False, False]
        assert 'lang="en" dir="ltr"' in rows[1] and "I described who uses the library." in rows[1]
    assert 'dir="rtl"' in html                 # the page around the rows is Arabic
