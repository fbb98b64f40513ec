"""The gap fill in process: server-side checking, attempts, grades, feedback, Studio and OLX."""
import pytest
from django.utils import translation
from lxml import etree, html

from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.english.gap_fill.scenarios import EMAIL, NETWORKING
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db
RIGHT = ["to", "in", "the loan period", "for", "information", "to hearing"]


@pytest.fixture
def email(world):
    return world, world.load(EMAIL)


def test_correct_answers_earn_full_marks_and_complete(email):
    world, root = email
    code, body = call_handler(world.block(root), "check", {"answers": RIGHT})
    assert code == 200 and body["finished"] and body["score"] == 1.0
    assert body["answers"] == RIGHT[:2] + ["the loan period", "for", "information", "to hearing"]
    assert world.events_of("grade") == [{"value": 1.0, "max_value": 1.0, "only_if_higher": True}]
    assert world.events_of("completion") == [{"completion": 1.0}]


def test_typos_get_partial_credit_and_l1_errors_get_the_authors_feedback(email):
    world, root = email
    answers = ["for", "in", "about the loan period", "for", "infromation", "to hear"]
    with translation.override("en"):
        code, body = call_handler(world.block(root), "check", {"answers": answers})
    assert code == 200
    # "to hear" is an anticipated error in this text, so it is not accepted as another form of "to hearing".
    statuses = [result["status"] for result in body["results"]]
    assert statuses == ["expected", "correct", "expected", "correct", "almost", "expected"]
    assert body["results"][4]["message"] == "Almost: check your spelling."
    assert "without 'about'" in body["results"][2]["message"]
    assert body["score"] == pytest.approx((1 + 1 + 0.5) / 6)
    assert body["answers"] is None and body["attempts_left"] == 2
    assert world.events_of("completion") == []


def test_best_score_is_kept_and_attempts_run_out(email):
    world, root = email
    call_handler(world.block(root), "check", {"answers": RIGHT[:5] + ["x"]})
    call_handler(world.block(root), "check", {"answers": ["x"] * 6})
    code, body = call_handler(world.block(root), "check", {"answers": ["x"] * 6})
    assert code == 200 and body["finished"] and body["attempts_left"] == 0
    assert body["score"] == pytest.approx(5 / 6)
    assert [e["value"] for e in world.events_of("grade")] == pytest.approx([5 / 6] * 3)
    code, body = call_handler(world.block(root), "check", {"answers": RIGHT})
    assert code == 409 and body["error"]
    assert world.block(root).best_score == pytest.approx(5 / 6)


@pytest.mark.parametrize("payload", [
    {"answers": ["to"]},
    {"answers": "to in"},
    {"answers": [1, 2, 3, 4, 5, 6]},
    {"answers": ["x" * 201] + RIGHT[1:]},
    {"answers": RIGHT, "score": 1},
    {},
])
def test_bad_input_is_refused_without_using_an_attempt(email, payload):
    world, root = email
    code, body = call_handler(world.block(root), "check", payload)
    assert code == 400 and body["error"]
    assert world.block(root).attempts == 0 and world.events_of("grade") == []


def test_not_signed_in_cannot_check(email):
    world, root = email
    code, _body = call_handler(world.runtime(None).get_block(root), "check", {"answers": RIGHT})
    assert code == 403


def test_answers_never_reach_the_page_or_the_mobile_data_before_the_end(email):
    world, root = email
    block = world.block(root)
    html = block.render("student_view").content
    data = block.student_view_data()
    assert "the loan period" not in html and "informations" not in html
    assert "the loan period" not in str(data) and "without 'about'" not in str(data)
    assert data["pieces"][1] == {"gap": 0, "hint": "purpose: ___ + verb"}


def test_english_text_stays_left_to_right_in_the_arabic_interface(email):
    world, root = email
    with translation.override("ar"):
        html = world.block(root).render("student_view").content
    assert 'dir="rtl"' in html and '<div class="ilelln-gf-text" lang="en" dir="ltr">' in html
    assert "تحقق" in html


def test_learner_answers_are_escaped(email):
    world, root = email
    call_handler(world.block(root), "check", {"answers": ['"><script>alert(1)</script>'] + RIGHT[1:]})
    html = world.block(root).render("student_view").content
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_studio_validation_explains_markup_mistakes(world):
    root = world.load('<ilelln_gap_fill almost_credit="2"><text>Dear [[ ; hint: x]] colleague</text></ilelln_gap_fill>')
    with translation.override("en"):
        messages = [m.text for m in world.block(root).validate().messages]
    assert "Text with gaps: Gap 1 has no accepted answer." in messages
    assert "The credit for a near miss must be between 0 and 1." in messages


