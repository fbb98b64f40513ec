"""Studio editing is for the course team only; hostile saves answer 4xx JSON; previews and masquerades save nothing."""
import json
from importlib.metadata import entry_points
from types import SimpleNamespace

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ilelln_xblocks.core.studio import IlellnStudioMixin
from tests.block.studio_world import (
    content_of,
    handler_names,
    learner_state,
    lms_block,
    masquerade_block,
    preview_block,
    row_counts,
    studio_edit_block,
)
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

BLOCKS = sorted((ep.name, ep.load()) for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_"))
NAMES = [name for name, _cls in BLOCKS]
PREVIEW = "This is a preview: nothing is saved."
MASQUERADE = "You are viewing the course as a specific learner"


def load(world, name):
    """The usage id of the first ``name`` block in its first workbench scenario."""
    cls = dict(BLOCKS)[name]
    root = world.load(cls.workbench_scenarios()[0][1], scenario=name)
    return world.find(root, name).scope_ids.usage_id


def save(block, values, defaults=()):
    return call_handler(block, "submit_studio_edits", {"values": values, "defaults": list(defaults)})


# ----- who may edit ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_block_edits_through_the_guarded_mixin(name):
    assert issubclass(dict(BLOCKS)[name], IlellnStudioMixin)


@pytest.mark.parametrize("name", NAMES)
def test_a_learner_cannot_save_studio_edits_and_nothing_changes(world, name):
    usage_id = load(world, name)
    before = content_of(world.block(usage_id))
    code, body = save(world.block(usage_id, "alice"), {"display_name": "Taken over"})
    assert code == 403 and "course team" in body["error"]
    assert content_of(world.block(usage_id)) == before


@pytest.mark.parametrize("name", NAMES)
def test_a_learner_gets_no_editor(world, name):
    usage_id = load(world, name)
    html = world.block(usage_id, "alice").render("studio_view").content
    assert "course team" in html and "submit_studio_edits" not in html and "editable_fields" not in html


@pytest.mark.parametrize("name", NAMES)
def test_staff_save_good_values(world, name):
    usage_id = load(world, name)
    code, body = save(world.block(usage_id, "staff"), {"display_name": "Renamed by the team"})
    assert (code, body) == (200, {"result": "success"})
    assert world.block(usage_id).display_name == "Renamed by the team"


@pytest.mark.parametrize("name", NAMES)
def test_studio_decides_by_its_author_permission(world, name):
    usage_id = load(world, name)
    code, _body = save(studio_edit_block(world, usage_id, can_write=False), {"display_name": "Not an author"})
    assert code == 403
    code, _body = save(studio_edit_block(world, usage_id, can_write=True), {"display_name": "An author"})
    assert code == 200 and world.block(usage_id).display_name == "An author"


@pytest.mark.parametrize("name", NAMES)
def test_lms_staff_cannot_edit_content_from_the_lms(world, name):
    usage_id = load(world, name)
    code, _body = save(lms_block(world, usage_id, "facilitator", staff=True), {"display_name": "From the LMS"})
    assert code == 403


def test_a_learner_cannot_rewrite_the_answer_key_and_score_full_marks(world):
    usage_id = load(world, "ilelln_gap_fill")
    text = world.block(usage_id).text
    gaps = len(world.block(usage_id).gaps())
    code, _body = save(world.block(usage_id, "mallory"), {"text": text.split("[[")[0] + " [[x]]" * gaps})
    assert code == 403
    _code, body = call_handler(world.block(usage_id, "mallory"), "check", {"answers": ["x"] * gaps})
    assert body["score"] < 1.0


def test_an_invalid_save_lists_the_blocks_own_messages(world):
    usage_id = load(world, "ilelln_gap_fill")
    with translation.override("en"):
        code, body = save(world.block(usage_id, "staff"), {"almost_credit": 3})
    assert code == 400
    assert "The credit for a near miss must be between 0 and 1." in body["error"]
    assert body["messages"][0]["type"] == "error"


def test_an_arabic_decimal_is_read_and_an_empty_number_is_refused(world):
    usage_id = load(world, "ilelln_gap_fill")
    assert save(world.block(usage_id, "staff"), {"almost_credit": "0,25"})[0] == 200
    assert world.block(usage_id).almost_credit == 0.25
    code, body = save(world.block(usage_id, "staff"), {"almost_credit": None})
    assert code == 400 and "almost_credit" in body["fields"]
    assert world.block(usage_id).almost_credit == 0.25


@pytest.mark.parametrize("language, text_error, list_error", [
    ("en", "Instructions: Keep this text under 100000 characters.", "Objectives: Enter at most 500 items."),
    ("ar", "التعليمات: اجعل هذا النص أقصر من 100000 حرف.", "الأهداف: أدخل 500 عنصر على الأكثر."),
])
def test_a_value_over_a_limit_is_refused_with_the_field_and_the_limit(world, language, text_error, list_error):
    gap_fill, overview = load(world, "ilelln_gap_fill"), load(world, "ilelln_module_overview")
    with translation.override(language):
        code, body = save(world.block(gap_fill, "staff"), {"instructions": "x" * 100_001})
        assert code == 400 and body["fields"]["instructions"] == [text_error]
        code, body = save(world.block(overview, "staff"), {"objectives": ["aim"] * 501})
        assert code == 400 and body["fields"]["objectives"] == [list_error]
    assert world.block(gap_fill).instructions != "x" * 100_001 and len(world.block(overview).objectives) < 501


# ----- hostile bodies ----------------------------------------------------------------------------------------

JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
HUGE = st.sampled_from(["x" * 300_000, "y" * 120_000, ["z" * 1000] * 600, 10**40, 1e308, -1e308])


def hostile_bodies(cls):
    fields = st.sampled_from(list(cls.editable_fields) + ["score", "best_score", "__class__", "answers"])
    values = st.dictionaries(fields, JUNK | HUGE, max_size=4)
    shaped = st.fixed_dictionaries({"values": values, "defaults": st.lists(fields | st.text(max_size=5), max_size=3)})
    wrong_shape = st.fixed_dictionaries({"values": JUNK, "defaults": JUNK}) | st.dictionaries(st.text(), JUNK)
    as_json = (shaped | wrong_shape | JUNK).map(lambda body: json.dumps(body).encode())
    return as_json | st.binary(max_size=64) | st.just(b"{\"values\": ") | st.just(b"\xff\xfe")


@pytest.mark.parametrize("name", NAMES)
def test_hostile_studio_saves_answer_4xx_json_and_change_nothing(world, name):
    usage_id = load(world, name)
    cls = dict(BLOCKS)[name]

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=hostile_bodies(cls))
    def post(body):
        before = content_of(world.block(usage_id))
        code, answer = call_handler(world.block(usage_id, "staff"), "submit_studio_edits", raw=body)
        assert code < 500, (body[:200], answer)
        if code != 200:
            assert isinstance(answer, dict) and isinstance(answer.get("error"), str), answer
            assert content_of(world.block(usage_id)) == before

    post()


