"""Ordering in process: opaque ids, server scoring, attempts, Studio and OLX."""
import re

import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.ordering.scenarios import EMAIL_MOVES, PITCH
from tests.helpers import call_handler, user_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def email(world):
    return world, world.load(EMAIL_MOVES)


def correct_tokens(block):
    return block.item_tokens()


def test_the_page_shows_a_shuffle_with_opaque_ids(email):
    world, root = email
    block = world.block(root)
    data = block.student_view_data()
    texts = [item["text"] for item in data["items"]]
    assert sorted(texts) == sorted(block.items) and texts != list(block.items)
    assert all(len(item["id"]) == 12 and not item["id"].isdigit() for item in data["items"])
    assert world.block(root, "bob").student_view_data() == data  # the same for everyone: collected once per publish
    assert sorted(user_state(block)["order"]) == sorted(item["id"] for item in data["items"])
    assert user_state(world.block(root, "bob"))["order"] != user_state(block)["order"] or len(texts) < 3


def test_correct_order_earns_full_marks_and_shows_the_solution(email):
    world, root = email
    block = world.block(root)
    code, body = call_handler(block, "check", {"order": correct_tokens(block)})
    assert code == 200 and body["finished"] and body["score"] == 1.0
    assert body["solution"][0].startswith("Subject:")
    assert world.events_of("grade") == [{"value": 1.0, "max_value": 1.0, "only_if_higher": True}]
    assert world.events_of("completion") == [{"completion": 1.0}]


def test_partial_order_scores_positions_and_keeps_the_learners_order(email):
    world, root = email
    block = world.block(root)
    tokens = correct_tokens(block)
    swapped = [tokens[1], tokens[0]] + tokens[2:]
    with translation.override("en"):
        code, body = call_handler(block, "check", {"order": swapped})
    assert code == 200 and body["score"] == pytest.approx(5 / 7)
    assert body["marks"] == [False, False] + [True] * 5
    assert body["summary"] == "5 of 7 items in the right place." and body["solution"] is None
    html = world.block(root).render("student_view").content
    assert html.index("Dear Dr Mwangi") < html.index("Subject: Interlibrary")


def test_neighbour_scoring_rewards_a_right_block_in_the_wrong_place(world):
    root = world.load(PITCH)
    block = world.block(root)
    tokens = block.item_tokens()
    code, body = call_handler(block, "check", {"order": tokens[-1:] + tokens[:-1]})
    assert code == 200 and body["score"] == pytest.approx(5 / 6) and body["marks"] == []


@pytest.mark.parametrize("make", [
    lambda tokens: tokens[:-1],                     # an item missing
    lambda tokens: tokens[:-1] + tokens[:1],        # an item twice
    lambda tokens: tokens[:-1] + ["0"],             # a guessed id
    lambda tokens: {"a": 1},
    lambda tokens: "all",
])
def test_anything_but_a_full_permutation_is_refused(email, make):
    world, root = email
    block = world.block(root)
    code, body = call_handler(block, "check", {"order": make(correct_tokens(block))})
    assert code == 400 and body["error"]
    assert world.block(root).attempts == 0


def test_attempts_run_out_then_checking_is_refused(email):
    world, root = email
    tokens = correct_tokens(world.block(root))
    wrong = list(reversed(tokens))
    for _attempt in range(3):
        assert call_handler(world.block(root), "check", {"order": wrong})[0] == 200
    code, body = call_handler(world.block(root), "check", {"order": tokens})
    assert code == 409 and body["error"]


def test_not_signed_in_cannot_check(email):
    world, root = email
    block = world.runtime(None).get_block(root)
    code, _body = call_handler(block, "check", {"order": block.item_tokens()})
    assert code == 403


def test_studio_validation(world):
    root = world.load('<ilelln_ordering scoring="alphabet"><item>Only</item></ilelln_ordering>')
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Add at least two items to put in order." in messages
    assert "Scoring must be by positions or by neighbours." in messages


@pytest.mark.parametrize("source", [EMAIL_MOVES, PITCH])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert exported.count("<item>") == len(first.items)
    second = world.block(world.load(exported, scenario="again"))
    for name in ("items", "instructions", "gloss", "scoring", "max_attempts", "display_name"):
        assert getattr(second, name) == getattr(first, name), name


def test_the_rows_follow_the_learners_order_marks_an_edit_and_the_end(email):
    """The rows are rendered once per content and state and put in order per view: each learner's own shuffle,
    the marks of their last check, an edit in Studio at once, and fixed rows with the solution when finished."""
    world, root = email

    def view(user="alice"):
        with translation.override("en"):
            return world.block(root, user).render("student_view").content

    def rows(html):
        return re.findall(r'<li class="ilelln-or-item( ilelln-or-\w+)?" data-token="(\w+)" draggable="(\w+)"', html)

    tokens = correct_tokens(world.block(root))
    alice, bob = rows(view()), rows(view("bob"))
    assert sorted(token for _mark, token, _drag in alice) == sorted(tokens) and alice != bob
    assert {(mark, drag) for mark, _token, drag in alice} == {("", "true")} and 'hidden>' in view()
    call_handler(world.block(root), "check", {"order": [tokens[1], tokens[0], *tokens[2:]]})
    wrong, right = " ilelln-or-wrong", " ilelln-or-right"
    assert [(mark, token) for mark, token, _drag in rows(view())] == [
        (wrong, tokens[1]), (wrong, tokens[0])] + [(right, token) for token in tokens[2:]]
    block = world.block(root)
    block.items = ["First & <b>one</b>", "Second"]
    block.save()
    html = view()
    assert len(rows(html)) == 2 and "First &amp; &lt;b&gt;one&lt;/b&gt;" in html and "Dear Dr" not in html
    tokens = correct_tokens(world.block(root))
    call_handler(world.block(root), "check", {"order": tokens})
    html = view()
    assert {drag for _mark, _token, drag in rows(html)} == {"false"} and "<li>Second</li>" in html
    assert "<li>Second</li>" not in view("bob")
