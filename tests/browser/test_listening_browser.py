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
    counter = block.locator(".ilelln-attempts")
    before = counter.inner_text()
    block.locator("textarea").fill("The loan period is four weeks and we will post them on Monday the fiftenth")
    block.locator("textarea").press("Tab")
    page.keyboard.press("Enter")   # the Submit button has focus

    block.locator(".ilelln-ls-comparison").wait_for()
    assert block.locator(".ilelln-ls-almost").count() == 1
    assert "fifteenth" not in block.locator(".ilelln-ls-comparison").inner_text()   # not before the last attempt
    assert block.locator(".ilelln-ls-transcript").is_hidden()
    assert "%" in block.locator(".ilelln-status").inner_text()
    after_one = counter.inner_text()                # the counter changes in place, in the page's language
    assert after_one == {"en": "1 attempt left", "ar": "بقيت محاولة واحدة"}[lang] and after_one != before
    assert serious_violations(page) == []

    block.get_by_role("button", name="Submit" if lang == "en" else "أرسل").click()   # the last attempt
    block.locator(".ilelln-ls-transcript").wait_for()
    assert "fifteenth" in block.locator(".ilelln-ls-comparison").inner_text()
    assert counter.inner_text() not in (before, after_one, "")