@pytest.mark.parametrize("name", NAMES)
def test_invalid_values_for_each_field_are_refused(world, name):
    usage_id = load(world, name)
    cls = dict(BLOCKS)[name]
    before = content_of(world.block(usage_id))
    for field in cls.editable_fields:
        for junk in ({"a": 1}, [{"a": 1}], "not a number" if field != "display_name" else 12, None, True, 1e999):
            code, body = save(world.block(usage_id, "staff"), {field: junk})
            assert code < 500, (field, junk)
            if code == 200:  # a value the field can hold (e.g. text in a text field): put the content back
                assert save(world.block(usage_id, "staff"), {field: before[field]})[0] == 200, (field, junk)
            else:
                assert isinstance(body["error"], str)
    assert content_of(world.block(usage_id)) == before


# ----- preview and masquerading ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_handler_says_whether_it_writes(name):
    cls = dict(BLOCKS)[name]
    undeclared = [handler for handler in handler_names(cls) if not hasattr(getattr(cls, handler), "ilelln_writes")]
    assert undeclared == []


def _write_handlers(cls):
    return [handler for handler in handler_names(cls) if getattr(getattr(cls, handler), "ilelln_writes", True)]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("where", ["preview", "masquerade"])
def test_no_write_handler_saves_anything_in_preview_or_while_masquerading(world, name, where):
    usage_id = load(world, name)
    cls = dict(BLOCKS)[name]
    rows, state, events, content = row_counts(), learner_state(world), len(world.events), content_of(
        world.block(usage_id))
    for handler in _write_handlers(cls):
        block = preview_block(world, usage_id) if where == "preview" else masquerade_block(world, usage_id)
        with translation.override("en"):
            code, body = call_handler(block, handler, {})
        assert code == 403, (handler, body)
        assert (PREVIEW if where == "preview" else MASQUERADE) in body["error"], handler
    assert row_counts() == rows
    assert learner_state(world) == state
    assert len(world.events) == events
    assert content_of(world.block(usage_id)) == content


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("where", ["preview", "masquerade"])
def test_the_learner_view_says_nothing_is_saved_and_writes_nothing(world, name, where):
    usage_id = load(world, name)
    rows, state = row_counts(), learner_state(world)
    block = preview_block(world, usage_id) if where == "preview" else masquerade_block(world, usage_id)
    with translation.override("en"):
        html = block.render("student_view").content
    assert (PREVIEW if where == "preview" else MASQUERADE) in html
    assert row_counts() == rows and learner_state(world) == state


