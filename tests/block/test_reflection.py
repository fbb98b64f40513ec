"""The reflection journal in process: drafts, submit, evidence, privacy, the gallery, comments, staff CSV, OLX."""
import csv
import io
import json

import pytest
from django.core.files.storage import default_storage
from django.utils import translation
from lxml import etree
from webob import Request

from ilelln_xblocks.collaboration.reflection.scenarios import FIELD_VISIT, WORKSHOP
from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.models import Reflection, ReflectionComment
from tests.helpers import call_handler, user_state
from tests.unit.test_reflection_logic import PNG, jpeg, segment

pytestmark = pytest.mark.django_db

SALMA = ["رأيت الأطفال يصممون نموذج منارة بالطابعة ثلاثية الأبعاد.",
         "تعلمت أن الجدول الأسبوعي والإشراف التطوعي يجعلان المساحة مستدامة.",
         "سأبدأ ركنًا صغيرًا للروبوتات في مكتبة الفرع يوم السبت بالشراكة مع مدرسة قريبة.",
         "صورة لنموذج المنارة، لأنها تلخص فكرة التعلم بالعمل."]
AHMED = ["ورشة الحكي الرقمي", "تعلمت استخدام التابلت في الحكي", "سأجربه في الصيف", "صورة"]


@pytest.fixture
def visit(world, settings, tmp_path):
    """The Alexandria field visit (evidence required), with 'facilitator' as staff and storage in a temp folder."""
    settings.ILELLN_WORKBENCH_STAFF = ("staff", "facilitator")
    settings.MEDIA_ROOT = str(tmp_path)
    return world, world.load(FIELD_VISIT)


def as_(world, root, user):
    return world.find(root, "ilelln_reflection", user)


def upload(block, body, name="visit.jpg", method="POST"):
    request = Request.blank("/", method=method, body=body,
                            headers={"Content-Type": "image/jpeg", "X-File-Name": name})
    response = block.handle("upload", request)
    return response.status_code, json.loads(response.body)


def get(block, handler, suffix=""):
    response = block.handle(handler, Request.blank("/"), suffix)
    return response.status_code, response.body, response


def submit(world, root, user, answers, links=("https://www.example.org/visit",)):
    return call_handler(as_(world, root, user), "submit", {"answers": list(answers), "links": list(links)})


def test_a_draft_is_saved_and_shown_again(visit):
    world, root = visit
    code, body = call_handler(as_(world, root, "salma"), "save_draft",
                              {"answers": [SALMA[0], "", "", ""], "links": ["https://half"]})
    assert code == 200 and body["saved"]
    html = as_(world, root, "salma").render("student_view").content
    assert SALMA[0] in html and 'value="https://half"' in html
    assert not Reflection.objects.exists()          # a draft is the learner's own state, not a submission


def test_submitting_completes_the_activity_and_keeps_it_private(visit):
    world, root = visit
    code, body = submit(world, root, "salma", SALMA)
    assert code == 200 and body["first"] and not body["shared"]
    row = Reflection.objects.get(learner="salma")
    assert [item["answer"] for item in row.answers] == SALMA and row.learner_name == "salma"
    assert row.answers[0]["prompt"].startswith("ماذا رأيت")
    assert world.events_of("completion", "salma") == [{"completion": 1.0}]
    assert world.events_of("grade") == []
    html = as_(world, root, "ahmed").render("student_view").content
    assert SALMA[0] not in html


