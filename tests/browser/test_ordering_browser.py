"""A learner orders the moves of an email with the keyboard buttons, in English and Arabic."""
import pytest

from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_ordering'] .ilelln-ordering"
CORRECT_START = ["Subject:", "Dear Dr Mwangi", "My name is Karim", "I am writing", "Could you let me know",
                 "Thank you in advance", "Kind regards"]


@pytest.mark.parametrize("lang, move_up, done", [("en", "Move up", "7 of 7 items"), ("ar", "انقل لأعلى", "7 من 7")])
def test_keyboard_ordering(page, workbench_url, lang, move_up, done):
    page.goto(f"{workbench_url}/scenario/ilelln_ordering.0/?lang={lang}&student=or-{lang}")
    block = page.locator(BLOCK)
    items = block.locator(".ilelln-or-item")
    # Selection sort with the keyboard: bring each expected item up to its place.
    for place, start in enumerate(CORRECT_START):
        texts = [items.nth(n).locator(".ilelln-or-text").inner_text() for n in range(items.count())]
        current = next(n for n, text in enumerate(texts) if text.startswith(start))
        if current > place:
            button = items.nth(current).get_by_role("button", name=move_up)
            button.focus()
            for _ in range(current - place):
                page.keyboard.press("Enter")
    status = block.locator(".ilelln-status")
    assert status.inner_text()  # each move is announced
    block.locator(".ilelln-or-check").click()
    status.filter(has_text=done).wait_for()
    assert block.locator(".ilelln-or-solution").is_visible()
    assert serious_violations(page) == []
