"""A learner drafts and submits an email; a facilitator overrides the score; the learner sees it."""
import pytest

from tests.browser.conftest import serious_violations
from tests.unit.test_writing_logic import GOOD

BLOCK = "[data-block-type='ilelln_writing'] .ilelln-writing"


@pytest.mark.parametrize("lang, saved, facilitator_note", [
    ("en", "Draft saved.", "Your facilitator set your score to 90%."),
    ("ar", "حُفظت المسودة.", "حدّد الميسّر درجتك: 90%."),
])
def test_draft_submit_and_override(page, workbench_url, lang, saved, facilitator_note):
    learner = f"wr-{lang}"
    url = f"{workbench_url}/scenario/ilelln_writing.0/?lang={lang}&student="
    page.goto(url + learner)
    block = page.locator(BLOCK)
    assert block.locator(".ilelln-wr-criteria li").count() >= 10    # the criteria before the first attempt
    assert block.locator(".ilelln-wr-advisory").is_visible()
    text = block.locator(".ilelln-wr-form textarea")
    text.focus()
    page.keyboard.type(GOOD.replace("Kind regards,", "Thanks a lot!! Bye"), delay=0)
    block.locator(".ilelln-wr-saved").filter(has_text=saved).wait_for()
    page.reload()
    assert page.locator(BLOCK).locator(".ilelln-wr-form textarea").input_value().startswith("Subject:")

    block = page.locator(BLOCK)
    block.locator(".ilelln-wr-form button").click()
    block.locator(".ilelln-wr-results li").first.wait_for()
    assert block.locator(".ilelln-wr-fail").count() >= 2        # no closing, informal words
    assert block.locator(".ilelln-wr-fail .ilelln-wr-advice").count() == block.locator(".ilelln-wr-fail").count()
    assert serious_violations(page) == []

    page.goto(url + "facilitator")
    staff = page.locator(BLOCK).locator(".ilelln-wr-override-form")
    staff.locator("select").select_option(learner)
    staff.locator("input").fill("90")
    staff.locator("textarea").fill("Clear purpose. Close with 'Kind regards'.")
    staff.locator("button").click()
    staff.locator(".ilelln-wr-staff-status").filter(has_text="%").or_(
        staff.locator(".ilelln-wr-staff-status").filter(has_text=".")).wait_for()
    assert serious_violations(page) == []

    page.goto(url + learner)
    note = page.locator(BLOCK).locator(".ilelln-wr-override")
    assert facilitator_note in note.inner_text() and "Kind regards" in note.inner_text()