@pytest.mark.parametrize("payload, field", [
    ({"answers": SALMA[:3], "links": []}, "answers"),
    ({"answers": "نص", "links": []}, "answers"),
    ({"answers": [*SALMA[:3], 4], "links": []}, "answers"),
    ({"answers": SALMA, "links": ["javascript:alert(document.cookie)"]}, "links"),
    ({"answers": SALMA, "links": ["https://a.org", "https://b.org", "https://c.org", "https://d.org"]}, "links"),
    ({"answers": SALMA, "links": "https://a.org"}, "links"),
    ({"answers": [*SALMA[:3], "x" * 5001], "links": []}, "answers"),
])
def test_bad_submissions_are_refused_and_the_old_reflection_is_kept(visit, payload, field):
    world, root = visit
    submit(world, root, "salma", SALMA)
    before = Reflection.objects.get(learner="salma").answers
    with translation.override("en"):
        code, body = call_handler(as_(world, root, "salma"), "submit", payload)
    assert code == 400 and field in body["fields"]
    assert Reflection.objects.get(learner="salma").answers == before


@pytest.mark.parametrize("raw, status", [
    (b"not json", 400), (b"[1, 2]", 400), (b'{"answers": [], "extra": 1}', 400), (b"{}", 400),
    (b'{"answers": ["' + b"x" * 300_000 + b'"]}', 413),
])
def test_hostile_bodies_get_a_clear_4xx(visit, raw, status):
    world, root = visit
    code, body = call_handler(as_(world, root, "salma"), "save_draft", raw=raw)
    assert code == status and body["error"]


def test_a_blank_prompt_or_missing_evidence_is_refused_and_stores_nothing(visit):
    world, root = visit
    call_handler(as_(world, root, "salma"), "save_draft", {"answers": [SALMA[0], "", "", ""], "links": []})
    with translation.override("en"):
        code, body = submit(world, root, "salma", [SALMA[0], " ", SALMA[2], ""])
        assert code == 400 and "2, 4" in body["error"]
        code, body = submit(world, root, "salma", SALMA, links=[])
        assert code == 400 and "evidence" in body["error"]
    assert not Reflection.objects.exists()
    assert as_(world, root, "salma").draft_answers == [SALMA[0], "", "", ""]    # the autosaved draft, untouched


def test_share_and_unshare_decide_who_reads_it(visit):
    world, root = visit
    assert call_handler(as_(world, root, "salma"), "share", {"shared": True})[0] == 409   # not submitted yet
    submit(world, root, "salma", SALMA)
    assert call_handler(as_(world, root, "salma"), "share", {"shared": "yes"})[0] == 400
    assert call_handler(as_(world, root, "salma"), "share", {"shared": True})[0] == 200
    gallery = call_handler(as_(world, root, "ahmed"), "gallery", {})[1]["reflections"]
    assert [card["author"] for card in gallery] == ["salma"] and gallery[0]["answers"][0][1] == SALMA[0]
    assert SALMA[0] in as_(world, root, "ahmed").render("student_view").content
    assert call_handler(as_(world, root, "salma"), "share", {"shared": False})[0] == 200
    assert call_handler(as_(world, root, "ahmed"), "gallery", {})[1]["reflections"] == []
    assert SALMA[0] not in as_(world, root, "ahmed").render("student_view").content


def test_a_learner_cannot_read_another_learners_private_reflection(visit):
    world, root = visit
    submit(world, root, "salma", SALMA)
    upload(as_(world, root, "salma"), jpeg())
    submit(world, root, "salma", SALMA)
    row = Reflection.objects.get(learner="salma")
    ahmed = as_(world, root, "ahmed")
    assert call_handler(ahmed, "gallery", {})[1]["reflections"] == []
    assert get(ahmed, "photo", str(row.id))[0] == 403
    assert get(ahmed, "photo", "draft")[0] == 404                      # "draft" is always the caller's own
    assert call_handler(ahmed, "comment", {"reflection": row.id, "text": "x", "nonce": "n" * 16})[0] == 403
    assert get(ahmed, "export")[0] == 403
    html = ahmed.render("student_view").content
    assert all(answer not in html for answer in SALMA) and f"photo/{row.id}" not in html
    assert get(world.runtime(None).get_block(as_(world, root, "salma").scope_ids.usage_id), "photo", str(row.id))[0] \
        == 403                                                         # nobody signed in
    assert get(as_(world, root, "facilitator"), "photo", str(row.id))[0] == 200


