"""A learner plays the interlibrary-loan phone call from the keyboard, in English and Arabic."""
import pytest

from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_dialogue'] .ilelln-dialogue"


@pytest.mark.parametrize("lang, summary", [("en", "You earned 8 of 8 points."), ("ar", "حصلت على 8 من 8 نقاط.")])
def test_learner_plays_the_call_to_the_end(page, workbench_url, lang, summary):
    page.goto(f"{workbench_url}/scenario/ilelln_dialogue.0/?lang={lang}&student=dl-{lang}")
    block = page.locator(BLOCK)
    for reply in ["Good morning, Grace.", "I'm calling to ask whether", "Would it be easier", "Thank you very much"]:
        button = block.locator(".ilelln-dl-buttons button", has_text=reply)
        button.focus()
        page.keyboard.press("Enter")
        block.locator(".ilelln-dl-me", has_text=reply).wait_for()
        # Focus moves to the other speaker's new line, so a screen reader reads it next.
        assert block.locator(".ilelln-dl-line").evaluate("node => node === document.activeElement")
    block.locator(".ilelln-dl-summary").filter(has_text=summary).wait_for()
    assert block.locator(".ilelln-dl-transcript li").count() == 8
    assert block.locator(".ilelln-dl-feedback").first.inner_text().startswith("Polite and complete")
    assert serious_violations(page) == []
    block.locator(".ilelln-dl-restart").click()
    page.wait_for_load_state("load")
    page.locator(BLOCK).locator(".ilelln-dl-buttons button").first.wait_for()
    assert page.locator(BLOCK).locator(".ilelln-dl-transcript li").count() == 0
