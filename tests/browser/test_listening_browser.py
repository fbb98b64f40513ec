"""A learner listens to the voicemail, answers from the keyboard and sees the dictation compared word by word."""
import pytest

from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_listening'] .ilelln-listening"


@pytest.mark.parametrize("lang, speed_group", [("en", "Playback speed"), ("ar", "سرعة التشغيل")])
def test_learner_answers_and_writes_the_dictation(page, workbench_url, lang, speed_group):
    page.goto(f"{workbench_url}/scenario/ilelln_listening.0/?lang={lang}&student=ls-{lang}")
    block = page.locator(BLOCK)
    audio = block.locator("audio")
    assert audio.evaluate("node => node.canPlayType('audio/ogg; codecs=opus')") != ""
    assert audio.evaluate("node => fetch(node.currentSrc || node.src).then(r => r.status)") == 200

    slow = block.get_by_role("group", name=speed_group).get_by_role("button", name="0.75×")
    slow.focus()
    page.keyboard.press("Enter")
    assert slow.get_attribute("aria-pressed") == "true"
    assert audio.evaluate("node => node.playbackRate") == 0.75

    questions = block.locator(".ilelln-ls-question")
    questions.nth(0).locator("input").first.check()
    questions.nth(1).locator("input").nth(0).check()
    questions.nth(1).locator("input").nth(1).check()
    questions.nth(2).locator("input").fill("by email")
    assert block.locator(".ilelln-ls-transcript").is_hidden()
    block.locator("textarea").fill("The loan period is four weeks and we will post them on Monday the fiftenth")
    block.locator("textarea").press("Tab")
    page.keyboard.press("Enter")   # the Submit button has focus

    block.locator(".ilelln-ls-comparison").wait_for()
    assert block.locator(".ilelln-ls-almost").count() == 1
    assert block.locator(".ilelln-ls-transcript").is_visible()
    assert "%" in block.locator(".ilelln-status").inner_text()
    assert serious_violations(page) == []