def test_a_photo_is_stored_without_its_location_and_replaced_cleanly(visit):
    world, root = visit
    photo = jpeg(segment(0xE1, b"Exif\x00\x00GPS 31.2N 29.9E"))
    code, body = upload(as_(world, root, "salma"), photo, name="%D9%85%D9%86%D8%A7%D8%B1%D8%A9.jpg")
    assert code == 200 and body["name"] == "منارة.jpg"
    first = as_(world, root, "salma").draft_photo["file"]
    assert b"GPS" not in default_storage.open(first).read()
    submit(world, root, "salma", SALMA, links=[])                       # the photo is the evidence
    assert Reflection.objects.get(learner="salma").photo == first
    upload(as_(world, root, "salma"), PNG)                              # a new draft photo ...
    assert default_storage.exists(first)                                # ... the submitted one stays
    submit(world, root, "salma", SALMA, links=[])
    assert not default_storage.exists(first)                            # replaced on the next submission
    code, body, response = get(as_(world, root, "salma"), "photo", str(Reflection.objects.get().id))
    assert code == 200 and body == PNG and response.headers["X-Content-Type-Options"] == "nosniff"
    assert call_handler(as_(world, root, "salma"), "remove_photo", {})[0] == 200
    assert call_handler(as_(world, root, "salma"), "remove_photo", {})[0] == 404


@pytest.mark.parametrize("body, status, words", [
    (b"", 400, "empty"),
    (b"<svg onload=alert(1)></svg>", 415, "JPEG, PNG or WebP"),
    (b"%PDF-1.7 " * 10, 415, "JPEG, PNG or WebP"),
    (b"\xff\xd8\xff" + b"\x00" * (3 * 1024 * 1024), 413, "larger than 3.0\xa0MB."),
])
def test_bad_photos_are_refused_and_nothing_is_stored(visit, body, status, words):
    world, root = visit
    with translation.override("en"):
        code, answer = upload(as_(world, root, "salma"), body)
    assert code == status and words in answer["error"]
    assert as_(world, root, "salma").draft_photo == {}
    assert not default_storage.exists("ilelln/reflection")


def test_an_upload_needs_a_post_and_a_signed_in_learner(visit):
    world, root = visit
    assert upload(as_(world, root, "salma"), PNG, method="GET")[0] == 405
    anonymous = world.runtime(None).get_block(as_(world, root, "salma").scope_ids.usage_id)
    assert upload(anonymous, PNG)[0] == 403


def test_peers_comment_on_a_shared_reflection_once_and_see_it_escaped(visit):
    world, root = visit
    submit(world, root, "salma", SALMA)
    call_handler(as_(world, root, "salma"), "share", {"shared": True})
    reflection = Reflection.objects.get().id
    comment = {"reflection": reflection, "text": "<script>alert('x')</script> فكرة رائعة!", "nonce": "a1b2c3d4e5f6"}
    code, body = call_handler(as_(world, root, "ahmed"), "comment", comment)
    assert code == 200 and body["created"] and body["author"] == "ahmed"
    code, body = call_handler(as_(world, root, "ahmed"), "comment", comment)     # a retry on a weak connection
    assert code == 200 and not body["created"] and ReflectionComment.objects.count() == 1
    html = as_(world, root, "mona").render("student_view").content
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert "فكرة رائعة" in as_(world, root, "salma").render("student_view").content   # the author sees it too
    for bad in ({"reflection": reflection, "text": "  ", "nonce": "a1b2c3d4e5f7"},
                {"reflection": reflection, "text": "x", "nonce": "<bad>"},
                {"reflection": reflection, "text": "x" * 2001, "nonce": "a1b2c3d4e5f8"},
                {"reflection": "one", "text": "x", "nonce": "a1b2c3d4e5f9"}):
        assert call_handler(as_(world, root, "ahmed"), "comment", bad)[0] == 400
    assert call_handler(as_(world, root, "ahmed"), "comment",
                        {"reflection": 999, "text": "x", "nonce": "zzzzzzzzzz"})[0] == 404
    assert ReflectionComment.objects.count() == 1


