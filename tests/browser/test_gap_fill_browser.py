"""A learner completes the partner-library email from the keyboard, in Arabic and in English."""
import pytest

from tests.browser.conftest import mark_page, not_reloaded, serious_violations

BLOCK = "[data-block-type='ilelln_gap_fill'] .ilelln-gap-fill"
RIGHT = ["to", "in", "the loan period", "for", "information", "to hearing"]


@pytest.mark.parametrize("lang, almost, finished", [
    ("en", "Almost: check your spelling.", "6 of 6 gaps correct."),
    ("ar", "قريب جدًا: راجع الإملاء.", "الإجابات الصحيحة: 6 من أصل 6 فراغات."),
])
def test_learner_types_checks_and_corrects(page, workbench_url, lang, almost, finished):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/?lang={lang}&student=gf-{lang}")
    block = page.locator(BLOCK)
    assert block.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert block.locator(".ilelln-gf-text").get_attribute("dir") == "ltr"

    inputs = block.locator(".ilelln-gf-gap input")
    inputs.first.focus()
    page.keyboard.type("to")
    for answer in ["in", "about the loan period", "for", "infromation", "to hearing"]:
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "BUTTON":   # the gap's hint button
            page.keyboard.press("Tab")
        page.keyboard.type(answer)
    page.keyboard.press("Enter")
    feedback = block.locator(".ilelln-gf-feedback").nth(4)
    feedback.filter(has_text=almost).wait_for()
    assert "without 'about'" in block.locator(".ilelln-gf-feedback").nth(2).inner_text()
    # Focus moves to the first gap still to fix.
    assert inputs.nth(2).evaluate("node => node === document.activeElement")

    inputs.nth(2).fill("the loan period")
    inputs.nth(4).fill("information")
    inputs.nth(4).press("Enter")
    block.locator(".ilelln-status").filter(has_text=finished).wait_for()
    assert block.get_by_role("button", name="Check" if lang == "en" else "تحقق").is_disabled()
    assert serious_violations(page) == []


def test_hints_open_from_the_keyboard(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/?lang=en&student=gf-hint")
    block = page.locator(BLOCK)
    toggle = block.get_by_role("button", name="Hint for gap 1")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert block.locator(".ilelln-gf-hint").first.is_visible()


MISTAKES = ["for", "on", "about the loan period", "for", "informations", "to hear"]
WORDS = {
    "en": {"gap": "Gap 3:", "done": "6 of 6 gaps correct.", "answer": "Answer:", "left": "2 attempts left"},
    "ar": {"gap": "الفراغ 3:", "done": "الإجابات الصحيحة: 6 من أصل 6 فراغات.", "answer": "الإجابة:",
           "left": "بقيت محاولتان"},
}


def _sideways(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def _fits(field):
    """Whether all of what is typed in ``field`` is visible (nothing scrolled out of the box)."""
    return field.evaluate("node => node.scrollWidth <= node.clientWidth")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_feedback_sits_under_the_text_on_a_phone_in_the_learners_language(page, workbench_url, lang):
    words = WORDS[lang]
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/?lang={lang}&student=gf-phone-{lang}")
    mark_page(page)
    block = page.locator(BLOCK)
    text = block.locator(".ilelln-gf-text")
    inputs = text.locator("input")
    for number, answer in enumerate(MISTAKES):
        inputs.nth(number).fill(answer)
    # The long answer is all visible in its box, which grows with it, and the page still fits the phone.
    assert _fits(inputs.nth(2)) and _sideways(page) <= 0
    inputs.nth(5).press("Enter")

    lines = block.locator(".ilelln-gf-feedback-list > li")
    lines.nth(2).filter(has_text="without 'about'").wait_for()
    assert not_reloaded(page)
    assert lines.nth(2).inner_text().startswith(words["gap"])
    # Nothing said about a gap is inside the email: the list starts below it.
    assert "without" not in text.inner_text() and text.locator(".ilelln-gf-feedback").count() == 0
    text_box, list_box = text.bounding_box(), block.locator(".ilelln-gf-feedback-list").bounding_box()
    assert list_box["y"] >= text_box["y"] + text_box["height"]
    for number in range(6):   # each input is described by its own line of the list
        described = inputs.nth(number).get_attribute("aria-describedby")
        assert described == lines.nth(number).get_attribute("id")
    # A compact mark with words for screen readers, not colour alone; the correct gap 4 gets a tick.
    assert text.locator(".ilelln-gf-mark").nth(3).inner_text().startswith("\u2713")
    assert text.locator(".ilelln-gf-mark .ilelln-sr").nth(0).text_content()
    # The author's Arabic, on the Arabic page only, isolated beside the English.
    glosses = lines.nth(2).locator(".ilelln-gf-message-ar")
    if lang == "ar":
        assert glosses.count() == 1 and "نناقش حول" in glosses.inner_text() and glosses.get_attribute("lang") == "ar"
        assert glosses.is_visible()
    else:
        assert block.locator(".ilelln-gf-message-ar").count() == 0
    assert block.locator(".ilelln-attempts").inner_text() == words["left"]
    # Focus is on the first gap still to fix, not lost by the update.
    assert inputs.nth(0).evaluate("node => node === document.activeElement")
    assert _sideways(page) <= 0
    assert serious_violations(page) == []

    for number, answer in enumerate(RIGHT):
        inputs.nth(number).fill(answer)
    inputs.nth(5).press("Enter")
    block.locator(".ilelln-status").filter(has_text=words["done"]).wait_for()
    # After a right answer nothing is added beside it: no "Answer: to", no attempts still "left".
    assert words["answer"] not in block.inner_text() and block.locator(".ilelln-gf-answer").count() == 0
    assert [mark.startswith("\u2713") for mark in text.locator(".ilelln-gf-mark").all_inner_texts()] == [True] * 6
    assert block.locator(".ilelln-attempts").inner_text() == ""
    assert all(_fits(inputs.nth(number)) for number in range(6)) and _sideways(page) <= 0
    assert not_reloaded(page)
    assert serious_violations(page) == []


def test_the_answer_appears_only_for_a_missed_gap_after_the_last_attempt(page, workbench_url):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/?lang=ar&student=gf-last")
    block = page.locator(BLOCK)
    inputs = block.locator(".ilelln-gf-text input")
    answers = RIGHT[:2] + ["about the loan period"] + RIGHT[3:]
    for counter in ("بقيت محاولتان", "بقيت محاولة واحدة", "لم تبقَ محاولات"):
        for number, answer in enumerate(answers):
            inputs.nth(number).fill(answer)
        inputs.nth(5).press("Enter")
        block.locator(".ilelln-attempts").filter(has_text=counter).wait_for()
    lines = block.locator(".ilelln-gf-feedback-list > li")
    assert lines.nth(2).locator(".ilelln-gf-answer bdi").inner_text() == "the loan period"
    assert block.locator(".ilelln-gf-answer").count() == 1
    assert inputs.nth(2).evaluate("node => node.readOnly") and _sideways(page) <= 0
    assert serious_violations(page) == []
