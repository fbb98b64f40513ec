"""The attempts counter changes in place after each check, in the same words every time, in both languages
(issue 13: "Attempts left" did not change after a check in writing and the vocabulary test)."""
import pytest

from ilelln_xblocks.english.vocabulary.scenarios import TERMS
from tests.browser.conftest import mark_page, not_reloaded, serious_violations
from tests.unit.test_writing_logic import GOOD

WORDS = {"en": {3: "3 attempts left", 2: "2 attempts left", 1: "1 attempt left", 0: "0 attempts left"},
         "ar": {3: "بقيت 3 محاولات", 2: "بقيت محاولتان", 1: "بقيت محاولة واحدة", 0: "لم تبقَ محاولات"}}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_writing_counts_down_in_place(page, workbench_url, lang):
    page.goto(f"{workbench_url}/scenario/ilelln_writing.0/?lang={lang}&student=counter-wr-{lang}")
    block = page.locator("[data-block-type='ilelln_writing'] .ilelln-writing")
    counter = block.locator(".ilelln-attempts")
    assert counter.inner_text() == WORDS[lang][3]
    mark_page(page)
    block.locator(".ilelln-wr-form textarea").fill(GOOD)
    for left in (2, 1):
        block.locator(".ilelln-wr-form button").click()
        counter.filter(has_text=WORDS[lang][left]).wait_for()
        assert counter.inner_text() == WORDS[lang][left]
    assert not_reloaded(page)
    assert serious_violations(page) == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_vocabulary_test_counts_down_in_place(page, workbench_url, lang):
    page.goto(f"{workbench_url}/scenario/ilelln_vocabulary.0/?lang={lang}&student=counter-vc-{lang}")
    block = page.locator("[data-block-type='ilelln_vocabulary'] .ilelln-vocabulary")
    counter = block.locator(".ilelln-attempts")
    assert counter.inner_text() == WORDS[lang][2]
    mark_page(page)
    block.locator(".ilelln-vc-start").click()
    fields = block.locator(".ilelln-vc-exam input")
    fields.first.fill(TERMS[0][0])
    fields.last.press("Enter")
    counter.filter(has_text=WORDS[lang][1]).wait_for()
    assert counter.inner_text() == WORDS[lang][1]
    assert not_reloaded(page)
    assert serious_violations(page) == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ordering_counts_down_in_the_same_words(page, workbench_url, lang):
    page.goto(f"{workbench_url}/scenario/ilelln_ordering.0/?lang={lang}&student=counter-or-{lang}")
    block = page.locator("[data-block-type='ilelln_ordering'] .ilelln-ordering")
    counter = block.locator(".ilelln-attempts")
    assert counter.inner_text() == WORDS[lang][3]
    mark_page(page)
    block.locator(".ilelln-or-check").click()
    counter.filter(has_text=WORDS[lang][2]).wait_for()
    assert counter.inner_text() == WORDS[lang][2]   # "Attempts left: 2" before, "3 attempts left" on the page
    assert not_reloaded(page)
    assert serious_violations(page) == []