def test_only_the_commenter_or_staff_delete_a_comment(visit):
    world, root = visit
    submit(world, root, "salma", SALMA)
    call_handler(as_(world, root, "salma"), "share", {"shared": True})
    reflection = Reflection.objects.get().id
    first = call_handler(as_(world, root, "ahmed"), "comment",
                         {"reflection": reflection, "text": "شكرًا", "nonce": "nonce-0001"})[1]["id"]
    second = call_handler(as_(world, root, "ahmed"), "comment",
                          {"reflection": reflection, "text": "سؤال", "nonce": "nonce-0002"})[1]["id"]
    assert call_handler(as_(world, root, "salma"), "delete_comment", {"comment": first})[0] == 403
    assert call_handler(as_(world, root, "ahmed"), "delete_comment", {"comment": first})[0] == 200
    assert call_handler(as_(world, root, "facilitator"), "delete_comment", {"comment": second})[0] == 200
    assert call_handler(as_(world, root, "facilitator"), "delete_comment", {"comment": second})[0] == 404
    assert not ReflectionComment.objects.exists()


def test_facilitators_see_every_reflection_and_export_a_safe_csv(visit):
    world, root = visit
    submit(world, root, "salma", SALMA)
    submit(world, root, "ahmed", ["=HYPERLINK(\"http://evil\")", *AHMED[1:]])
    call_handler(as_(world, root, "ahmed"), "share", {"shared": True})
    html = as_(world, root, "facilitator").render("student_view").content
    assert SALMA[0] in html and "Every reflection (staff only)" in html
    code, body, response = get(as_(world, root, "facilitator"), "export")
    assert code == 200 and response.content_type == "text/csv"
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:6] == ["learner", "username", "submitted", "updated", "shared", "words"]
    by_learner = {row[0]: row for row in rows[1:]}
    assert by_learner["salma"][4] == "no" and by_learner["salma"][6] == SALMA[0]
    assert by_learner["ahmed"][4] == "yes" and by_learner["ahmed"][6].startswith("'=")
    assert "Every reflection" not in as_(world, root, "salma").render("student_view").content


def test_the_gallery_reads_in_a_fixed_number_of_queries(visit, django_assert_max_num_queries):
    world, root = visit
    for number in range(6):
        learner = f"learner{number}"
        submit(world, root, learner, SALMA)
        call_handler(as_(world, root, learner), "share", {"shared": True})
        reflection = Reflection.objects.get(learner=learner).id
        call_handler(as_(world, root, "ahmed"), "comment",
                     {"reflection": reflection, "text": "جميل", "nonce": f"nonce-{number:04d}"})
    block = as_(world, root, "facilitator")
    with django_assert_max_num_queries(4):
        block.render("student_view")


def test_sharing_can_be_turned_off(world):
    root = world.load('<ilelln_reflection template="seminar" allow_sharing="false"/>')
    block = world.block(root, "salma")
    call_handler(block, "submit", {"answers": ["a", "b", "c", "d"], "links": []})
    assert call_handler(world.block(root, "salma"), "share", {"shared": True})[0] == 403
    assert "Cohort gallery" not in world.block(root, "salma").render("student_view").content


def test_built_in_prompts_follow_the_learners_language(world):
    root = world.load(WORKSHOP)
    with translation.override("en"):
        assert "What did we do in the workshop?" in world.find(root, "ilelln_reflection").student_view_data()[
            "prompts"]
    with translation.override("ar"):
        prompts = world.find(root, "ilelln_reflection").student_view_data()["prompts"]
    assert prompts[0] != "What did we do in the workshop?" and len(prompts) == 4


