"""Peer review in process: submission, allocation, reviews, grades at the last review, two-way feedback,
flags, facilitator tools, files, continuous mode, and query counts that do not grow with the cohort."""
import ast
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree
from submissions import api as submissions_api
from webob import Request

from ilelln_xblocks.collaboration.peer_review import store as peer_store
from ilelln_xblocks.collaboration.peer_review.block import PeerReviewBlock
from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.models import PeerActivity, PeerFlag, PeerGrade, PeerReview, PeerSubmission
from tests.helpers import call_handler, user_state

pytestmark = pytest.mark.django_db

OLX = """<ilelln_peer_review reviews_per_submission="2" submission_due="2099-01-01T00:00:00Z"
  max_files="2" max_upload_mb="1"{extra}>
  <prompt>Write an email proposing a joint story hour.</prompt>
  <rubric>
    <criterion key="purpose" label="Clear purpose">
      <level points="0" label="Missing">No purpose.</level><level points="2" label="Clear">First paragraph.</level>
    </criterion>
    <criterion key="register" label="Register">
      <level points="0" label="Informal"/><level points="1" label="Mixed"/><level points="2" label="Professional"/>
    </criterion>
  </rubric>
</ilelln_peer_review>"""
LEARNERS = ["amal", "basma", "chadi", "dina"]
AFTER_CLOSE = datetime(2099, 6, 1, tzinfo=UTC)
PDF = b"%PDF-1.4\n" + b"0" * 2000


@pytest.fixture
def course(world, settings, tmp_path):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    settings.MEDIA_ROOT = str(tmp_path)
    return world


def load(world, extra=""):
    return world.load(OLX.format(extra=extra))


def submit_all(world, root, learners=LEARNERS):
    for learner in learners:
        code, body = call_handler(world.block(root, learner), "submit",
                                  {"text": f"<p>Dear Ms Okafor, I am {learner}.</p>", "links": []})
        assert code == 200, body


def close(monkeypatch):
    monkeypatch.setattr(PeerReviewBlock, "_now", lambda self: AFTER_CLOSE)


def review_all(world, root, learners=LEARNERS, levels=None):
    for learner in learners:
        for review in PeerReview.objects.filter(reviewer=learner, status="assigned"):
            code, body = call_handler(world.block(root, learner), "submit_review", {
                "review": review.id, "levels": levels or {"purpose": 1, "register": 2}, "comment": "Clear."})
            assert code == 200, body


def lms_score(world, root, learner):
    item = {"student_id": learner, "course_id": "workbench", "item_id": str(root),
            "item_type": "ilelln_peer_review"}
    return submissions_api.get_score(item)


# ----- submission ---------------------------------------------------------------------------------------------

def test_submitted_rich_text_is_sanitised_and_final(course):
    root = load(course)
    code, body = call_handler(course.block(root, "amal"), "submit", {
        "text": '<p onclick="x()">Hello <script>alert(1)</script><a href="javascript:alert(1)">me</a></p>',
        "links": ["https://example.org/plan"]})
    assert code == 200 and body["version"] == 1
    row = PeerSubmission.objects.get(learner="amal")
    assert "script" not in row.text and "onclick" not in row.text and "javascript" not in row.text
    assert row.links == ["https://example.org/plan"]
    code, body = call_handler(course.block(root, "amal"), "submit", {"text": "<p>Again</p>", "links": []})
    assert code == 409 and PeerSubmission.objects.get(learner="amal").text == row.text


def test_resubmission_before_the_close_makes_a_new_version(course):
    root = load(course, ' allow_resubmission="true"')
    submit_all(course, root, ["amal"])
    code, body = call_handler(course.block(root, "amal"), "submit", {"text": "<p>Better</p>", "links": []})
    assert code == 200 and body["version"] == 2
    assert list(PeerSubmission.objects.filter(learner="amal").order_by("version").values_list(
        "version", "current")) == [(1, False), (2, True)]


@pytest.mark.parametrize("payload, status, words", [
    ({"text": "", "links": []}, 400, "Write something"),
    ({"text": "<p>x</p>", "links": ["ftp://x.org"]}, 400,
     "Links: link 1, 'ftp://x.org', is not a web address (http or https). Nothing was saved."),
    ({"text": "<p>x</p>", "links": "https://x.org"}, 400, "Links: Enter a valid JSON. Nothing was saved."),
    ({"text": "<p>x</p>", "links": [1]}, 400, "Links: Send the links as a list of texts. Nothing was saved."),
    ({"text": "<p>x</p>", "links": ["https://x.org"] * 6}, 400, "Links: Send at most 5 links. Nothing was saved."),
    ({"text": ["<p>x</p>"], "links": []}, 400, "Your work: Send text here. Nothing was saved."),
    ({"text": "<p>x</p>", "grade": 1}, 400, "Unexpected fields"),
])
def test_bad_submissions_are_refused_and_the_draft_is_kept(course, payload, status, words):
    root = load(course)
    call_handler(course.block(root, "amal"), "save_draft", {"text": "<p>My draft</p>", "links": ["https://x.org"]})
    code, body = call_handler(course.block(root, "amal"), "submit", payload)
    assert code == status and words in body["error"]
    assert not PeerSubmission.objects.exists()
    draft = course.block(root, "amal")
    assert (draft.draft_text, draft.draft_links) == ("<p>My draft</p>", ["https://x.org"])


