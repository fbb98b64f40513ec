"""Writing in process: checklist feedback, drafts, attempts, the staff override, Studio and OLX."""
import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.writing.scenarios import ABSTRACT, EMAIL
from ilelln_xblocks.models import WritingSubmission
from tests.helpers import call_handler
from tests.unit.test_writing_logic import CASUAL, GOOD

pytestmark = pytest.mark.django_db


@pytest.fixture
def email(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    return world, world.load(EMAIL)


def test_a_good_email_meets_every_criterion(email):
    world, root = email
    with translation.override("en"):
        code, body = call_handler(world.block(root), "submit", {"text": GOOD})
    assert code == 200 and body["score"] == 1.0, body["results"]
    total = len(body["results"])
    assert total >= 18 and body["summary"] == f"{total} of {total} criteria met."   # tone, capitals, own words...
    assert world.events_of("grade") == [{"value": 1.0, "max_value": 1.0, "only_if_higher": True}]
    row = WritingSubmission.objects.get(learner="alice")
    assert row.text == GOOD and row.attempts == 1 and row.learner_name == "alice"


def test_a_casual_message_gets_feedback_per_criterion_in_arabic(email):
    world, root = email
    with translation.override("ar"):
        code, body = call_handler(world.block(root), "submit", {"text": CASUAL})
    assert code == 200 and body["score"] < 0.3
    failed = {result["key"] for result in body["results"] if not result["passed"]}
    assert {"subject", "closing", "signature", "register", "length"} <= failed
    register = next(result for result in body["results"] if result["key"] == "register")
    assert register["label"] == "الأسلوب الرسمي" and "asap" in register["detail"]


def test_drafts_are_saved_and_kept_when_a_submission_is_refused(email):
    world, root = email
    assert call_handler(world.block(root), "save_draft", {"text": "Dear Ms Wanjiru,"})[0] == 200
    assert world.block(root).draft == "Dear Ms Wanjiru,"
    code, body = call_handler(world.block(root), "submit", {"text": "   "})
    assert code == 400 and body["error"]
    assert world.block(root).attempts == 0


@pytest.mark.parametrize("handler, payload", [
    ("save_draft", {"text": "x" * 10001}),
    ("save_draft", {"text": "ok", "score": 1}),
    ("submit", {"text": ["a list"]}),
])
def test_bad_input_is_refused(email, handler, payload):
    world, root = email
    call_handler(world.block(root), "save_draft", {"text": "kept"})
    code, body = call_handler(world.block(root), handler, payload)
    assert code == 400 and body["error"]
    assert world.block(root).draft == "kept" and world.block(root).attempts == 0


def test_submissions_run_out_and_a_refused_submission_stores_nothing(email):
    world, root = email
    for _ in range(3):
        assert call_handler(world.block(root), "submit", {"text": CASUAL})[0] == 200
    code, body = call_handler(world.block(root), "submit", {"text": GOOD})
    assert code == 409 and "stays on this page" in body["error"]
    assert world.block(root).draft == CASUAL                      # the last accepted text, not the refused one


def test_staff_override_reaches_the_learner_with_its_comment(email):
    world, root = email
    call_handler(world.block(root), "submit", {"text": CASUAL})
    code, body = call_handler(world.block(root, "alice"), "override", {"learner": "alice", "score": 80, "comment": "x"})
    assert code == 403
    code, body = call_handler(world.block(root, "staff"), "override",
                              {"learner": "alice", "score": 80, "comment": "Good purpose; avoid 'asap'."})
    assert code == 200
    assert call_handler(world.block(root, "staff"), "override", {"learner": "nobody", "score": 5})[0] == 404
    assert call_handler(world.block(root, "staff"), "override", {"learner": "alice", "score": 101})[0] == 400
    with translation.override("en"):
        html = world.block(root, "alice").render("student_view").content
    assert "Your facilitator set your score to 80%." in html and "avoid &#x27;asap&#x27;" in html
    assert world.events_of("grade", "alice")[-1] == {"value": 0.8, "max_value": 1.0, "only_if_higher": False}
    world.block(root, "alice").render("student_view")
    assert len(world.events_of("grade", "alice")) == 2     # published once, on the learner's next visit


def test_staff_see_every_submission_and_learners_do_not(email):
    world, root = email
    call_handler(world.block(root, "alice"), "submit", {"text": GOOD})
    call_handler(world.block(root, "bob"), "submit", {"text": CASUAL})
    with translation.override("en"):
        staff_html = world.block(root, "staff").render("student_view").content
        bob_html = world.block(root, "bob").render("student_view").content
    alice_sentence = "Could you tell me the loan period"
    assert "Submissions (staff only)" in staff_html and alice_sentence in staff_html
    assert "Submissions (staff only)" not in bob_html and alice_sentence not in bob_html


def test_not_signed_in_cannot_save(email):
    world, root = email
    assert call_handler(world.runtime(None).get_block(root), "save_draft", {"text": "x"})[0] == 403


def test_studio_validation(world):
    root = world.load('<ilelln_writing min_words="200" max_words="100"><check>salutation</check></ilelln_writing>')
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert any(text.startswith("Unknown structure checks: salutation.") for text in messages)
    assert "The word limits must be positive, and the maximum at least the minimum." in messages
    assert "Write the task for the learners." in messages


@pytest.mark.parametrize("source", [EMAIL, ABSTRACT])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<idea>" in exported and "<task>" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("task", "gloss", "structure", "ideas", "min_words", "max_words", "extra_words", "min_reading_ease"):
        assert getattr(second, name) == getattr(first, name), name


def test_the_reviewed_setting_round_trips_and_decides_the_advisory_note(world):
    block = world.block(world.load(EMAIL.replace("<ilelln_writing ", '<ilelln_writing reviewed="false" ', 1)))
    assert block.reviewed is False
    node = etree.Element("root")
    block.add_xml_to_node(node)
    again = world.block(world.load(to_string(node), scenario="again"))
    assert again.reviewed is False
    with translation.override("en"):
        html = again.student_view().content
        assert "What the check looks at" in html and "Write between 60 and 220 words." in html
        assert "The automatic score is advice" not in html
        reviewed = world.block(world.load(EMAIL, scenario="third"))
        assert "The automatic score is advice" in reviewed.student_view().content


def test_the_criteria_section_follows_the_content_and_the_language(world):
    """The criteria are rendered once per content and language ({% partial %}): an author's edit shows at once,
    labels are translated, the author's ideas keep their words."""
    root = world.load(EMAIL)
    with translation.override("en"):
        english = world.block(root).student_view().content
    with translation.override("ar"):
        arabic = world.block(root).student_view().content
    assert "Subject line" in english and "· 1 point" in english and "interlibrary loan</span>" in english
    assert "سطر الموضوع" in arabic and "Subject line" not in arabic and "loan period" in arabic
    edited = world.load(EMAIL.replace("<idea>interlibrary loan</idea>", "<idea>opening &lt;hours&gt;</idea>")
                        .replace('max_words="220"', 'max_words="0"'), scenario="edited")
    with translation.override("en"):
        html = world.block(edited).student_view().content
    assert "opening &lt;hours&gt;" in html and "interlibrary loan</span>" not in html
    assert "Write at least 60 words." in html and "Write between" not in html


def test_the_form_follows_each_learners_attempts(email):
    """The form's parts are partials keyed by the attempts left, the best score and the feedback: never another
    learner's state."""
    world, root = email

    def page(user):
        with translation.override("en"):
            return world.find(root, "ilelln_writing", user).student_view().content

    assert "Your best score" not in page("alice") and 'ilelln-wr-feedback" hidden' in page("alice")
    call_handler(world.find(root, "ilelln_writing", "alice"), "submit", {"text": CASUAL})
    assert "Your best score: " in page("alice") and 'ilelln-wr-feedback" hidden' not in page("alice")
    assert "Your best score" not in page("bob") and " readonly" not in page("bob")
    while call_handler(world.find(root, "ilelln_writing", "alice"), "submit", {"text": CASUAL})[0] == 200:
        pass
    assert " readonly" in page("alice") and " readonly" not in page("bob")
    assert "ilelln-preview" in page("staff") and "ilelln-preview" not in page("alice")
