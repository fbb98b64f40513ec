"""The module overview in process: views, progress, handlers, Studio validation and OLX."""

import re

import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import parse_olx, to_string
from ilelln_xblocks.course.content.fixtures import MODULE_1_AR, MODULE_1_EN
from tests.block.activity import ProbeActivity
from tests.helpers import call_handler, init_args, user_state

pytestmark = pytest.mark.django_db

COURSE = f"""
<vertical_demo>
  {MODULE_1_EN}
  <ilelln_probe display_name="ICT audit quiz"/>
  <ilelln_probe display_name="Vocabulary: library systems"/>
  <vertical_demo><ilelln_probe display_name="Reflection on the field visit"/></vertical_demo>
</vertical_demo>
"""


@pytest.fixture
def course(world):
    """Module 1's overview beside three activities, one of them nested deeper."""
    world.extra_blocks["ilelln_probe"] = ProbeActivity
    return world, world.load(COURSE)


def overview(world, root, user="alice"):
    return world.find(root, "ilelln_module_overview", user)


def test_student_view_shows_the_module_in_english(course):
    world, root = course
    with translation.override("en"):
        html = overview(world, root).render("student_view").content
    assert 'lang="en" dir="ltr"' in html
    assert "ICT in libraries" in html
    assert "Mapping your library&#x27;s ICT needs" in html
    assert "0 of 3 activities completed (0%)" in html
    assert 'datetime="2026-12-06T08:00:00Z"' in html


def test_student_view_in_arabic_is_right_to_left_and_translated(course):
    world, root = course
    with translation.override("ar"):
        fragment = overview(world, root).render("student_view")
    assert 'lang="ar" dir="rtl"' in fragment.content
    assert "الجلسات المباشرة" in fragment.content
    assert "ورشة عمل" in fragment.content
    assert "أكملت 0 من 3 أنشطة (0%)" in fragment.content
    init = init_args(fragment.content)
    assert init["dir"] == "rtl" and init["i18n"]["Saved."] == "تم الحفظ."


def test_completing_activities_moves_the_overviews_progress(course):
    world, root = course
    for index in (0, 2):
        status, _body = call_handler(world.find(root, "ilelln_probe", "alice", index), "finish", {})
        assert status == 200
    with translation.override("en"):
        html = overview(world, root).render("student_view").content
    assert "2 of 3 activities completed (67%)" in html
    assert user_state(overview(world, root))["progress"] == {"total": 3, "completed": 2, "percent": 67}
    # Another learner's progress is their own.
    assert user_state(overview(world, root, "bob"))["progress"]["completed"] == 0


def test_activities_publish_server_computed_grade_and_completion(course):
    world, root = course
    call_handler(world.find(root, "ilelln_probe", "alice"), "finish", {})
    assert world.events_of("grade", "alice") == [{"value": 3.0, "max_value": 4.0, "only_if_higher": None}]
    assert world.events_of("completion", "alice") == [{"completion": 1.0}]


def test_finishing_twice_keeps_one_progress_record(course):
    from ilelln_xblocks.models import ActivityProgress  # pylint: disable=import-outside-toplevel
    world, root = course
    probe = world.find(root, "ilelln_probe", "alice")
    call_handler(probe, "finish", {})
    call_handler(probe, "finish", {})
    rows = ActivityProgress.objects.filter(learner="alice")
    assert rows.count() == 1
    assert (rows[0].status, rows[0].score) == ("completed", 0.75)


def test_student_view_queries_do_not_grow_with_the_number_of_activities(world, django_assert_max_num_queries):
    many = "".join(f'<ilelln_probe display_name="Activity {n}"/>' for n in range(25))
    world.extra_blocks["ilelln_probe"] = ProbeActivity
    root = world.load(f"<vertical_demo>{MODULE_1_EN}{many}</vertical_demo>")
    block = world.find(root, "ilelln_module_overview")
    with django_assert_max_num_queries(1):
        block.render("student_view")


def test_student_view_data_for_mobile_has_content_and_utc_times(course):
    world, root = course
    data = overview(world, root).student_view_data()
    assert data["module_number"] == 1
    assert data["sessions"][0] == {
        "kind": "workshop", "start": "2026-12-06T08:00:00Z", "title": "Mapping your library's ICT needs",
        "place": "Cairo Public Library, Training Hall 2", "is_link": False,
    }
    assert data["sessions"][1]["is_link"] is True
    assert "deliverables_done" not in data and user_state(overview(world, root))["deliverables_done"] == []