def test_a_visitor_who_is_not_signed_in_cannot_submit(course):
    root = load(course)
    code, body = call_handler(course.block(root, None), "submit", {"text": "<p>x</p>", "links": []})
    assert code == 403 and "Sign in" in body["error"]


def test_submissions_close_and_late_work_goes_to_the_facilitator_queue(course, monkeypatch):
    root = load(course)
    submit_all(course, root, LEARNERS[:3])
    close(monkeypatch)
    code, body = call_handler(course.block(root, "dina"), "submit", {"text": "<p>Late</p>", "links": []})
    assert code == 409 and "closed" in body["error"]
    late_root = load(course, ' allow_late="true"')
    submit_all(course, late_root, LEARNERS[:3])
    course.block(late_root, "amal").render("student_view")     # first visit after the close allocates
    code, _body = call_handler(course.block(late_root, "dina"), "submit", {"text": "<p>Late</p>", "links": []})
    late = PeerSubmission.objects.get(block_key=str(late_root), learner="dina")
    assert code == 200 and late.late
    assert list(late.reviews.values_list("reviewer", flat=True)) == ["staff"]


# ----- allocation ----------------------------------------------------------------------------------------------

def test_the_first_visit_after_the_close_allocates_k_reviews_each_once(course, monkeypatch):
    root = load(course)
    submit_all(course, root)
    assert not PeerReview.objects.exists()
    close(monkeypatch)
    html = course.block(root, "amal").render("student_view").content
    assert "2 reviews to do" in html
    course.block(root, "basma").render("student_view")
    for learner in LEARNERS:
        assert PeerReview.objects.filter(reviewer=learner).count() == 2
        assert PeerReview.objects.filter(submission__learner=learner).count() == 2
    assert PeerReview.objects.count() == 8 and peer_store.allocate(str(root)) == 0


def test_a_group_too_small_falls_back_to_the_facilitator(course, monkeypatch):
    root = load(course)
    submit_all(course, root, ["amal", "basma"])
    close(monkeypatch)
    course.block(root, "amal").render("student_view")
    assert sorted(PeerReview.objects.values_list("reviewer", flat=True)) == ["staff", "staff"]
    staff_html = course.block(root, "staff").render("student_view").content
    assert "facilitator queue" in staff_html


def test_only_staff_can_allocate_early(course):
    root = load(course)
    submit_all(course, root)
    code, body = call_handler(course.block(root, "amal"), "allocate", {})
    assert code == 403 and not PeerReview.objects.exists()
    code, body = call_handler(course.block(root, "staff"), "allocate", {})
    assert code == 200 and body["assigned"] == 8
    code, body = call_handler(course.block(root, "staff"), "allocate", {})
    assert code == 200 and body["assigned"] == 0 and PeerReview.objects.count() == 8


