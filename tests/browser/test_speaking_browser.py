"""A learner records, listens back and submits (Chromium's fake microphone); a facilitator reviews.

Without a microphone the learner is told so and can continue offline.
"""
import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serious_violations

BLOCK = "[data-block-type='ilelln_speaking'] .ilelln-speaking"


@pytest.fixture(scope="module")
def microphone_browser(playwright_driver):
    """Chromium with a fake microphone that is always allowed."""
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + [
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"])
    yield browser
    browser.close()


@pytest.mark.parametrize("lang, stop, saved", [("en", "Stop", "Recording saved."), ("ar", "أوقف", "حُفظ التسجيل.")])
def test_record_listen_submit_and_review(microphone_browser, workbench_url, lang, stop, saved):
    context = microphone_browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    learner = f"sp-{lang}"
    page.goto(f"{workbench_url}/scenario/ilelln_speaking.0/?lang={lang}&student={learner}")
    block = page.locator(BLOCK)
    block.locator(".ilelln-sp-record").click()
    stop_button = block.get_by_role("button", name=stop)
    stop_button.wait_for()
    assert stop_button.evaluate("node => node === document.activeElement")
    page.wait_for_timeout(1500)
    page.keyboard.press("Enter")
    block.locator(".ilelln-status").filter(has_text=saved).wait_for()
    source = block.locator(".ilelln-sp-playback audio").get_attribute("src")
    assert page.evaluate("url => fetch(url).then(r => r.status)", source) == 200
    for box in block.locator(".ilelln-sp-checklist input").all()[:3]:
        box.check()
    block.locator(".ilelln-sp-submit").click()
    block.locator(".ilelln-sp-submit").and_(page.locator("[disabled]")).wait_for()
    assert serious_violations(page) == []

    page.goto(f"{workbench_url}/scenario/ilelln_speaking.0/?lang={lang}&student=staff")
    review = page.locator(BLOCK).locator(f".ilelln-sp-review[data-learner='{learner}']")
    audio = review.locator("audio").get_attribute("src")
    assert page.evaluate("url => fetch(url).then(r => r.status)", audio) == 200
    review.locator("textarea").fill("Clear introduction. Say more about your readers.")
    review.locator("input[type=number]").fill("80")
    review.get_by_role("button").click()
    review.locator(".ilelln-sp-review-status").filter(has_text=".").wait_for()
    assert serious_violations(page) == []

    page.goto(f"{workbench_url}/scenario/ilelln_speaking.0/?lang={lang}&student={learner}")
    assert "Say more about your readers." in page.locator(BLOCK).locator(".ilelln-sp-feedback").inner_text()
    context.close()


def test_without_a_microphone_the_learner_can_continue_offline(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_speaking.1/?lang=en&student=no-mic")
    block = page.locator(BLOCK)
    block.locator(".ilelln-sp-record").click()
    panel = block.locator(".ilelln-sp-nomic")
    panel.wait_for()
    assert "cannot use a microphone" in panel.inner_text()
    panel.locator("textarea").fill("I left the voicemail from the library phone with my colleague.")
    panel.get_by_role("button", name="Send my note").click()
    block.locator(".ilelln-status").filter(has_text="Your facilitator will see your note.").wait_for()
    assert serious_violations(page) == []