def test_checklist_is_saved_and_shown_ticked(course):
    world, root = course
    status, body = call_handler(overview(world, root), "save_checklist", {"done": [2, 0]})
    assert status == 200 and body["done"] == [0, 2]
    html = overview(world, root).render("student_view").content
    assert html.count(" checked>") == 2
    assert user_state(overview(world, root, "bob"))["deliverables_done"] == []


@pytest.mark.parametrize("payload, raw, status", [
    ({"done": [7]}, None, 400),
    ({"done": ["x"]}, None, 400),
    ({"done": [0], "grade": 100}, None, 400),
    (None, b"{not json", 400),
    (None, b"[1, 2]", 400),
    (None, b"{}" + b" " * 300_000, 413),
])
def test_checklist_rejects_bad_input_with_json_and_keeps_what_was_saved(course, payload, raw, status):
    world, root = course
    call_handler(overview(world, root), "save_checklist", {"done": [1]})
    code, body = call_handler(overview(world, root), "save_checklist", payload, raw=raw)
    assert code == status
    assert body["error"]
    assert overview(world, root).deliverables_done == [1]


def test_checklist_errors_are_in_the_learners_language(course):
    world, root = course
    with translation.override("ar"):
        code, body = call_handler(overview(world, root), "save_checklist", {"done": [9]})
    assert code == 400
    assert body["error"].startswith("قائمة التحقق: ") and "9" in body["error"]
    assert body["error"].endswith(" لم يُحفظ شيء.")
    assert "done" in body["fields"]


def test_checklist_needs_a_post(course):
    world, root = course
    code, body = call_handler(overview(world, root), "save_checklist", method="GET")
    assert code == 405 and body["error"]


def test_a_visitor_who_is_not_signed_in_cannot_save(course):
    world, root = course
    block = world.runtime(None).get_block(overview(world, root).scope_ids.usage_id)
    code, body = call_handler(block, "save_checklist", {"done": [0]})
    assert code == 403 and body["error"]


