"""The facilitator's "Not submitted yet" list: learners of the course with a draft only, or not started here.

The course's learners are those with a progress record in it (any ilelln activity they started or
completed): an XBlock in the LMS has no enrollment API. Drafts are user state, so the first draft saved
records the learner as started here.
"""
import csv
import io
import re

import pytest
from webob import Request

from ilelln_xblocks.core import compat
from ilelln_xblocks.models import ActivityProgress
from tests.block.test_peer_review import course, load, submit_all  # noqa: F401  (the fixture)
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db


def started_elsewhere(*learners, course_key="workbench"):
    """Learners who completed another activity of the course (a writing task), nothing in this one."""
    ActivityProgress.objects.bulk_create([
        ActivityProgress(course_key=course_key, module_key="module-1", block_key="writing-1",
                         block_type="ilelln_writing", learner=learner, status=ActivityProgress.COMPLETED)
        for learner in learners])


def cohort(world):
    """amal and basma submitted, farid saved a draft only, eman and zaid did another activity, never this one."""
    root = load(world)
    submit_all(world, root, ["amal", "basma"])
    code, body = call_handler(world.block(root, "farid"), "save_draft", {"text": "<p>Dear Ms Okafor,</p>",
                                                                        "links": []})
    assert code == 200, body
    started_elsewhere("eman", "zaid", "amal")
    return root


def unsubmitted(html):
    """The list's items as text, in order."""
    section = re.search(r'<section class="ilelln-pr-unsubmitted".*?</section>', html, re.S).group(0)
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", section, re.S)]


def test_learners_with_a_draft_and_learners_not_started_are_listed_not_those_who_submitted(course):  # noqa: F811
    root = cohort(course)
    html = course.block(root, "staff").render("student_view").content
    assert unsubmitted(html) == ["farid: draft saved, not submitted", "eman: not started here",
                                 "zaid: not started here"]
    assert "Not submitted yet (3)" in html and "started any activity in this course" in html


def test_a_draft_saved_again_records_nothing_more(course):  # noqa: F811
    root = cohort(course)
    call_handler(course.block(root, "farid"), "save_draft", {"text": "<p>Dear Ms Okafor, I am Farid.</p>"})
    assert ActivityProgress.objects.filter(learner="farid").count() == 1
    assert ActivityProgress.objects.get(learner="farid").status == ActivityProgress.STARTED


def test_a_learner_with_no_record_in_the_course_is_not_listed(course):  # noqa: F811
    root = cohort(course)
    started_elsewhere("omar", course_key="course-v1:Other+X+2026")
    assert "omar" not in " ".join(unsubmitted(course.block(root, "staff").render("student_view").content))


def test_everyone_submitted_says_so(course):  # noqa: F811
    root = load(course)
    submit_all(course, root, ["amal", "basma"])
    html = course.block(root, "staff").render("student_view").content
    assert unsubmitted(html) == [] and "every learner known in this course has submitted" in html


def test_learners_never_see_the_list_or_who_has_not_submitted(course):  # noqa: F811
    root = cohort(course)
    for learner in ("amal", "farid", "eman"):
        html = course.block(root, learner).render("student_view").content
        assert "ilelln-pr-unsubmitted" not in html and "Not submitted yet" not in html
        assert "zaid" not in html
    assert course.block(root, "amal").handle("export", Request.blank("/")).status_code == 403


def test_the_csv_has_a_row_for_each_learner_who_has_not_submitted(course):  # noqa: F811
    root = cohort(course)
    body = course.block(root, "staff").handle("export", Request.blank("/")).body.decode("utf-8-sig")
    rows = {row["learner"]: row for row in csv.DictReader(io.StringIO(body))}
    assert {learner: row["status"] for learner, row in rows.items()} == {
        "amal": "submitted", "basma": "submitted", "farid": "draft", "eman": "not_started", "zaid": "not_started"}
    assert rows["farid"]["username"] == "farid" and rows["farid"]["text"] == "" and rows["amal"]["version"] == "1"


def test_in_arabic_the_list_keeps_latin_names_isolated(course):  # noqa: F811
    root = cohort(course)
    block = course.block(root, "staff")
    from ilelln_xblocks.core.i18n import catalogue_active  # noqa: PLC0415
    with catalogue_active("ar"):
        html = block.render("student_view").content
    assert "لم يُرسلوا أعمالهم بعد (3)" in html
    assert "<bdi>farid</bdi>: <strong>حفظ مسودة ولم يُرسلها</strong>" in html


class FakeAnonymousUserId:
    """The LMS's ``student.models.AnonymousUserId`` manager, counting its queries."""

    queries = []

    class objects:  # noqa: N801  (the Django manager's name)
        @staticmethod
        def filter(anonymous_user_id__in):
            FakeAnonymousUserId.queries.append(list(anonymous_user_id__in))

            class Rows:
                @staticmethod
                def values_list(*fields):
                    assert fields == ("anonymous_user_id", "user__username")
                    return [(uid, f"user-{uid}") for uid in anonymous_user_id__in if uid != "gone"]
            return Rows


def test_names_come_from_the_lms_in_one_query_per_900_learners(monkeypatch):
    student = type("student", (), {"AnonymousUserId": FakeAnonymousUserId})
    monkeypatch.setattr(compat, "_platform", lambda name: student if name == compat.STUDENT_MODELS_MODULE else None)
    FakeAnonymousUserId.queries = []
    ids = [f"a{number:04d}" for number in range(1000)] + ["gone"]
    names = compat.usernames(None, ids)
    assert len(FakeAnonymousUserId.queries) == 2 and names["a0999"] == "user-a0999" and "gone" not in names


def test_a_fresh_activity_tells_staff_no_one_has_submitted_and_nothing_else(course):  # noqa: F811
    """Before anyone submits, staff read "No submissions yet." only: not that every learner has submitted, and
    not the learner's "Submit your work to take part."."""
    root = load(course)
    html = course.block(root, "staff").render("student_view").content
    assert "No submissions yet." in html and "Submissions close" in html
    assert "every learner known in this course has submitted" not in html
    assert "Submit your work to take part." not in html
    assert "Submit your work to take part." in course.block(root, "amal").render("student_view").content
    submit_all(course, root, ["amal"])
    assert "every learner known in this course has submitted" in course.block(root, "staff").render(
        "student_view").content
