"""The attempts counter changes in place after each check, in the same words every time, in both languages
(issue 13: "Attempts left" did not change after a check in writing and the vocabulary test, and ordering's
words changed from one attempt to the next)."""
import pytest

from ilelln_xblocks.english.vocabulary.scenarios import TERMS
from tests.browser.conftest import mark_page, not_reloaded, serious_violations
from tests.unit.test_writing_logic import GOOD

WORDS = {"en": {3: "3 attempts left", 2: "2 attempts left", 1: "1 attempt left"},
         "ar": {3: "بقيت 3 محاولات", 2: "بقيت محاولتان", 1: "بقيت محاولة واحدة"}}


def _write(block):
    block.locator(".ilelln-wr-form textarea").fill(GOOD)
    return lambda: block.locator(".ilelln-wr-form button").click()


def _test_terms(block):
    block.locator(".ilelln-vc-start").click()
    block.locator(".ilelln-vc-exam input").first.fill(TERMS[0][0])
    return lambda: block.locator(".ilelln-vc-exam input").last.press("Enter")


def _order(block):
    return lambda: block.locator(".ilelln-or-check").click()


# block type: (how many attempts the first scenario gives, what the learner does before checking -> the check)
FLOWS = {"ilelln_writing": (3, _write), "ilelln_vocabulary": (2, _test_terms), "ilelln_ordering": (3, _order)}


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("block_type", sorted(FLOWS))
def test_the_counter_counts_down_in_place_in_the_same_words(page, workbench_url, block_type, lang):
    attempts, prepare = FLOWS[block_type]
    page.goto(f"{workbench_url}/scenario/{block_type}.0/?lang={lang}&student=counter-{block_type}-{lang}")
    block = page.locator(f"[data-block-type='{block_type}'] .ilelln")
    counter = block.locator(".ilelln-attempts")
    assert counter.inner_text() == WORDS[lang][attempts]
    mark_page(page)
    check = prepare(block)
    for left in range(attempts - 1, 0, -1):
        check()
        counter.filter(has_text=WORDS[lang][left]).wait_for()
        assert counter.inner_text() == WORDS[lang][left]
    assert not_reloaded(page)
    assert serious_violations(page) == []
