"""A learner studies flashcards, practises matching and takes the test, from the keyboard."""
import pytest

from ilelln_xblocks.english.vocabulary.scenarios import TERMS
from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_vocabulary'] .ilelln-vocabulary"
GLOSS_TO_WORD = {gloss: word for word, gloss, _definition, _example in TERMS}


@pytest.mark.parametrize("lang, show, knew, start", [("en", "Show the meaning", "I knew it", "Start the test"),
                                                     ("ar", "اعرض المعنى", "كنت أعرفه", "ابدأ الاختبار")])
def test_flashcards_practice_and_test(page, workbench_url, lang, show, knew, start):
    page.goto(f"{workbench_url}/scenario/ilelln_vocabulary.0/?lang={lang}&student=vc-{lang}")
    block = page.locator(BLOCK)
    first_word = block.locator(".ilelln-vc-word").inner_text()
    flip = block.get_by_role("button", name=show)
    flip.focus()
    page.keyboard.press("Enter")
    assert block.locator(".ilelln-vc-gloss").inner_text() == dict((w, g) for w, g, _d, _e in TERMS)[first_word]
    page.keyboard.press("Enter")             # focus moved to "I knew it"
    block.locator(".ilelln-vc-word").filter(has_not_text=first_word).wait_for()
    assert block.get_by_role("button", name=knew).is_hidden()
    assert block.locator(".ilelln-vc-study-status").inner_text()   # "next review ..." from the server

    block.locator(".ilelln-vc-practice summary").click()
    for select in block.locator(".ilelln-vc-match select").all():
        word = select.locator("xpath=preceding-sibling::label").inner_text()
        gloss = dict((w, g) for w, g, _d, _e in TERMS)[word]
        select.select_option(label=gloss)
    block.locator(".ilelln-vc-match button").click()
    block.locator(".ilelln-vc-match-status").filter(has_text="12").wait_for()

    block.get_by_role("button", name=start).click()
    assert block.locator(".ilelln-vc-study").is_hidden() and block.locator(".ilelln-vc-practice").is_hidden()
    for field in block.locator(".ilelln-vc-exam input").all():
        gloss = field.locator("xpath=preceding-sibling::label/span[1]").inner_text()
        field.fill(GLOSS_TO_WORD[gloss])
    block.locator(".ilelln-vc-exam input").last.press("Enter")
    block.locator(".ilelln-vc-exam .ilelln-status").filter(has_text="100%").wait_for()
    assert block.locator(".ilelln-vc-study").is_visible()             # the cards come back after the test
    assert serious_violations(page) == []
