"""The dialogue in process: the server follows the path, scores it, and refuses jumps."""
import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.dialogue.scenarios import NETWORKING, PHONE_CALL
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db
BEST_PATH = [("greeting", 0), ("purpose", 0), ("details", 0), ("email", 0)]


@pytest.fixture
def call(world):
    return world, world.load(PHONE_CALL)


def play(world, root, path, user="alice"):
    bodies = []
    for node, option in path:
        code, body = call_handler(world.block(root, user), "choose", {"node": node, "option": option})
        assert code == 200, body
        bodies.append(body)
    return bodies


def test_best_path_earns_full_marks_with_feedback_at_each_step(call):
    world, root = call
    bodies = play(world, root, BEST_PATH)
    assert bodies[0]["feedback"].startswith("Polite and complete")
    assert bodies[0]["node"]["id"] == "purpose" and "points" not in str(bodies[0]["node"])
    assert bodies[-1]["ended"] and bodies[-1]["score"] == 1.0
    assert len(bodies[-1]["transcript"]) == 4
    assert world.events_of("grade") == [{"value": 1.0, "max_value": 1.0, "only_if_higher": True}]
    assert world.events_of("completion") == [{"completion": 1.0}]


def test_weaker_replies_score_less_and_the_best_attempt_is_kept(call):
    world, root = call
    with translation.override("en"):
        bodies = play(world, root, [("greeting", 2), ("confused", 1)])
    assert bodies[-1]["summary"] == "You earned 0 of 8 points." and bodies[-1]["score"] == 0.0
    assert call_handler(world.block(root), "restart", {})[0] == 200
    play(world, root, BEST_PATH)
    assert call_handler(world.block(root), "restart", {})[0] == 200
    play(world, root, [("greeting", 1), ("purpose", 1), ("details", 1), ("email", 1)])
    assert world.block(root).score == 1.0   # best attempt kept
    assert world.block(root).attempts == 3


def test_latest_attempt_rule_and_attempt_limit(world):
    root = world.load(NETWORKING)
    play(world, root, [("open", 0), ("talk", 0), ("ask", 0)])
    call_handler(world.block(root), "restart", {})
    play(world, root, [("open", 1), ("talk", 0), ("ask", 1)])
    assert world.block(root).score == pytest.approx(4 / 6)   # latest attempt kept
    call_handler(world.block(root), "restart", {})
    play(world, root, [("open", 1), ("talk", 0), ("ask", 1)])
    code, body = call_handler(world.block(root), "restart", {})
    assert code == 409 and body["error"]


def test_restart_answers_the_first_line_so_the_page_starts_again_in_place(call):
    world, root = call
    play(world, root, BEST_PATH)
    with translation.override("ar"):
        code, body = call_handler(world.block(root), "restart", {})
    assert code == 200 and body["restarted"]
    assert body["node"]["id"] == "greeting" and body["node"]["options"] and not body["node"]["ending"]
    assert body["message"] == "تبدأ المحادثة من جديد."
    assert world.block(root).path == []

@pytest.mark.parametrize("payload, status", [
    ({"node": "email", "option": 0}, 409),        # jumping ahead
    ({"node": "greeting", "option": 7}, 400),     # no such reply
    ({"node": "greeting", "option": -1}, 400),
    ({"node": "greeting"}, 400),
    ({"node": "greeting", "option": "best"}, 400),
    ({"node": "greeting", "option": 0, "points": 99}, 400),
])
def test_the_server_refuses_paths_that_were_not_offered(call, payload, status):
    world, root = call
    code, body = call_handler(world.block(root), "choose", payload)
    assert code == status and body["error"]
    assert world.block(root).path == [] and world.events_of("grade") == []


def test_choosing_after_the_end_is_refused(call):
    world, root = call
    play(world, root, BEST_PATH)
    code, _body = call_handler(world.block(root), "choose", {"node": "thanks", "option": 0})
    assert code == 409


def test_not_signed_in_cannot_play(call):
    world, root = call
    code, _body = call_handler(world.runtime(None).get_block(root), "choose", {"node": "greeting", "option": 0})
    assert code == 403


def test_points_and_feedback_of_unchosen_replies_never_reach_the_page(call):
    world, root = call
    block = world.block(root)
    html = block.render("student_view").content
    data = str(block.student_view_data())
    for secret in ("Polite and complete", "Too direct for the first sentence"):
        assert secret not in html and secret not in data


def test_a_changed_script_restarts_a_stale_attempt_instead_of_failing(call):
    world, root = call
    play(world, root, [("greeting", 0)])
    block = world.block(root)
    block.path = [["greeting", 9]]
    block.save()
    code, body = call_handler(world.block(root), "choose", {"node": "greeting", "option": 0})
    assert code == 200 and body["node"]["id"] == "purpose"


def test_studio_validation_names_structural_problems(world):
    script = "# a | B\nHi\n> nowhere | 1 | x | y"
    root = world.load(f"<ilelln_dialogue><conversation>{script}</conversation></ilelln_dialogue>")
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "A reply in 'a' leads to 'nowhere', which does not exist." in messages


@pytest.mark.parametrize("source", [PHONE_CALL, NETWORKING])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<conversation>" in exported and "# " in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("script", "intro", "gloss", "max_attempts", "scoring_rule", "display_name"):
        assert getattr(second, name) == getattr(first, name), name


def test_the_page_follows_the_learners_path_an_edit_and_the_end(call):
    """The script's lines and exchanges are rendered once per script: each learner's page still shows their own
    path, an author's edit shows at once, and the end shows the kept score."""
    world, root = call

    def view(user="alice"):
        with translation.override("en"):
            return world.block(root, user).render("student_view").content

    assert view().count('class="ilelln-dl-me"') == 0 and 'data-node="greeting"' in view()
    play(world, root, BEST_PATH[:2])
    alice = view()
    assert alice.count('class="ilelln-dl-me"') == 2 and "Polite and complete" in alice
    assert 'data-node="details"' in alice
    assert 'data-node="greeting"' in view("bob") and "Polite and complete" not in view("bob")
    block = world.block(root)
    block.script = block.script.replace("What can I do for you today?", "What can I do for <you>?")
    block.save()
    assert "Karim. What can I do for &lt;you&gt;?</li>" in view() and "Your score: 0%" in view()
    play(world, root, BEST_PATH[2:])
    assert 'class="ilelln-dl-end">' in view() and "Your score: 100%" in view() and 'dl-end" hidden' in view("bob")
