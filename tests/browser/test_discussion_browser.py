"""Two learners post and reply on a phone; one marks the idea helpful and reports it; a facilitator hides it."""
import uuid

import pytest

from tests.browser.conftest import mark_page, not_reloaded, serious_violations

BLOCK = "[data-block-type='ilelln_discussion'] .ilelln-discussion"


@pytest.mark.parametrize("lang, posted, replied, reported, hidden", [
    ("en", "Thread posted.", "Reply posted.", "Reported. A facilitator will look at it.", "Hidden from learners."),
    ("ar", "نُشر موضوعك.", "نُشر ردك.", "أُبلغ عنها. سينظر فيها أحد الميسّرين.", "تم الإخفاء عن المتعلمين."),
])
def test_post_reply_react_report_and_hide_in_place(page, workbench_url, lang, posted, replied, reported, hidden):
    run = uuid.uuid4().hex[:6]
    url = f"{workbench_url}/scenario/ilelln_discussion.0/?lang={lang}&student="
    title = f"ركن للروبوتات {run}"

    # Learner A starts a thread, from the keyboard, with a tag.
    page.goto(url + f"dn-a-{run}")
    block = page.locator(BLOCK)
    assert block.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    composer = block.locator(".ilelln-dn-new")
    composer.locator(".ilelln-dn-title").focus()
    page.keyboard.type(title)
    composer.locator(".ilelln-dn-editor").focus()
    page.keyboard.type("نادٍ أسبوعي للأطفال بمجموعات ليغو مستعملة.")
    composer.locator(".ilelln-dn-tags-choice input").first.check()
    composer.locator("button[type=submit]").press("Enter")
    block.locator(".ilelln-status").filter(has_text=posted).wait_for()
    thread = block.locator(".ilelln-dn-thread").filter(has_text=title)
    assert thread.locator(".ilelln-dn-tags li").count() == 1
    assert serious_violations(page) == []

    # Learner B replies, marks it helpful and reports it.
    page.goto(url + f"dn-b-{run}")
    block = page.locator(BLOCK)
    thread = block.locator(".ilelln-dn-thread").filter(has_text=title)
    thread.locator(".ilelln-dn-reply-box summary").focus()
    page.keyboard.press("Enter")
    thread.locator(".ilelln-dn-reply .ilelln-dn-editor").focus()
    page.keyboard.type("اطلب من نادي الهندسة في الجامعة متطوعين.")
    thread.locator(".ilelln-dn-reply button[type=submit]").click()
    block.locator(".ilelln-status").filter(has_text=replied).wait_for()
    thread = block.locator(".ilelln-dn-thread").filter(has_text=title)
    assert "نادي الهندسة" in thread.locator(".ilelln-dn-replies").inner_text()
    helpful = thread.locator(".ilelln-dn-post").first.locator(".ilelln-dn-react[data-kind=helpful]")
    helpful.click()
    page.wait_for_function("b => b.getAttribute('aria-pressed') === 'true'", arg=helpful.element_handle())
    assert helpful.locator(".ilelln-dn-count").inner_text() == "1"
    report = thread.locator(".ilelln-dn-post").first.locator(".ilelln-dn-flag-box")
    report.locator("summary").click()
    report.locator("textarea").fill("إعلان تجاري")
    report.locator("button[type=submit]").click()
    block.locator(".ilelln-status").filter(has_text=reported).wait_for()
    assert serious_violations(page) == []

    # The facilitator finds it in the queue, sees who wrote it, and hides it.
    page.goto(url + "facilitator")
    block = page.locator(BLOCK)
    item = block.locator(".ilelln-dn-flags li").filter(has_text="نادٍ أسبوعي")
    assert f"dn-a-{run}" in item.inner_text()
    assert serious_violations(page) == []
    # Hiding updates the page in place: the report leaves the queue and the board marks the post hidden.
    mark_page(page)
    item.locator(".ilelln-dn-queue-hide[data-hidden=true]").click()
    block.locator(".ilelln-status").filter(has_text=hidden).wait_for()
    assert block.locator(".ilelln-dn-flags li").filter(has_text="نادٍ أسبوعي").count() == 0
    thread = block.locator(".ilelln-dn-thread").filter(has_text=title)
    thread.locator(".ilelln-dn-post.ilelln-dn-hidden").first.wait_for()
    assert page.evaluate("document.activeElement.closest('.ilelln-dn-staff') !== null")   # focus stays in the queue
    assert not_reloaded(page)
    assert serious_violations(page) == []

    page.goto(url + f"dn-b-{run}")
    assert page.locator(BLOCK).locator(".ilelln-dn-thread").filter(has_text=title).count() == 0
