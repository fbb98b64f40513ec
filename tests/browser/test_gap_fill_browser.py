"""A learner completes the partner-library email from the keyboard, in Arabic and in English."""
import pytest

from tests.browser.conftest import serious_violations

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
