"""A learner plays the interlibrary-loan phone call from the keyboard, in English and Arabic."""
import pytest

from tests.browser.conftest import mark_page, not_reloaded, serious_violations

BLOCK = "[data-block-type='ilelln_dialogue'] .ilelln-dialogue"


@pytest.mark.parametrize("lang, summary, again", [
    ("en", "You earned 8 of 8 points.", "The conversation starts again."),
    ("ar", "حصلت على 8 من 8 نقاط.", "تبدأ المحادثة من جديد."),
])
def test_learner_plays_the_call_to_the_end_and_again_without_a_reload(page, workbench_url, lang, summary, again):
    page.goto(f"{workbench_url}/scenario/ilelln_dialogue.0/?lang={lang}&student=dl-{lang}")
    block = page.locator(BLOCK)
    mark_page(page)
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
    assert not_reloaded(page)

    # Playing again starts over on the same page, announced, with focus on Grace's first line.
    block.locator(".ilelln-dl-restart").focus()
    page.keyboard.press("Enter")
    block.locator(".ilelln-status").filter(has_text=again).wait_for()
    assert block.locator(".ilelln-dl-transcript li").count() == 0
    assert block.locator(".ilelln-dl-buttons button", has_text="Good morning, Grace.").is_visible()
    assert block.locator(".ilelln-dl-end").is_hidden()
    assert block.locator(".ilelln-dl-line").evaluate("node => node === document.activeElement")
    assert not_reloaded(page)
    assert serious_violations(page) == []
