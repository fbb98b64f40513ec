"""Arabic pages in Chromium: times written one way whether a post came with the page or after a reply, and
English sentences in Arabic status lines kept in their own left-to-right isolate (issue 13, item 4)."""
import re
import uuid

from tests.browser.conftest import serious_violations

DISCUSSION = "[data-block-type='ilelln_discussion'] .ilelln-discussion"
DIALOGUE = "[data-block-type='ilelln_dialogue'] .ilelln-dialogue"
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
ARABIC_INDIC_DIGIT = re.compile("[\u0660-\u0669]")


def shape(text):
    """The format of a time, whatever its numbers: digits become 0, marks and spaces stay."""
    return re.sub(r"\d+", "0", text)


def test_a_new_reply_and_an_existing_post_show_their_time_the_same_way_in_arabic(page, workbench_url):
    run = uuid.uuid4().hex[:6]
    url = f"{workbench_url}/scenario/ilelln_discussion.0/?lang=ar&student="
    title = f"ركن للروبوتات {run}"
    page.goto(url + f"bd-a-{run}")
    composer = page.locator(DISCUSSION).locator(".ilelln-dn-new")
    composer.locator(".ilelln-dn-title").fill(title)
    composer.locator(".ilelln-dn-editor").fill("نادٍ أسبوعي للأطفال.")
    composer.locator("button[type=submit]").click()
    page.locator(DISCUSSION).locator(".ilelln-dn-thread").filter(has_text=title).wait_for()

    # Learner B opens the board: the thread's time came with the page.
    page.goto(url + f"bd-b-{run}")
    thread = page.locator(DISCUSSION).locator(".ilelln-dn-thread").filter(has_text=title)
    existing = thread.locator(".ilelln-dn-post").first.locator("time").inner_text()
    thread.locator(".ilelln-dn-reply-box summary").click()
    thread.locator(".ilelln-dn-reply .ilelln-dn-editor").fill("Ask the engineering club.")
    thread.locator(".ilelln-dn-reply button[type=submit]").click()
    thread = page.locator(DISCUSSION).locator(".ilelln-dn-thread").filter(has_text=title)
    thread.locator(".ilelln-dn-replies .ilelln-dn-post").first.wait_for()
    new = thread.locator(".ilelln-dn-replies .ilelln-dn-post time").first.inner_text()

    assert shape(new) == shape(existing)
    for text in (existing, new):
        # the learner's locale (Arabic month names), Western digits as every other number, never ISO text
        assert ARABIC_LETTER.search(text) and not ARABIC_INDIC_DIGIT.search(text), text
        assert not re.search(r"\d{4}-\d\d-\d\d", text), text
    assert serious_violations(page) == []


def test_the_dialogues_english_feedback_is_its_own_isolate_in_the_arabic_status_line(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_dialogue.0/?lang=ar&student=bd-dl-{uuid.uuid4().hex[:6]}")
    block = page.locator(DIALOGUE)
    for reply in ["Good morning, Grace.", "I'm calling to ask whether", "Would it be easier", "Thank you very much"]:
        block.locator(".ilelln-dl-buttons button", has_text=reply).click()
        block.locator(".ilelln-dl-me", has_text=reply).wait_for()
    block.locator(".ilelln-dl-summary").filter(has_text="حصلت على 8 من 8 نقاط.").wait_for()
    status = block.locator(".ilelln-status")
    english = status.locator("span[lang=en][dir=ltr]")
    assert english.count() == 1 and english.inner_text().isascii() and english.inner_text().strip()
    assert "حصلت على 8 من 8 نقاط." in status.inner_text()
    assert "حصلت" not in english.inner_text()
    # "You" in the transcript the script adds is in the page's language, inside the English transcript.
    mine = block.locator(".ilelln-dl-me strong").last
    assert (mine.get_attribute("lang"), mine.get_attribute("dir")) == ("ar", "rtl")
    assert serious_violations(page) == []