def test_cohort_progress_is_for_staff_only(course, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("facilitator",)
    world, root = course
    call_handler(world.find(root, "ilelln_probe", "alice"), "finish", {})
    code, body = call_handler(overview(world, root, "alice"), "cohort_progress", {})
    assert code == 403 and body["error"]
    code, body = call_handler(overview(world, root, "facilitator"), "cohort_progress", {})
    assert code == 200
    assert [row["completed"] for row in body["activities"]] == [1, 0, 0]
    assert body["activities"][0]["mean_percent"] == 75
    html = overview(world, root, "facilitator").render("student_view").content
    assert "Cohort progress (staff only)" in html
    assert "Cohort progress" not in overview(world, root, "alice").render("student_view").content


def test_staff_see_who_is_behind_fewest_completed_first_and_learners_do_not(course, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("facilitator",)
    world, root = course
    for index in (0, 1):
        call_handler(world.find(root, "ilelln_probe", "alice", index), "finish", {})
    call_handler(world.find(root, "ilelln_probe", "<b>bob</b>", 2), "finish", {})
    with translation.override("en"):
        html = overview(world, root, "facilitator").render("student_view").content
    table = html[html.index('class="ilelln-mo-learners"'):]
    rows = re.findall(r'<tr><th scope="row"><bdi>(.*?)</bdi></th><td>(.*?)</td><td><bdi>(.*?)</bdi> <time', table)
    assert rows == [("&lt;b&gt;bob&lt;/b&gt;", "1 of 3", "Reflection on the field visit"),
                    ("alice", "2 of 3", "Vocabulary: library systems")]
    assert "Learners, who is behind first" in html
    with translation.override("ar"):
        assert "الأكثر تأخرًا أولًا" in overview(world, root, "facilitator").render("student_view").content
    assert "ilelln-mo-learners" not in overview(world, root, "alice").render("student_view").content


def test_staff_view_queries_do_not_grow_with_the_number_of_learners(course, settings, django_assert_max_num_queries):
    settings.ILELLN_WORKBENCH_STAFF = ("facilitator",)
    world, root = course
    for learner in ("l1", "l2", "l3", "l4", "l5"):
        call_handler(world.find(root, "ilelln_probe", learner), "finish", {})
    block = overview(world, root, "facilitator")
    with django_assert_max_num_queries(3):  # own progress, cohort counts, per-learner rows
        html = block.render("student_view").content
    assert html.count('<tr><th scope="row"><bdi>') == 5


def test_learner_text_is_escaped(world):
    root = world.load(
        '<ilelln_module_overview module_title="&lt;script&gt;alert(1)&lt;/script&gt;">'
        "<objective>&lt;img src=x onerror=alert(1)&gt;</objective></ilelln_module_overview>"
    )
    html = world.block(root).render("student_view").content
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_studio_validation_names_each_problem(world):
    root = world.load(
        '<ilelln_module_overview module_number="42" module_title=" ">'
        '<session kind="lecture" start="2026-12-06 10:00 Africa/Cairo" place="Hall">Intro</session>'
        "</ilelln_module_overview>"
    )
    with translation.override("en"):
        messages = [message.text for message in world.block(root).validate().messages]
    assert "The module number must be between 0 and 20." in messages
    assert "Give the module a title." in messages
    assert "Add at least one objective." in messages
    assert any(text.startswith("Live session 1: 'lecture' is not a kind of session") for text in messages)


def test_studio_save_refuses_invalid_sessions_and_keeps_the_old_content(world):
    root = world.load(MODULE_1_EN)
    block = world.block(root, "staff")
    values = {"sessions": ["workshop | tomorrow | Title | Hall"]}
    code, body = call_handler(block, "submit_studio_edits", {"values": values, "defaults": []})
    assert code == 400
    assert body["messages"][0]["text"].startswith("Live session 1: 'tomorrow' is not a date")
    assert len(world.block(root).sessions) == 3


def test_studio_save_normalises_session_lines(world):
    root = world.load(MODULE_1_EN)
    values = {"sessions": ["  Field Visit|2026-12-13 09:30 Africa/Cairo|Alexandria visit|Alexandria ", ""]}
    code, _body = call_handler(world.block(root, "staff"), "submit_studio_edits", {"values": values, "defaults": []})
    assert code == 200
    assert world.block(root).sessions == ["field_visit | 2026-12-13 09:30 Africa/Cairo | Alexandria visit | Alexandria"]


def test_studio_view_renders_the_editor(world):
    root = world.load(MODULE_1_EN)
    html = world.block(root, "staff").render("studio_view").content
    assert "module_title" in html and "sessions" in html


@pytest.mark.parametrize("source", [MODULE_1_EN, MODULE_1_AR])
def test_olx_round_trip_keeps_the_content_and_reads_well(world, source):
    first = world.block(world.load(source))
    exported = export(first)
    node = parse_olx(exported)
    assert [child.tag for child in node][:2] == ["introduction", "objective"]
    assert node.find("session").get("kind") == "workshop"
    assert node.get("sessions") is None and node.get("objectives") is None
    second = world.block(world.load(exported, scenario="again"))
    for name in ("module_number", "module_title", "introduction", "objectives", "competencies",
                 "deliverables", "sessions", "display_name"):
        assert getattr(second, name) == getattr(first, name), name
    assert export(second) == exported


def export(block):
    node = etree.Element("root")
    block.add_xml_to_node(node)
    return to_string(node)


def test_in_the_lms_the_behind_list_names_every_learner_in_one_lookup(course, settings, monkeypatch):
    """The LMS's anonymous ids become usernames in one query for the cohort, not one per learner."""
    from ilelln_xblocks.core import compat
    from tests.block.test_peer_review_unsubmitted import FakeAnonymousUserId

    settings.ILELLN_WORKBENCH_STAFF = ("facilitator",)
    world, root = course
    learners = [f"l{number}" for number in range(12)]
    for learner in learners:
        call_handler(world.find(root, "ilelln_probe", learner), "finish", {})
    student = type("student", (), {"AnonymousUserId": FakeAnonymousUserId})
    monkeypatch.setattr(compat, "_platform", lambda name: student if name == compat.STUDENT_MODELS_MODULE else None)
    FakeAnonymousUserId.queries = []
    with translation.override("en"):
        html = overview(world, root, "facilitator").render("student_view").content
    assert len(FakeAnonymousUserId.queries) == 1 and sorted(FakeAnonymousUserId.queries[0]) == sorted(learners)
    assert all(f"<bdi>user-{learner}</bdi>" in html for learner in learners)