@pytest.mark.parametrize("source", [EMAIL, NETWORKING])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<text>" in exported and "[[to" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("text", "instructions", "gloss", "max_attempts", "almost_credit", "display_name"):
        assert getattr(second, name) == getattr(first, name), name


# ----- feedback under the text, in the learner's language (issue 13, point 6) ----------------------------------

MISTAKES = ["for", "on", "about the loan period", "for", "informations", "to hear"]


def _select(node, selector):
    """The elements under ``node`` matching a simple selector: tags and .classes, joined by spaces or ``>``."""
    path, axis = ".", "//"
    for token in selector.replace(">", " > ").split():
        if token == ">":
            axis = "/"
            continue
        test = "*" if token.startswith(".") else token
        if token.startswith("."):
            test += f"[contains(concat(' ', normalize-space(@class), ' '), ' {token[1:]} ')]"
        path, axis = path + axis + test, "//"
    return node.xpath(path)


def _page(block, language):
    with translation.override(language):
        return html.fromstring(block.render("student_view").content)


def _check(block, answers, language):
    with translation.override(language):
        return call_handler(block, "check", {"answers": answers})


@pytest.mark.parametrize("language", ["en", "ar"])
def test_feedback_is_listed_under_the_text_and_describes_each_input(email, language):
    world, root = email
    code, body = _check(world.block(root), MISTAKES, language)
    assert code == 200
    for page in (_page(world.block(root), language), html.fromstring(body["html"])):
        text = _select(page, ".ilelln-gf-text")[0]
        # Nothing said about a gap stands in the running text: only the inputs, their numbers and marks.
        assert _select(text, ".ilelln-gf-feedback") == [] and "without" not in text.text_content()
        lines = _select(page, ".ilelln-gf-feedback-list > li")
        assert len(lines) == 6
        assert "without 'about'" in lines[2].text_content()
        assert lines[2].text_content().startswith("Gap 3:" if language == "en" else "الفراغ 3:")
        assert _select(lines[2], ".ilelln-gf-message")[0].get("lang") == "en"
        for number, field in enumerate(_select(text, "input")):
            assert field.get("aria-describedby") == lines[number].get("id")
        marks = [mark.text_content() for mark in _select(text, ".ilelln-gf-mark")]
        assert marks[3] == ("\u2713correct" if language == "en" else "\u2713صحيحة")   # a symbol and words
        assert marks[0] == ("\u2717try again" if language == "en" else "\u2717حاول مرة أخرى")
        assert [n.text_content() for n in _select(text, ".ilelln-gf-number")] == ["1", "2", "3", "4", "5", "6"]


def test_before_a_check_there_is_no_feedback_and_no_dangling_description(email):
    world, root = email
    page = _page(world.block(root), "en")
    assert _select(page, ".ilelln-gf-feedback-list") == [] and _select(page, ".ilelln-gf-mark span") == []
    assert all(field.get("aria-describedby") is None for field in _select(page, ".ilelln-gf-text input"))


def test_arabic_pages_show_the_authors_arabic_beside_the_english(email):
    world, root = email
    code, body = _check(world.block(root), MISTAKES, "ar")
    assert code == 200 and body["results"][2]["gloss"].startswith("الفعل discuss")
    line = _select(_page(world.block(root), "ar"), ".ilelln-gf-feedback-list > li")[2]
    gloss = _select(line, ".ilelln-gf-message-ar")[0]
    assert (gloss.get("lang"), gloss.get("dir")) == ("ar", "rtl") and "نناقش حول" in gloss.text_content()
    # Its English example is isolated left to right inside the Arabic.
    assert [(run.text, run.get("dir")) for run in gloss] == [("discuss", "ltr"), ("discuss the loan period.", "ltr")]
    english = _select(line, ".ilelln-gf-message")[0]
    assert (english.get("lang"), english.get("dir")) == ("en", "ltr")
    assert "ليست هذه الإجابة الصحيحة." in _select(line, ".ilelln-gf-verdict")[0].text_content()
    # An English page keeps the English alone; a gap without a gloss has none.
    assert _select(_page(world.block(root), "en"), ".ilelln-gf-message-ar") == []
    fourth = _select(_page(world.block(root), "ar"), ".ilelln-gf-feedback-list > li")[3]
    assert _select(fourth, ".ilelln-gf-message-ar") == []


def test_no_answer_is_shown_beside_a_right_gap(email):
    world, root = email
    code, body = _check(world.block(root), RIGHT, "en")
    assert code == 200 and body["finished"]
    for page in (_page(world.block(root), "en"), html.fromstring(body["html"])):
        assert "Answer:" not in page.text_content() and _select(page, ".ilelln-gf-answer") == []


def test_the_answer_is_shown_where_the_learner_missed_it_once_the_attempts_are_used(email):
    world, root = email
    for _attempt in range(3):
        code, body = _check(world.block(root), RIGHT[:2] + ["about the loan period"] + RIGHT[3:], "ar")
    assert code == 200 and body["finished"]
    lines = _select(_page(world.block(root), "ar"), ".ilelln-gf-feedback-list > li")
    shown = [_select(line, ".ilelln-gf-answer bdi") for line in lines]
    assert [len(answer) for answer in shown] == [0, 0, 1, 0, 0, 0]
    assert shown[2][0].text_content() == "the loan period" and shown[2][0].get("lang") == "en"
    assert "الإجابة:" in lines[2].text_content()


def test_the_counter_reads_the_same_after_each_check_and_goes_once_all_is_right(email):
    world, root = email
    page = _page(world.block(root), "en")
    assert _select(page, ".ilelln-attempts")[0].text_content() == "3 attempts left"
    code, body = _check(world.block(root), MISTAKES, "en")
    assert body["attempts_text"] == "2 attempts left"
    assert _select(html.fromstring(body["html"]), ".ilelln-attempts")[0].text_content() == "2 attempts left"
    code, body = _check(world.block(root), ["x"] + RIGHT[1:], "ar")
    assert body["attempts_text"] == "بقيت محاولة واحدة"
    code, body = _check(world.block(root), RIGHT, "en")
    assert code == 200 and body["finished"] and body["attempts_text"] == ""
    assert _select(_page(world.block(root), "en"), ".ilelln-attempts")[0].text_content() == ""


@pytest.mark.parametrize("language, field", [("en", "Text with gaps: "), ("ar", "النص مع الفراغات: ")])
@pytest.mark.parametrize("text, complaint", [
    ("Interested [[in ; ar: حرف الجر in]] it", {"en": "Gap 1: put 'ar: ...' right after", "ar": "مباشرةً بعد"}),
    ("Interested [[in ; wrong: on => IN. ; ar: in, not on]] it",
     {"en": "Gap 1: after 'ar:' write the Arabic of the feedback for 'on'.", "ar": "ترجمة التعليق على «on»"}),
])
def test_studio_names_the_field_of_a_gloss_mistake(world, language, field, text, complaint):
    root = world.load(f"<ilelln_gap_fill><text>{text}</text></ilelln_gap_fill>")
    with translation.override(language):
        messages = [m.text for m in world.block(root).validate().messages]
    assert len(messages) == 1 and messages[0].startswith(field) and complaint[language] in messages[0]


def test_a_glossed_text_saves_from_studio_and_old_markup_still_does(world):
    root = world.load("<ilelln_gap_fill><text>Dear [[to]] you</text></ilelln_gap_fill>")
    block = world.block(root, "staff")
    glossed = "Interested [[in ; wrong: on => IN. ; ar: نقول interested in.]] it"
    for text in (glossed, EMAIL.split("<text>")[1].split("</text>")[0]):
        code, _body = call_handler(block, "submit_studio_edits", {"values": {"text": text}, "defaults": []})
        assert code == 200
    code, body = call_handler(block, "submit_studio_edits",
                              {"values": {"text": "Interested [[in ; ar: نقول in]] it"}, "defaults": []})
    assert code == 400 and "Text with gaps: Gap 1" in body["error"]


def test_the_course_team_sees_each_gloss_under_its_feedback(email):
    world, root = email
    with translation.override("en"):
        page = world.block(root, "staff").render("author_view").content
    assert "Answer &#x27;about the loan period&#x27; gets: We discuss something directly" in page
    assert "In Arabic: \u2068الفعل discuss يأخذ مفعولًا مباشرًا" in page


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_running_text_before_a_check_is_the_checked_loop_without_answers(email, monkeypatch, language):
    """Before the first check the running text is one partial (the block's content only); after, each gap is a
    partial with the learner's answer and mark. The two templates' loops must render the same items alike."""
    from ilelln_xblocks.core.base import IlellnBlockMixin
    from ilelln_xblocks.core.rendering import render_template
    world, root = email
    call_handler(world.block(root), "check", {"answers": ["for", "in", "", "for", "infromation", "to hear"]})
    seen = []
    monkeypatch.setattr(IlellnBlockMixin, "render_fragment", lambda self, context, **kw: seen.append(context))
    with translation.override(language):
        world.block(root).student_view()
        context = dict(seen[0], dom_id="gf")
        assert context["answered"]
        package = "ilelln_xblocks.english.gap_fill"
        checked = render_template("gap_fill.html", context, package=package)
        assert 'value="infromation"' in checked and checked.count("ilelln-gf-expected") >= 3
        assert render_template("gap_fill.html", dict(context, answered=False), package=package) == checked
