"""Listening in process: scoring answers and dictation, transcript rules, media, Studio and OLX."""
import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.listening.scenarios import VOICEMAIL
from tests.helpers import call_handler, user_state

pytestmark = pytest.mark.django_db
SENTENCE = "The loan period is four weeks, and we will post them on Monday the fifteenth."


@pytest.fixture
def voicemail(world):
    return world, world.load(VOICEMAIL)


def test_full_marks_for_right_answers_and_an_exact_dictation(voicemail):
    world, root = voicemail
    code, body = call_handler(world.block(root), "submit", {"answers": [0, [0, 1], "By email."], "dictation": SENTENCE})
    assert code == 200 and body["score"] == 1.0
    assert all(word["status"] == "ok" for word in body["dictation"])
    assert body["solutions"][1] == ["The two books are ready to send.", "The loan period is four weeks."]
    assert body["transcript"].startswith("Hello, this is Grace")
    assert world.events_of("grade") == [{"value": 1.0, "max_value": 1.0, "only_if_higher": True}]
    assert world.events_of("completion") == [{"completion": 1.0}]


def test_partial_answers_and_a_dictation_with_mistakes(voicemail):
    world, root = voicemail
    typed = "The loan periode is four weeks and we post them on Monday fifteenth"
    code, body = call_handler(world.block(root), "submit", {"answers": [1, [0], "by emial"], "dictation": typed})
    assert code == 200
    assert [result["credit"] for result in body["results"]] == [0.0, 0.5, 0.5]
    statuses = [word["status"] for word in body["dictation"]]
    assert statuses.count("almost") == 1 and statuses.count("missing") == 2
    expected = (0 + 0.5 + 0.5 + (12.5 / 15)) / 4
    assert body["score"] == pytest.approx(expected)
    assert body["solutions"] is None and body["attempts_left"] == 1


def test_the_transcript_and_the_dictation_s_words_wait_for_the_last_attempt(voicemail):
    world, root = voicemail                           # two attempts, transcript "after submitting"
    block = world.block(root)
    assert "Hello, this is Grace" not in block.render("student_view").content
    assert "transcript" not in block.student_view_data() and user_state(block)["transcript"] is None
    code, body = call_handler(world.block(root), "submit", {"answers": [0, [0], "email"], "dictation": "x"})
    assert code == 200 and body["transcript"] is None and body["solutions"] is None
    hidden = [word["expected"] for word in body["dictation"] if word["status"] != "correct"]
    assert hidden and set(hidden) == {"…"}            # which words to fix, not the words themselves
    assert "Hello, this is Grace" not in world.block(root).render("student_view").content
    assert user_state(world.block(root))["transcript"] is None
    code, body = call_handler(world.block(root), "submit", {"answers": [0, [0], "email"], "dictation": "x"})
    assert body["transcript"].startswith("Hello, this is Grace") and body["solutions"]
    assert "…" not in [word["expected"] for word in body["dictation"]]
    assert "Hello, this is Grace" in world.block(root).render("student_view").content
    assert user_state(world.block(root))["transcript"].startswith("Hello, this is Grace")


def test_the_attempts_counter_s_words_come_with_every_check_and_read_the_same(voicemail):
    world, root = voicemail
    with translation.override("en"):
        assert "2 attempts left" in world.block(root).render("student_view").content
        _code, body = call_handler(world.block(root), "submit", {"answers": [0, [0], "email"], "dictation": "x"})
        assert body["attempts_text"] == "1 attempt left"
        assert '<span class="ilelln-attempts">1 attempt left</span>' in world.block(root).render("student_view").content
    with translation.override("ar"):
        _code, body = call_handler(world.block(root), "submit", {"answers": [0, [0], "email"], "dictation": "x"})
        assert body["attempts_text"] == world.block(root).ngettext("%(left)s attempt left", "%(left)s attempts left",
                                                                   0) % {"left": 0} != "0 attempts left"


def test_packaged_audio_is_served_by_the_runtime(voicemail):
    world, root = voicemail
    url, is_video = world.block(root).media()
    assert url.endswith("/static/common/audio/voicemail_interlibrary_loan.ogg") and not is_video
    with world.block(root).open_local_resource("static/common/audio/voicemail_interlibrary_loan.ogg") as audio:
        assert audio.read(4) == b"OggS"


