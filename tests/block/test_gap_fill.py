"""The gap fill in process: server-side checking, attempts, grades, feedback, Studio and OLX."""
import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.gap_fill.scenarios import EMAIL, NETWORKING
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db
RIGHT = ["to", "in", "the loan period", "for", "information", "to hearing"]


@pytest.fixture
def email(world):
    return world, world.load(EMAIL)


def test_correct_answers_earn_full_marks_and_complete(email):
    world, root = email
    code, body = call_handler(world.block(root), "check", {"answers": RIGHT})
    assert code == 200 and body["finished"] and body["score"] == 1.0
    assert body["answers"] == RIGHT[:2] + ["the loan period", "for", "information", "to hearing"]
    assert world.events_of("grade") == [{"value": 1.0, "max_value": 1.0, "only_if_higher": True}]
    assert world.events_of("completion") == [{"completion": 1.0}]


def test_typos_get_partial_credit_and_l1_errors_get_the_authors_feedback(email):
    world, root = email
    answers = ["for", "in", "about the loan period", "for", "infromation", "to hear"]
    with translation.override("en"):
        code, body = call_handler(world.block(root), "check", {"answers": answers})
    assert code == 200
    # "to hear" is an anticipated error in this text, so it is not accepted as another form of "to hearing".
    statuses = [result["status"] for result in body["results"]]
    assert statuses == ["expected", "correct", "expected", "correct", "almost", "expected"]
    assert body["results"][4]["message"] == "Almost: check your spelling."
    assert "without 'about'" in body["results"][2]["message"]
    assert body["score"] == pytest.approx((1 + 1 + 0.5) / 6)
    assert body["answers"] is None and body["attempts_left"] == 2
    assert world.events_of("completion") == []


def test_best_score_is_kept_and_attempts_run_out(email):
    world, root = email
    call_handler(world.block(root), "check", {"answers": RIGHT[:5] + ["x"]})
    call_handler(world.block(root), "check", {"answers": ["x"] * 6})
    code, body = call_handler(world.block(root), "check", {"answers": ["x"] * 6})
    assert code == 200 and body["finished"] and body["attempts_left"] == 0
    assert body["score"] == pytest.approx(5 / 6)
    assert [e["value"] for e in world.events_of("grade")] == pytest.approx([5 / 6] * 3)
    code, body = call_handler(world.block(root), "check", {"answers": RIGHT})
    assert code == 409 and body["error"]
    assert world.block(root).best_score == pytest.approx(5 / 6)


@pytest.mark.parametrize("payload", [
    {"answers": ["to"]},
    {"answers": "to in"},
    {"answers": [1, 2, 3, 4, 5, 6]},
    {"answers": ["x" * 201] + RIGHT[1:]},
    {"answers": RIGHT, "score": 1},
    {},
])
def test_bad_input_is_refused_without_using_an_attempt(email, payload):
    world, root = email
    code, body = call_handler(world.block(root), "check", payload)
    assert code == 400 and body["error"]
    assert world.block(root).attempts == 0 and world.events_of("grade") == []


def test_not_signed_in_cannot_check(email):
    world, root = email
    code, _body = call_handler(world.runtime(None).get_block(root), "check", {"answers": RIGHT})
    assert code == 403


def test_answers_never_reach_the_page_or_the_mobile_data_before_the_end(email):
    world, root = email
    block = world.block(root)
    html = block.render("student_view").content
    data = block.student_view_data()
    assert "the loan period" not in html and "informations" not in html
    assert "the loan period" not in str(data) and "without 'about'" not in str(data)
    assert data["pieces"][1] == {"gap": 0, "hint": "purpose: ___ + verb"}


def test_english_text_stays_left_to_right_in_the_arabic_interface(email):
    world, root = email
    with translation.override("ar"):
        html = world.block(root).render("student_view").content
    assert 'dir="rtl"' in html and '<div class="ilelln-gf-text" lang="en" dir="ltr">' in html
    assert "تحقق" in html


def test_learner_answers_are_escaped(email):
    world, root = email
    call_handler(world.block(root), "check", {"answers": ['"><script>alert(1)</script>'] + RIGHT[1:]})
    html = world.block(root).render("student_view").content
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_studio_validation_explains_markup_mistakes(world):
    root = world.load('<ilelln_gap_fill almost_credit="2"><text>Dear [[ ; hint: x]] colleague</text></ilelln_gap_fill>')
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Text with gaps: Gap 1 has no accepted answer." in messages
    assert "The credit for a near miss must be between 0 and 1." in messages


@pytest.mark.parametrize("source", [EMAIL, NETWORKING])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<text>" in exported and "[[to" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("text", "instructions", "gloss", "max_attempts", "almost_credit", "display_name"):
        assert getattr(second, name) == getattr(first, name), name
