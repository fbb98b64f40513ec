"""``validate()``: each block reports its real authoring problems on Studio's unit page, in English and Arabic."""
import re
from datetime import UTC, datetime

import pytest
from django.utils import translation
from xblock.validation import ValidationMessage

from ilelln_xblocks.course.builder import demo_scenarios
from tests.block.test_studio import BLOCKS, NAMES, load
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

ARABIC = re.compile(r"[\u0600-\u06FF]")
SCENARIOS = [(name, index, xml) for name, cls in BLOCKS
             for index, (_title, xml) in enumerate(cls.workbench_scenarios())]
SCENARIOS += [("ilelln_course", index, xml) for index, (_title, xml) in enumerate(demo_scenarios())]
UNREACHABLE_END = "\n# lost | Librarian | end\nThis ending can never be reached.\n"

# (block, content to set, the message an author must read)
PROBLEMS = [
    ("ilelln_competency_check", {"competencies": []}, "Add at least one competency."),
    ("ilelln_dialogue", {"script": None}, "can never be reached"),
    ("ilelln_discussion", {"prompt": ""}, "Write the prompt for the learners."),
    ("ilelln_gap_fill", {"text": "Dear colleague, thank you."}, "The text has no gaps"),
    ("ilelln_gap_fill", {"text": "I look forward [[to ; wrong: To => no]] hearing."}, "both accepted and marked wrong"),
    ("ilelln_listening", {"media_url": "http://insecure.example.org/a.mp3"}, "browsers block http://"),
    ("ilelln_module_overview", {"objectives": []}, "Add at least one objective."),
    ("ilelln_ordering", {"items": ["Dear Dr Mwangi,"]}, "Add at least two items"),
    ("ilelln_peer_review", {"weight_received": 90, "weight_given": 20}, "add up to 110, not 100"),
    ("ilelln_peer_review", {"continuous": False, "submission_due": None}, "only when a facilitator presses Allocate"),
    ("ilelln_reflection", {"template": "custom", "prompts": []}, "Write at least one prompt"),
    ("ilelln_speaking", {"model_audio": "http://insecure.example.org/model.mp3"}, "browsers block http://"),
    ("ilelln_team_project", {"team_size": 20}, "between 2 and 12 members"),
    ("ilelln_vocabulary", {"terms": ["shelf | رف | Where books stand. | The book is on the shelf. | http://a.example/s.mp3",
                                     "loan | إعارة | Borrowing. | A loan of two weeks."]}, "https://"),
    ("ilelln_writing", {"task": "  "}, "Write the task for the learners."),
    ("ilelln_gap_fill", {"display_name": ""}, "Give this component a display name"),
]


def messages(block, language="en"):
    with translation.override(language):
        return [(message.type, str(message.text)) for message in block.validate().messages]


@pytest.mark.parametrize("name, index, xml", SCENARIOS)
def test_every_shipped_scenario_validates_without_errors(world, name, index, xml):
    root = world.load(xml, scenario=f"{name}-{index}")
    for number in range(xml.count(f"<{name}")):
        found = messages(world.find(root, name, index=number))
        assert [text for kind, text in found if kind == ValidationMessage.ERROR] == []


def test_every_block_has_a_problem_case():
    assert {name for name, _values, _text in PROBLEMS} == set(NAMES)


@pytest.mark.parametrize("name, values, expected", PROBLEMS)
def test_validate_reports_the_authoring_problem_in_english_and_arabic(world, name, values, expected):
    usage_id = load(world, name)
    block = world.block(usage_id, "staff")
    if name == "ilelln_dialogue":
        values = {"script": block.script + UNREACHABLE_END}
    if name == "ilelln_peer_review" and "submission_due" not in values:
        values = dict(values, submission_due=datetime(2026, 12, 20, tzinfo=UTC))
    for field, value in values.items():
        setattr(block, field, value)
    english = messages(block)
    assert any(expected in text for _kind, text in english), english
    arabic = messages(block, "ar")
    assert len(arabic) == len(english)
    assert all(ARABIC.search(text) for _kind, text in arabic), arabic


def test_a_warning_does_not_stop_a_save_but_an_error_does(world):
    usage_id = load(world, "ilelln_peer_review")
    block = world.block(usage_id, "staff")
    body = {"values": {"weight_received": 90, "weight_given": 20}, "defaults": []}
    assert call_handler(block, "submit_studio_edits", body)[0] == 200
    body = {"values": {"weight_received": -5}, "defaults": []}
    assert call_handler(world.block(usage_id, "staff"), "submit_studio_edits", body)[0] == 400
    assert world.block(usage_id).weight_received == 90


def test_odd_stored_content_becomes_a_message_not_a_broken_unit_page(world):
    usage_id = load(world, "ilelln_gap_fill")
    block = world.block(usage_id, "staff")
    block.almost_credit = None  # e.g. an OLX import with almost_credit=""
    found = messages(block)
    assert any("could not be checked" in text for _kind, text in found)