def test_student_view_data_and_studio_validation(world):
    root = world.load('<ilelln_reflection template="custom" max_photo_mb="50"/>')
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Write at least one prompt, or choose a built-in template." in messages
    assert "The largest photo must be between 0.1 and 20 MB." in messages
    root = world.load('<ilelln_reflection template="poem"><prompt>x</prompt></ilelln_reflection>', scenario="b")
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Choose a template: field visit, workshop, seminar or custom prompts." in messages
    data = world.find(world.load(FIELD_VISIT, scenario="c"), "ilelln_reflection").student_view_data()
    assert len(data["prompts"]) == 4 and data["require_evidence"] and "submitted" not in data
    assert user_state(world.find(world.load(FIELD_VISIT, scenario="e"), "ilelln_reflection"))["submitted"] is False
    assert world.find(world.load(FIELD_VISIT, scenario="d"), "ilelln_reflection").validate().messages == []


@pytest.mark.parametrize("source", [FIELD_VISIT, WORKSHOP])
def test_olx_round_trip(world, source):
    first = world.find(world.load(f"<vertical_demo>{source}</vertical_demo>"), "ilelln_reflection")
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<intro>" in exported and "{" not in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("display_name", "intro", "template", "prompts", "require_evidence", "allow_sharing", "max_upload_mb"):
        assert getattr(second, name) == getattr(first, name), name


def test_studio_offers_the_templates_in_the_authors_language(world):
    root = world.load(WORKSHOP)
    with translation.override("ar"):
        html = world.find(root, "ilelln_reflection", "staff").render("studio_view").content
    assert 'value="workshop" selected' in html and "ورشة عمل" in html and "أسئلة خاصة" in html


def test_someone_not_signed_in_is_asked_to_sign_in_and_can_do_nothing(world):
    root = world.load(FIELD_VISIT)
    usage = world.find(root, "ilelln_reflection").scope_ids.usage_id
    anonymous = world.runtime(None).get_block(usage)
    with translation.override("en"):
        assert "Sign in to write your reflection." in anonymous.render("student_view").content
    for handler, payload in (("save_draft", {"answers": ["a"] * 4}), ("submit", {"answers": ["a"] * 4}),
                             ("share", {"shared": True}), ("gallery", {})):
        assert call_handler(anonymous, handler, payload)[0] == 403
    assert not Reflection.objects.exists()


def test_prompt_and_link_labels_follow_the_language_and_the_draft_stays_the_learners(visit):
    """Prompt and link labels are partials (once per prompt, number and language): built-in prompts are
    translated, an author's own prompt is kept as written and escaped, and each learner's draft is their own."""
    world, visit_root = visit
    root = world.load('<ilelln_reflection template="field_visit"/>', scenario="built-in")

    def page(user, language, where=root):
        with translation.override(language):
            return as_(world, where, user).student_view().content

    english, arabic = page("alice", "en"), page("alice", "ar")
    assert "What did I see during the visit?</label>" in english and "Link 3 (http:// or https://)" in english
    assert "ماذا رأيت خلال الزيارة؟</label>" in arabic and "What did I see" not in arabic
    assert "ماذا رأيت في مساحة الابتكار للأطفال؟" in page("alice", "en", visit_root)   # the author's, as written
    assert call_handler(as_(world, root, "alice"), "save_draft",
                        {"answers": SALMA[:1] + ["", "", ""], "links": ["https://example.org/a"]})[0] == 200
    assert SALMA[0] in page("alice", "ar") and 'value="https://example.org/a"' in page("alice", "en")
    assert SALMA[0] not in page("bob", "ar") and 'value="https://example.org/a"' not in page("bob", "en")
    custom = world.load('<ilelln_reflection template="custom"><prompt>What did &lt;b&gt;you&lt;/b&gt; see?</prompt>'
                        '</ilelln_reflection>', scenario="custom")
    assert "What did &lt;b&gt;you&lt;/b&gt; see?</label>" in page("alice", "ar", custom)