@pytest.mark.parametrize("payload", [
    {"answers": [0, [0, 1]], "dictation": SENTENCE},              # a question unanswered
    {"answers": [None, [0], "email"], "dictation": ""},
    {"answers": [9, [0], "email"], "dictation": ""},              # no such choice
    {"answers": [0, [0, 0], "email"], "dictation": ""},           # the same choice twice
    {"answers": [0, [0], 42], "dictation": ""},
    {"answers": [0, [0], "email"], "dictation": "x" * 2001},
    {"answers": [0, [0], "email"], "score": 1},
])
def test_bad_submissions_are_refused_without_using_an_attempt(voicemail, payload):
    world, root = voicemail
    code, body = call_handler(world.block(root), "submit", payload)
    assert code == 400 and body["error"]
    assert world.block(root).attempts == 0


def test_attempts_run_out(voicemail):
    world, root = voicemail
    for _ in range(2):
        assert call_handler(world.block(root), "submit", {"answers": [1, [2], "x"], "dictation": ""})[0] == 200
    code, body = call_handler(world.block(root), "submit", {"answers": [0, [0, 1], "email"], "dictation": SENTENCE})
    assert code == 409 and body["error"]


def test_not_signed_in_cannot_submit(voicemail):
    world, root = voicemail
    code, _body = call_handler(world.runtime(None).get_block(root), "submit", {"answers": [0, [0], "e"],
                                                                               "dictation": ""})
    assert code == 403


def test_answers_never_reach_the_page_or_mobile_data(voicemail):
    world, root = voicemail
    block = world.block(root)
    data = block.student_view_data()
    assert all(isinstance(choice, str) for question in data["questions"] for choice in question["choices"])
    assert "by email" not in str(data) and "fifteenth" not in str(data)
    html = block.render("student_view").content
    assert "by email" not in html and "fifteenth" not in html


def test_studio_validation(world):
    root = world.load('<ilelln_listening media_url="ftp://x"><questions>? single | Q\n+ a\n+ b</questions>'
                      "</ilelln_listening>")
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Give the recording as an https:// address or a course file starting with /static/." in messages
    assert "Question 1 needs at least two choices and exactly one right one." in messages


def test_olx_round_trip(world):
    first = world.block(world.load(VOICEMAIL))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<questions>" in exported and "<dictation>" in exported and "<transcript>" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("media_url", "transcript", "question_text", "dictation_text", "transcript_rule", "display_name"):
        assert getattr(second, name) == getattr(first, name), name


def test_a_dictation_with_an_extra_word_and_digits_tells_the_learner_each_kind_of_error(voicemail):
    world, root = voicemail
    typed = "The loan period is 4 weeks, and we will post them all on Monday the 15th."
    with translation.override("en"):
        code, body = call_handler(world.block(root), "submit", {"answers": [0, [0, 1], "By email."],
                                                                 "dictation": typed})
    assert code == 200 and [word["status"] for word in body["dictation"]].count("extra") == 1
    assert body["dictation_summary"].startswith("Wrong words: 0 · missing: 0 · extra: 1")
    assert body["score"] == pytest.approx((3 + 14 / 15) / 4)
    with translation.override("ar"):
        code, body = call_handler(world.block(root), "submit", {"answers": [0, [0, 1], "By email."],
                                                                 "dictation": typed})
    assert body["dictation_summary"].startswith("كلمات خاطئة: 0")


def test_each_learners_view_shows_their_own_answers_in_both_languages(voicemail):
    world, root = voicemail
    call_handler(world.block(root, user="amal"), "submit", {"answers": [1, [2], "by post"], "dictation": "The loan"})
    for language in ("en", "ar"):
        with translation.override(language):
            amal = world.block(root, user="amal").render("student_view").content
            other = world.block(root, user="badr").render("student_view").content
        assert 'value="1" checked' in amal and 'value="2" checked' in amal and 'value="by post"' in amal
        assert " checked" not in other and 'value="by post"' not in other


def test_an_edit_of_the_questions_shows_at_once_beside_the_learners_answers(voicemail):
    """Unanswered questions are rendered once per content: an author's edit must reach every view at once,
    and a learner's saved answers keep showing on the questions they answered."""
    world, root = voicemail
    call_handler(world.block(root, user="amal"), "submit", {"answers": [1, [2], "by post"], "dictation": "The loan"})
    for user in ("amal", "badr"):
        assert world.block(root, user=user).render("student_view").content.count("<fieldset") == 3
    block = world.block(root)
    block.question_text += "\n? single | Where is <Grace>?\n+ Nairobi\n- Tanta"
    block.save()
    with translation.override("en"):
        amal = world.block(root, user="amal").render("student_view").content
        badr = world.block(root, user="badr").render("student_view").content
    for html in (amal, badr):
        assert html.count("<fieldset") == 4 and "4. Where is &lt;Grace&gt;?" in html and "> Nairobi</label>" in html
    assert 'value="1" checked' in amal and 'value="by post"' in amal and 'name="ilelln-' in amal
    assert amal.count(" checked") == 2 and " checked" not in badr
