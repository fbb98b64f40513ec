"""Vocabulary in process: the Leitner schedule on the server, matching, the graded test, Studio and OLX."""
import re

import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.vocabulary.scenarios import LIBRARY_TERMS, TERMS
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db
WORDS = [term[0] for term in TERMS]


@pytest.fixture
def vocab(world):
    return world, world.load(LIBRARY_TERMS)


def test_knowing_a_card_schedules_it_days_ahead_with_fsrs_and_moves_it_to_the_back(vocab):
    world, root = vocab
    with translation.override("en"):
        code, body = call_handler(world.block(root), "review", {"term": 0, "known": True})
    assert code == 200 and body["entry"]["card"]["state"] == 2 and body["days"] >= 1
    assert body["next_review"] in ("Next review: tomorrow.", f"Next review in {body['days']} days.")
    assert body["deck"][-1] == 0 and body["progress"]["due"] == 11
    with translation.override("ar"):
        code, body = call_handler(world.block(root), "review", {"term": 0, "known": False})
    assert body["days"] == 0 and body["progress"]["due"] == 12 and body["next_review"] != "Next review: later today."
    assert world.block(root).schedule["interlibrary loan"]["due"] == body["entry"]["due"]
    assert world.block(root, "bob").schedule == {}


def test_an_old_leitner_schedule_keeps_working(vocab):
    world, root = vocab
    block = world.block(root)
    block.schedule = {"interlibrary loan": {"box": 4, "due": "2000-01-01"}}
    block.save()
    assert call_handler(world.block(root), "review", {"term": 0, "known": True})[0] == 200
    entry = world.block(root).schedule["interlibrary loan"]
    assert "card" in entry and entry["card"]["stability"] > 21


def test_matching_is_checked_on_the_server_with_opaque_gloss_ids(vocab):
    world, root = vocab
    block = world.block(root)
    tokens = block.gloss_tokens()
    pairs = {str(index): tokens[index] for index in range(len(tokens))}
    pairs["0"], pairs["1"] = tokens[1], tokens[0]
    with translation.override("en"):
        code, body = call_handler(block, "match", {"pairs": pairs})
    assert code == 200 and body["summary"] == "10 of 12 matched correctly."
    assert body["right"]["0"] is False and body["right"]["2"] is True
    assert world.events_of("grade") == []


def test_the_test_forgives_typos_as_half_and_keeps_the_best_score(vocab):
    world, root = vocab
    answers = list(WORDS)
    answers[0], answers[1] = "interlibary loan", "shelf mark"
    code, body = call_handler(world.block(root), "take_test", {"answers": answers})
    assert code == 200 and body["credits"][:2] == [0.5, 0.0]
    assert body["score"] == pytest.approx(10.5 / 12) and body["answers"] is None
    code, body = call_handler(world.block(root), "take_test", {"answers": ["x"] * 12})
    assert body["score"] == pytest.approx(10.5 / 12) and body["answers"] == WORDS
    assert [e["value"] for e in world.events_of("grade")] == pytest.approx([10.5 / 12] * 2)
    code, body = call_handler(world.block(root), "take_test", {"answers": WORDS})
    assert code == 409


@pytest.mark.parametrize("handler, payload", [
    ("review", {"term": 99, "known": True}),
    ("review", {"term": "x", "known": True}),
    ("review", {"known": True}),
    ("match", {"pairs": {"0": "guess"}}),
    ("match", {"pairs": []}),
    ("take_test", {"answers": ["interlibrary loan"]}),
    ("take_test", {"answers": [1] * 12}),
    ("take_test", {"answers": WORDS, "score": 1}),
])
def test_bad_input_is_refused_and_changes_nothing(vocab, handler, payload):
    world, root = vocab
    code, body = call_handler(world.block(root), handler, payload)
    assert code == 400 and body["error"]
    block = world.block(root)
    assert block.schedule == {} and block.test_attempts == 0


@pytest.mark.parametrize("handler, payload", [("review", {"term": 0, "known": True}),
                                              ("take_test", {"answers": WORDS})])
def test_not_signed_in_is_refused(vocab, handler, payload):
    world, root = vocab
    code, _body = call_handler(world.runtime(None).get_block(root), handler, payload)
    assert code == 403


def test_arabic_glosses_are_right_to_left_and_english_terms_left_to_right(vocab):
    world, root = vocab
    with translation.override("ar"):
        html = world.block(root).render("student_view").content
    assert '<span lang="ar" dir="rtl">الإعارة بين المكتبات</span>' in html
    assert 'dir="rtl"' in html and "مكتب الإعارة" in html and "الاختبار" in html


def test_studio_validation(world):
    root = world.load('<ilelln_vocabulary><term word="catalogue" gloss="الفهرس"><definition>List.</definition>'
                      "</term></ilelln_vocabulary>")
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert any(text.startswith("Term 1: Write 'term | Arabic gloss") for text in messages)


def test_olx_round_trip_writes_readable_terms(world):
    first = world.block(world.load(LIBRARY_TERMS))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert '<term word="interlibrary loan" gloss="الإعارة بين المكتبات">' in exported
    second = world.block(world.load(exported, scenario="again"))
    assert second.terms == first.terms and second.instructions == first.instructions


def test_the_view_shows_each_learners_order_the_authors_edit_and_the_tests_end(vocab):
    """The rows are rendered once per content and put in order per view: each learner keeps their own order of
    rows and options, an edit in Studio shows at once, and a finished test's rows are read-only."""
    world, root = vocab

    def view(user="alice"):
        with translation.override("en"):
            return world.block(root, user).render("student_view").content

    def rows(html):  # the matching rows' terms, then the first row's option ids, in page order
        return re.findall(r'-m(\d+)" data-term', html), re.findall(r'<option value="(\w+)">', html)[:12]

    alice, bob = rows(view()), rows(view("bob"))
    assert sorted(alice[0], key=int) == [str(index) for index in range(12)]
    assert alice[0] != bob[0] and alice[1] != bob[1] and sorted(alice[1]) == sorted(bob[1])
    block = world.block(root)
    block.terms = [*block.terms[:2], "shelf | رف | Where <books> stand. | On the shelf."]
    block.display_name = "Shelf <words>"
    block.save()
    html = view()
    assert len(rows(html)[0]) == 3 and ">shelf</label>" in html and "Where &lt;books&gt; stand." in html
    assert '<h2 dir="auto">Shelf &lt;words&gt;</h2>' in html and "3 terms · 3 to study today" in html
    assert "readonly" not in html
    for _attempt in range(2):
        call_handler(world.block(root), "take_test", {"answers": ["x"] * 3})
    assert view().count(" readonly>") == 3 and "readonly" not in view("bob")