def test_the_management_command_allocates_closed_activities(course, monkeypatch):
    from django.core.management import call_command  # pylint: disable=import-outside-toplevel
    root = load(course)
    submit_all(course, root)
    PeerActivity.objects.filter(block_key=str(root)).update(submission_due=datetime(2020, 1, 1, tzinfo=UTC))
    call_command("ilelln_allocate_reviews", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert PeerReview.objects.count() == 8


# ----- reviews and grades ---------------------------------------------------------------------------------------

def test_the_grade_reaches_the_gradebook_when_the_last_review_arrives(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    reviews = list(PeerReview.objects.filter(submission__learner="amal"))
    first, last = reviews
    call_handler(course.block(root, first.reviewer), "submit_review",
                 {"review": first.id, "levels": {"purpose": 1, "register": 2}, "comment": "Good."})
    assert lms_score(course, root, "amal") is None                    # one review of two: nothing yet
    call_handler(course.block(root, last.reviewer), "submit_review",
                 {"review": last.id, "levels": {"purpose": 0, "register": 1}, "comment": "Add a purpose."})
    score = lms_score(course, root, "amal")                           # published at once, amal is not here
    # received: purpose median 0.5, register median 0.75 -> 0.625; amal gave 0 of 2 reviews -> 0.8*0.625
    assert score["points_earned"] == 50 and score["points_possible"] == 100
    assert PeerGrade.objects.get(learner="amal").published


def test_reviewing_raises_your_own_grade_through_the_one_channel_the_lms_reads_first(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review_all(course, root, levels={"purpose": 1, "register": 1})
    # dina reviews last: her work is fully reviewed by then, so her own action sets her grade (received 0.75 =
    # medians 1.0 and 0.5; reviews given 2 of 2). Every peer grade goes through the submissions API, whose scores
    # the LMS's grades app reads before any grade event (grades/scores.py), so no grade event is sent at all.
    assert lms_score(course, root, "dina")["points_earned"] == round(100 * (0.8 * 0.75 + 0.2))
    assert course.events_of("grade") == []
    assert course.events_of("completion", user="amal")[-1] == {"completion": 1.0}
    assert lms_score(course, root, "amal")["points_earned"] == 80


@pytest.mark.parametrize("levels, status, words", [
    ({"purpose": 1}, 400, "every criterion"),
    ({"purpose": 5, "register": 0}, 400, "every criterion"),
    ("all good", 400, "Rubric levels: Enter a valid JSON. Nothing was saved."),
    (["purpose"], 400, "every criterion"),
])
def test_bad_reviews_are_refused_and_stay_to_do(course, levels, status, words):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review = PeerReview.objects.filter(reviewer="amal").first()
    code, body = call_handler(course.block(root, "amal"), "submit_review",
                              {"review": review.id, "levels": levels, "comment": "x"})
    assert code == status and words in body["error"]
    assert PeerReview.objects.get(pk=review.pk).status == "assigned"


def test_only_the_assigned_reviewer_can_review_and_only_once(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review = PeerReview.objects.filter(reviewer="amal").first()
    payload = {"review": review.id, "levels": {"purpose": 1, "register": 1}, "comment": ""}
    assert call_handler(course.block(root, "basma"), "submit_review", payload)[0] == 403
    assert call_handler(course.block(root, "amal"), "submit_review", payload)[0] == 200
    assert call_handler(course.block(root, "amal"), "submit_review", payload)[0] == 409


def test_authors_see_anonymous_reviewers_and_staff_see_names(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review_all(course, root)
    html = course.block(root, "amal").render("student_view").content
    assert "Reviewer 1" in html and "Reviewer 2" in html
    reviewers = PeerReview.objects.filter(submission__learner="amal").values_list("reviewer", flat=True)
    assert not any(f">{name}<" in html or f"{name} reviews" in html for name in reviewers)
    assert "Your grade:" in html


def test_a_changed_rubric_never_corrupts_earlier_reviews(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review_all(course, root, LEARNERS[:2])
    block = course.block(root, "staff")
    block.rubric = ["purpose | Purpose | 0 = Missing ; 4 = Clear", "evidence | Evidence | 0 = None ; 2 = Some"]
    block.save()
    review_all(course, root, LEARNERS[2:], levels={"purpose": 1, "evidence": 1})
    versions = set(PeerReview.objects.values_list("rubric__version", flat=True))
    assert versions == {1, 2}
    old = PeerReview.objects.filter(rubric__version=1).first()
    assert set(old.parts) == {"purpose", "register"} and old.rubric.criteria[1]["key"] == "register"
    assert "Register" in course.block(root, old.submission.learner).render("student_view").content


# ----- two-way feedback and moderation ---------------------------------------------------------------------------

@pytest.fixture
def reviewed(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review_all(course, root)
    return course, root, PeerReview.objects.filter(submission__learner="amal").first()


def test_the_author_rates_a_review_and_replies_once(reviewed):
    course, root, review = reviewed
    block = course.block(root, "amal")
    code, _ = call_handler(block, "rate_review", {"review": review.id, "helpful": 4, "reply": "Thank you!"})
    assert code == 200
    code, body = call_handler(block, "rate_review", {"review": review.id, "helpful": 5, "reply": "Again"})
    assert code == 409 and PeerReview.objects.get(pk=review.pk).reply == "Thank you!"
    assert call_handler(block, "rate_review", {"review": review.id, "helpful": 9, "reply": ""})[0] == 400
    assert call_handler(course.block(root, review.reviewer), "rate_review",
                        {"review": review.id, "helpful": 1, "reply": ""})[0] == 403
    assert PeerReview.objects.get(pk=review.pk).helpful == 4
    reviewer_page = course.block(root, review.reviewer).render("student_view").content
    assert "the author rated it 4 of 5" in reviewer_page and "Thank you!" in reviewer_page


def test_flags_reach_the_facilitator_who_hides_and_the_grade_follows(reviewed):
    course, root, review = reviewed
    outsider = next(name for name in LEARNERS if name not in ("amal", review.reviewer)
                    and not PeerReview.objects.filter(submission=review.submission, reviewer=name).exists())
    assert call_handler(course.block(root, outsider), "flag", {"kind": "review", "id": review.id})[0] == 403
    code, _ = call_handler(course.block(root, "amal"), "flag", {"kind": "review", "id": review.id,
                                                               "reason": "Rude comment"})
    assert code == 200 and PeerFlag.objects.filter(resolved=False).count() == 1
    assert call_handler(course.block(root, "amal"), "moderate", {"kind": "review", "id": review.id,
                                                                "hidden": True})[0] == 403
    assert "Rude comment" in course.block(root, "staff").render("student_view").content
    code, _ = call_handler(course.block(root, "staff"), "moderate", {"kind": "review", "id": review.id,
                                                                    "hidden": True})
    assert code == 200 and PeerReview.objects.get(pk=review.pk).hidden
    assert not PeerFlag.objects.filter(resolved=False).exists()
    assert "A facilitator has hidden this review." in course.block(root, "amal").render("student_view").content


def test_staff_reassign_a_pending_review_within_the_group(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review = PeerReview.objects.filter(submission__learner="amal").first()
    staff = course.block(root, "staff")
    assert call_handler(staff, "reassign", {"review": review.id, "reviewer": "amal"})[0] == 400
    assert call_handler(staff, "reassign", {"review": review.id, "reviewer": "zed"})[0] == 400
    assert call_handler(course.block(root, "amal"), "reassign", {"review": review.id, "reviewer": "staff"})[0] == 403
    assert call_handler(staff, "reassign", {"review": review.id, "reviewer": "staff"})[0] == 200
    assert PeerReview.objects.get(pk=review.pk).reviewer == "staff"
    code, body = call_handler(staff, "submit_review", {"review": review.id, "levels": {"purpose": 1, "register": 1},
                                                      "comment": "Staff review"})
    assert code == 200


def test_staff_override_a_grade_with_a_reason(course):
    root = load(course)
    submit_all(course, root)
    staff = course.block(root, "staff")
    assert call_handler(staff, "override", {"learner": "amal", "score": 90, "reason": ""})[0] == 400
    assert call_handler(course.block(root, "amal"), "override",
                        {"learner": "amal", "score": 100, "reason": "I deserve it"})[0] == 403
    assert call_handler(staff, "override", {"learner": "nobody", "score": 90, "reason": "x"})[0] == 404
    code, _ = call_handler(staff, "override", {"learner": "amal", "score": 90, "reason": "Excellent partnership"})
    assert code == 200 and lms_score(course, root, "amal")["points_earned"] == 90


def test_the_facilitator_exports_the_cohort_as_csv(reviewed):
    course, root, _review = reviewed
    response = course.block(root, "staff").handle("export", Request.blank("/"))
    text = response.body.decode("utf-8-sig")
    assert response.status_code == 200 and response.content_type == "text/csv"
    assert text.splitlines()[0].startswith("learner,username")
    assert sum(1 for line in text.splitlines() if line.startswith(tuple(LEARNERS))) == 4
    assert course.block(root, "amal").handle("export", Request.blank("/")).status_code == 403


def test_the_csv_has_the_text_and_the_median_of_each_criterion(reviewed):
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415
    course, root, _review = reviewed
    PeerReview.objects.filter(submission__learner="amal").update(
        parts={"purpose": {"level": 0, "points": 0, "max": 2}, "register": {"level": 1, "points": 1, "max": 2}})
    body = course.block(root, "staff").handle("export", Request.blank("/")).body.decode("utf-8-sig")
    rows = {row["learner"]: row for row in csv.DictReader(io.StringIO(body))}
    assert list(rows["amal"])[-3:] == ["text", "median_purpose", "median_register"]
    assert (rows["amal"]["median_purpose"], rows["amal"]["median_register"]) == ("0", "50")
    assert (rows["basma"]["median_purpose"], rows["basma"]["median_register"]) == ("100", "100")
    assert rows["basma"]["text"] == "Dear Ms Okafor, I am basma."


def test_the_facilitator_reads_a_submission_with_its_reviews_and_replies(reviewed):
    course, root, review = reviewed
    call_handler(course.block(root, "amal"), "rate_review", {"review": review.id, "helpful": 4, "reply": "Merci!"})
    submission = PeerSubmission.objects.get(learner="amal", current=True)
    submission.links = ["https://example.org/plan"]
    submission.save()
    staff = course.block(root, "staff")
    before = (PeerReview.objects.values_list("id", "status", "helpful", "reply").order_by("id")[::1],
              PeerFlag.objects.count(), PeerGrade.objects.values_list("score", "published")[::1])
    code, body = call_handler(staff, "staff_item", {"kind": "submission", "id": submission.id})
    assert code == 200, body
    html = body["html"]
    assert "I am amal." in html and "https://example.org/plan" in html
    assert html.count("Review by") == 2 and "Clear purpose</span>: <span dir=\"auto\">Clear</span> (2/2)" in html
    assert "Clear." in html and "the author rated it 4 of 5" in html and "Merci!" in html
    code, body = call_handler(staff, "staff_item", {"kind": "review", "id": review.id})
    assert code == 200 and body["html"].count("Review by") == 1 and "I am amal." in body["html"]
    assert call_handler(staff, "staff_item", {"kind": "review", "id": 99999})[0] == 404
    assert call_handler(staff, "staff_item", {"kind": "essay", "id": submission.id})[0] == 400
    assert call_handler(staff, "staff_item", {"kind": "submission"})[0] == 400
    code, body = call_handler(course.block(root, "basma"), "staff_item", {"kind": "submission", "id": submission.id})
    assert code == 403 and "amal" not in json.dumps(body)
    assert before == (PeerReview.objects.values_list("id", "status", "helpful", "reply").order_by("id")[::1],
                      PeerFlag.objects.count(), PeerGrade.objects.values_list("score", "published")[::1])


def test_every_action_answers_the_block_as_it_is_now(course):
    root = load(course)
    code, body = call_handler(course.block(root, "amal"), "submit", {"text": "<p>Dear Ms Okafor</p>", "links": []})
    assert code == 200 and "Your submission" in body["html"] and "Dear Ms Okafor" in body["html"]
    submit_all(course, root, LEARNERS[1:])
    code, body = call_handler(course.block(root, "staff"), "allocate", {})
    assert code == 200 and "Close submissions and allocate" not in body["html"] and "owes 2 reviews" in body["html"]
    review = PeerReview.objects.filter(reviewer="amal").first()
    code, body = call_handler(course.block(root, "amal"), "submit_review",
                              {"review": review.id, "levels": {"purpose": 1, "register": 2}, "comment": ""})
    assert code == 200 and "1 review to do" in body["html"]


def test_the_facilitator_sees_status_and_an_accessible_chart(reviewed):
    course, root, _review = reviewed
    html = course.block(root, "staff").render("student_view").content
    assert '<meter class="ilelln-pr-bar"' in html and "Reviews per level for Clear purpose" in html
    assert html.count("2/2") >= 8  # reviews given and received for each of four learners


def test_staff_get_the_facilitator_view_without_a_learner_s_editor(course):
    root = load(course)
    assert 'class="ilelln-pr-editor"' in course.block(root, "amal").render("student_view").content
    html = course.block(root, "staff").render("student_view").content
    assert 'class="ilelln-pr-editor"' not in html and "ilelln-pr-staff" in html


# ----- files -----------------------------------------------------------------------------------------------

def upload(block, body, name="plan.pdf"):
    request = Request.blank("/", method="POST", body=body, headers={"X-File-Name": name})
    response = block.handle("upload", request)
    return response.status_code, json.loads(response.body)


def test_files_are_checked_stored_and_shown_only_to_those_allowed(course):
    root = load(course)
    code, body = upload(course.block(root, "amal"), PDF, "خطة.pdf")
    assert code == 200 and body["files"] == ["خطة.pdf"]
    assert upload(course.block(root, "amal"), b"<html>", "evil.pdf")[0] == 415
    assert upload(course.block(root, "amal"), PDF, "plan.exe")[0] == 415
    assert upload(course.block(root, "amal"), b"%PDF-" + b"0" * (1024 * 1024 + 1))[0] == 413
    submit_all(course, root)
    submission = PeerSubmission.objects.get(learner="amal")
    assert default_storage.exists(submission.files[0]["file"])
    get = Request.blank("/")
    assert course.block(root, "amal").handle("file", get, f"{submission.id}/0").body == PDF
    assert course.block(root, "basma").handle("file", get, f"{submission.id}/0").status_code == 403
    assert course.block(root, "amal").handle("file", get, f"{submission.id}/7").status_code == 404
    call_handler(course.block(root, "staff"), "allocate", {})
    reviewer = PeerReview.objects.filter(submission=submission).first().reviewer
    assert course.block(root, reviewer).handle("file", get, f"{submission.id}/0").status_code == 200


# ----- a refused request stores nothing ------------------------------------------------------------------------

DONE, PENDING, AUTHOR, REVIEWER = "<done>", "<pending>", "<author of pending>", "<reviewer of done>"


@pytest.fixture
def settled(course):
    """Reviewers allocated and every review done but dina's; amal replied to one review of her work and keeps a
    draft; emad has attached as many files as allowed, fadi saved a draft; neither submitted."""
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    review_all(course, root, LEARNERS[:3])
    done = PeerReview.objects.filter(submission__learner="amal", status="done").first()
    pending = PeerReview.objects.filter(reviewer="dina").first()
    assert call_handler(course.block(root, "amal"), "rate_review",
                        {"review": done.id, "helpful": 4, "reply": "Thank you!"})[0] == 200
    assert call_handler(course.block(root, "amal"), "save_draft", {"text": "<p>Next</p>", "links": []})[0] == 200
    assert call_handler(course.block(root, "fadi"), "save_draft", {"text": "<p>Mine</p>", "links": []})[0] == 200
    assert [upload(course.block(root, "emad"), PDF)[0] for _ in range(2)] == [200, 200]
    names = {DONE: done.id, PENDING: pending.id, AUTHOR: pending.submission.learner, REVIEWER: done.reviewer}
    return course, root, names


def stored(course, root, user):
    """Every row of every table, the caller's draft, the files in storage and the events published."""
    from django.apps import apps  # noqa: PLC0415
    from django.conf import settings  # noqa: PLC0415

    rows = {model._meta.label: list(model.objects.order_by("pk").values()) for model in apps.get_models()}
    block = course.block(root, user)
    draft = (block.draft_text, block.draft_links, block.draft_files)
    files = sorted(str(path) for path in Path(settings.MEDIA_ROOT).rglob("*"))
    return rows, draft, files, list(course.events)


REFUSALS = [  # (case, caller, handler, input, status): every write handler's refusals
    ("draft-bad-link", "amal", "save_draft", {"text": "<p>New</p>", "links": ["ftp://x.org"]}, 400),
    ("draft-signed-out", None, "save_draft", {"text": "<p>New</p>", "links": []}, 403),
    ("submit-empty", "amal", "submit", {"text": "", "links": []}, 400),
    ("submit-again", "amal", "submit", {"text": "<p>Again</p>", "links": []}, 409),
    ("submit-closed", "fadi", "submit", {"text": "<p>Late</p>", "links": []}, 409),
    ("submit-unknown-field", "fadi", "submit", {"text": "<p>x</p>", "grade": 1}, 400),
    ("upload-type", "fadi", "upload", (PDF, "plan.exe"), 415),
    ("upload-content", "fadi", "upload", (b"<html>", "evil.pdf"), 415),
    ("upload-size", "fadi", "upload", (b"%PDF-" + b"0" * (1024 * 1024 + 1), "big.pdf"), 413),
    ("upload-too-many", "emad", "upload", (PDF, "third.pdf"), 409),
    ("upload-signed-out", None, "upload", (PDF, "plan.pdf"), 403),
    ("remove-missing", "fadi", "remove_file", {"index": 0}, 404),
    ("remove-negative", "emad", "remove_file", {"index": -1}, 400),
    ("request-phased", "amal", "request_review", {}, 409),
    ("review-not-assigned", "basma", "submit_review",
     {"review": PENDING, "levels": {"purpose": 1, "register": 1}, "comment": "x"}, 403),
    ("review-twice", REVIEWER, "submit_review", {"review": DONE, "levels": {"purpose": 0, "register": 0},
                                                 "comment": "x"}, 409),
    ("review-incomplete", "dina", "submit_review", {"review": PENDING, "levels": {"purpose": 1}, "comment": "x"}, 400),
    ("rate-reply-twice", "amal", "rate_review", {"review": DONE, "helpful": 5, "reply": "Again"}, 409),
    ("rate-range", "amal", "rate_review", {"review": DONE, "helpful": 9, "reply": ""}, 400),
    ("rate-not-author", REVIEWER, "rate_review", {"review": DONE, "helpful": 1, "reply": ""}, 403),
    ("flag-outsider", "fadi", "flag", {"kind": "review", "id": DONE, "reason": "x"}, 403),
    ("flag-kind", "amal", "flag", {"kind": "thing", "id": DONE, "reason": "x"}, 400),
    ("moderate-learner", "amal", "moderate", {"kind": "review", "id": DONE, "hidden": True}, 403),
    ("moderate-missing", "staff", "moderate", {"kind": "review", "id": 99999, "hidden": True}, 404),
    ("allocate-learner", "amal", "allocate", {}, 403),
    ("reassign-own-work", "staff", "reassign", {"review": PENDING, "reviewer": AUTHOR}, 400),
    ("reassign-outsider", "staff", "reassign", {"review": PENDING, "reviewer": "zed"}, 400),
    ("reassign-done", "staff", "reassign", {"review": DONE, "reviewer": "staff"}, 404),
    ("reassign-learner", "amal", "reassign", {"review": PENDING, "reviewer": "staff"}, 403),
    ("override-no-reason", "staff", "override", {"learner": "amal", "score": 90, "reason": ""}, 400),
    ("override-nobody", "staff", "override", {"learner": "nobody", "score": 90, "reason": "x"}, 404),
    ("override-learner", "amal", "override", {"learner": "amal", "score": 100, "reason": "x"}, 403),
]


@pytest.mark.parametrize("handler", sorted({handler for _case, _user, handler, _input, _status in REFUSALS}))
def test_a_refused_request_stores_nothing(settled, handler):
    course, root, names = settled
    for case, caller, name, payload, status in REFUSALS:
        if name != handler:
            continue
        user = names.get(caller, caller)
        before = stored(course, root, user)
        block = course.block(root, user)
        if handler == "upload":
            code, body = upload(block, *payload)
        else:
            code, body = call_handler(block, handler, {
                key: names.get(value, value) if isinstance(value, str) else value for key, value in payload.items()})
        assert code == status and body["error"], (case, body)
        assert stored(course, root, user) == before, case


def test_a_refused_late_submission_leaves_an_unopened_activity_as_it_was(course, monkeypatch):
    root = load(course)
    close(monkeypatch)
    code, body = call_handler(course.block(root, "amal"), "submit", {"text": "<p>Late</p>", "links": []})
    assert code == 409 and "closed" in body["error"]
    assert not PeerActivity.objects.exists() and course.block(root, "amal").draft_text == ""


# ----- continuous mode ---------------------------------------------------------------------------------------

def test_continuous_reviewers_get_the_least_reviewed_work_never_twice(course):
    root = load(course, ' continuous="true"')
    assert call_handler(course.block(root, "amal"), "request_review", {})[0] == 409   # submit first
    submit_all(course, root)
    claimed = []
    for learner in LEARNERS:
        code, body = call_handler(course.block(root, learner), "request_review", {})
        assert code == 200 and body["review"]
        claimed.append(PeerReview.objects.get(pk=body["review"]).submission.learner)
    assert len(set(claimed)) == 4                # fewest reviews first: everyone's work once
    review_all(course, root)
    for learner in LEARNERS:
        call_handler(course.block(root, learner), "request_review", {})
    review_all(course, root)
    for learner in LEARNERS:
        code, body = call_handler(course.block(root, learner), "request_review", {})
        assert body["review"] is None or PeerReview.objects.get(pk=body["review"]).submission.learner != learner
    counts = PeerSubmission.objects.values_list("claimed", flat=True)
    assert max(counts) <= 2
    pairs = list(PeerReview.objects.values_list("submission_id", "reviewer"))
    assert len(pairs) == len(set(pairs))


# ----- OLX and mobile ------------------------------------------------------------------------------------------

def test_olx_is_readable_and_round_trips(course):
    root = load(course)
    block = course.block(root)
    node = etree.Element("x")
    block.add_xml_to_node(node)
    text = to_string(node)
    assert '<level points="2" label="Clear">First paragraph.</level>' in text
    again = course.block(course.load(text, scenario="again"))
    assert again.rubric == block.rubric and again.prompt == block.prompt
    node2 = etree.Element("x")
    again.add_xml_to_node(node2)
    assert to_string(node2) == text


def test_studio_validation_names_each_problem(course):
    root = load(course)
    block = course.block(root, "staff")
    block.rubric = ["purpose | Purpose | 0 = a"]
    block.reviews_per_submission = 0
    block.prompt = ""
    messages = [str(message.text) for message in block.validate().messages]
    assert any("Rubric line 1" in text and "two levels" in text for text in messages)
    assert any("between 1 and 10" in text for text in messages)
    assert any("prompt" in text for text in messages)


def test_student_view_data_for_the_mobile_apps(course):
    root = load(course)
    submit_all(course, root)
    call_handler(course.block(root, "staff"), "allocate", {})
    data = course.block(root, "amal").student_view_data()
    assert data["rubric"][0]["key"] == "purpose" and "submitted" not in data
    json.dumps(data)
    mine = user_state(course.block(root, "amal"))
    assert mine["submitted"] and mine["reviews_to_do"] == 2


# ----- queries stay flat as the cohort grows -----------------------------------------------------------------

def _cohort(block_key, size):
    PeerActivity.objects.create(block_key=block_key, course_key="workbench", reviews_per_submission=2,
                                allocated_at=AFTER_CLOSE)
    PeerSubmission.objects.bulk_create([PeerSubmission(block_key=block_key, course_key="workbench",
                                                       learner=f"p{n}", text="<p>x</p>") for n in range(size)])
    ids = list(PeerSubmission.objects.filter(block_key=block_key).values_list("id", flat=True))
    PeerReview.objects.bulk_create([PeerReview(block_key=block_key, submission_id=ids[(n + step) % size],
                                               reviewer=f"p{n}") for n in range(size) for step in (1, 2)])


def _queries(course, root, user, handler, payload):
    block = course.block(root, user)
    with CaptureQueriesContext(connection) as queries:
        code, body = call_handler(block, handler, payload)
    assert code == 200, body
    return len(queries)


@pytest.mark.parametrize("handler", ["submit", "submit_review", "rate_review", "flag", "reassign", "override",
                                     "request_review", "moderate"])
def test_queries_per_handler_do_not_grow_with_the_cohort(course, handler):
    counts = []
    for size in (30, 3000):
        root = load(course, ' continuous="true"' if handler == "request_review" else "")
        key = str(root)
        _cohort(key, size)
        review = PeerReview.objects.filter(block_key=key, reviewer="p0").first()
        if handler in ("rate_review", "moderate"):
            PeerReview.objects.filter(pk=review.pk).update(status="done", parts={})
        payload = {
            "submit": {"text": "<p>New learner</p>", "links": []},
            "submit_review": {"review": review.id, "levels": {"purpose": 1, "register": 1}, "comment": "ok"},
            "rate_review": {"review": review.id, "helpful": 3, "reply": "thanks"},
            "flag": {"kind": "review", "id": review.id, "reason": "x"},
            "reassign": {"review": review.id, "reviewer": "staff"},
            "override": {"learner": "p1", "score": 80, "reason": "x"},
            "request_review": {},
            "moderate": {"kind": "review", "id": review.id, "hidden": True},
        }[handler]
        user = {"submit": "newcomer", "rate_review": review.submission.learner, "flag": review.submission.learner,
                "reassign": "staff", "override": "staff", "moderate": "staff"}.get(handler, "p0")
        if handler == "submit":
            PeerActivity.objects.filter(block_key=key).update(allocated_at=None)
        counts.append(_queries(course, root, user, handler, payload))
    assert counts[0] == counts[1], counts


# ----- review within teams (the LMS teams service) ------------------------------------------------------------

TEAM_ONE, TEAM_TWO = ["amal", "basma", "chadi"], ["dina", "emad", "fadi"]


@pytest.fixture
def platform(monkeypatch):
    from tests.block.platform_groups import Platform  # noqa: PLC0415

    lms = Platform()
    lms.team("t1", "projects", TEAM_ONE)
    lms.team("t2", "projects", TEAM_TWO)
    lms.install(monkeypatch)
    return lms


@pytest.mark.parametrize("topic", ["projects", ""])
def test_review_within_teams_submits_and_allocates_by_team(course, platform, monkeypatch, topic):
    root = load(course, f' group_by_team="true" teams_topic="{topic}"')
    for learner in TEAM_ONE + TEAM_TWO:
        code, body = call_handler(platform.block(course, root, learner), "submit",
                                  {"text": f"<p>Dear Ms Okafor, I am {learner}.</p>", "links": []})
        assert code == 200, body
    assert dict(PeerSubmission.objects.values_list("learner", "group_key")) == {
        **{learner: "team:t1" for learner in TEAM_ONE}, **{learner: "team:t2" for learner in TEAM_TWO}}
    close(monkeypatch)
    platform.block(course, root, "amal").render("student_view")     # the first visit after the close allocates
    assert PeerReview.objects.count() == 12
    for team in (TEAM_ONE, TEAM_TWO):
        for reviewer in team:
            reviewed = set(PeerReview.objects.filter(reviewer=reviewer).values_list("submission__learner", flat=True))
            assert len(reviewed) == 2 and reviewed <= set(team) - {reviewer}


def test_review_within_teams_without_a_teams_service_reviews_the_whole_cohort(course, platform):
    root = load(course, ' group_by_team="true"')
    code, body = call_handler(platform.block(course, root, "amal", teams=False), "submit",
                              {"text": "<p>Dear Ms Okafor,</p>", "links": []})
    assert code == 200, body
    assert PeerSubmission.objects.get(learner="amal").group_key == ""


# ----- line breaks ---------------------------------------------------------------------------------------------

CHROMIUM_EMAIL = ("<div>Dear Ms Okafor,</div><div><br></div><div>We propose a joint story hour.</div><div><br></div>"
                  "<div>Kind regards,</div><div><b>Omar</b></div>")
EMAIL_TEXT = "Dear Ms Okafor,\n\nWe propose a joint story hour.\n\nKind regards,\nOmar"


def test_the_lines_of_the_work_survive_the_draft_the_submission_and_the_csv(course):
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    from ilelln_xblocks.core.sanitize import plain_text  # noqa: PLC0415

    root = load(course)
    assert call_handler(course.block(root, "omar"), "save_draft", {"text": CHROMIUM_EMAIL, "links": []})[0] == 200
    assert plain_text(course.block(root, "omar").draft_text) == EMAIL_TEXT
    assert "Kind regards,<br><b>Omar</b>" in course.block(root, "omar").render("student_view").content
    assert call_handler(course.block(root, "omar"), "submit", {"text": CHROMIUM_EMAIL, "links": []})[0] == 200
    assert plain_text(PeerSubmission.objects.get(learner="omar").text) == EMAIL_TEXT
    rows = list(csv.DictReader(io.StringIO(
        course.block(root, "staff").handle("export", Request.blank("/")).body.decode("utf-8-sig"))))
    assert [row["text"] for row in rows] == [EMAIL_TEXT]


# ----- the package -----------------------------------------------------------------------------------------------

def test_only_the_store_touches_the_database():
    folder = Path(peer_store.__file__).parent
    for path in sorted(folder.glob("*.py")):
        if path.name == "store.py":
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names
                     if alias.name == "models"}
        assert not {name for name in imported if name.startswith("django.db") or name.endswith("models")}, path.name
        assert ".objects" not in text and "transaction" not in text, path.name