def test_read_handlers_still_answer_in_preview(world):
    usage_id = load(world, "ilelln_module_overview")
    code, body = call_handler(preview_block(world, usage_id), "cohort_progress", {})
    assert code == 200 and "activities" in body


def test_a_masquerade_in_another_course_is_not_this_one(world):
    usage_id = load(world, "ilelln_gap_fill")
    block = masquerade_block(world, usage_id, course="course-v1:other+course+run")
    assert not block.identity.is_masquerading
    gaps = len(block.gaps())
    assert call_handler(block, "check", {"answers": ["x"] * gaps})[0] == 200


def test_a_learner_in_the_lms_still_saves(world):
    usage_id = load(world, "ilelln_gap_fill")
    rows = row_counts()
    block = lms_block(world, usage_id, "amina")
    code, _body = call_handler(block, "check", {"answers": ["x"] * len(block.gaps())})
    assert code == 200 and row_counts() != rows


def test_viewing_as_a_learner_does_not_mirror_their_open_edx_team(world):
    usage_id = load(world, "ilelln_team_project")
    block = masquerade_block(world, usage_id, "salma")
    block.teamset_id = "reading-clubs"
    block.runtime._services["teams"] = SimpleNamespace(  # pylint: disable=protected-access
        get_team=lambda user, course, teamset: SimpleNamespace(team_id="t-cairo", name="Cairo readers"))
    block.runtime.service(block, "user").get_user_by_anonymous_id = lambda anonymous_id: anonymous_id
    rows = row_counts()
    block.render("student_view")
    code, _body = call_handler(block, "get_workspace", {})
    assert code == 403  # salma has no team mirrored yet, and viewing as her creates none
    assert row_counts() == rows


def test_the_arabic_editor_shows_arabic_labels_readable_lists_and_plain_numbers(world):
    cls = dict(BLOCKS)["ilelln_module_overview"]
    root = world.load(cls.workbench_scenarios()[1][1], scenario="arabic-overview")  # Arabic content
    block = world.find(root, "ilelln_module_overview", "staff")
    with translation.override("ar"):
        html = block.render("studio_view").content
    assert block.objectives[0] in html  # Arabic objectives as written, not \\u escapes
    assert "\\u06" not in html
    assert ">" + "\n".join(block.objectives) + "</textarea>" in html  # one a line, not JSON
    assert '<textarea dir="auto"' in html
    gap_fill = load(world, "ilelln_gap_fill")
    with translation.override("ar"):
        html = world.block(gap_fill, "staff").render("studio_view").content
    assert 'value="0.5"' in html and "0,5" not in html
    assert "الدرجة للإجابة القريبة" in html


def test_a_list_saved_one_item_a_line_is_stored_as_its_items(world):
    root = load(world, "ilelln_module_overview")
    code, _payload = call_handler(world.block(root, "staff"), "submit_studio_edits",
                                  {"values": {"objectives": "  First aim \n\nSecond | with a bar\r\n"}})
    assert code == 200
    assert world.block(root, "staff").objectives == ["First aim", "Second | with a bar"]
    code, _payload = call_handler(world.block(root, "staff"), "submit_studio_edits",
                                  {"values": {"objectives": ["As JSON"]}})  # what XBlock's own editor sends
    assert code == 200 and world.block(root, "staff").objectives == ["As JSON"]
