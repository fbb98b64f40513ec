"""The whole peer-review cycle in Chromium: four learners and a facilitator, then continuous mode in Arabic.

Every action updates the page in place: each page is marked when it opens, and the mark must survive.
"""
from tests.browser.conftest import mark_page, not_reloaded, serious_violations

BLOCK = "[data-block-type='ilelln_peer_review'] .ilelln-peer-review"
LEARNERS = ["amal", "basma", "chadi", "dina"]


def open_as(page, workbench_url, scenario, learner, lang="en"):
    page.goto(f"{workbench_url}/scenario/ilelln_peer_review.{scenario}/?lang={lang}&student={learner}")
    mark_page(page)
    return page.locator(BLOCK)


def confirm(page, block, keyboard=False):
    """Say yes in the block's confirm step (with the keyboard: from Cancel, Tab to the confirm button)."""
    dialog = block.locator("dialog.ilelln-pr-confirm[open]")
    dialog.wait_for()
    if keyboard:
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
    else:
        dialog.locator(".ilelln-pr-confirm-yes").click()
    dialog.wait_for(state="hidden")


def review_everything(page, block, levels):
    """Send every review on the page, choosing level ``levels[i]`` for criterion i, using the keyboard."""
    while block.locator(".ilelln-pr-review-form").count():
        form = block.locator(".ilelln-pr-review-form").first
        for index, fieldset in enumerate(form.locator("fieldset").all()):
            radio = fieldset.locator("input[type=radio]").nth(levels[index % len(levels)])
            radio.focus()
            page.keyboard.press("Space")
        form.locator("textarea").fill("The purpose is clear. Add a date for the video call.")
        sent = form.get_attribute("data-review")
        form.locator("button[type=submit]").click()
        block.locator(f".ilelln-pr-review-form[data-review='{sent}']").wait_for(state="detached")
        block.locator(".ilelln-status").filter(has_text="Review sent").or_(
            block.locator(".ilelln-status").filter(has_text="أُرسلت المراجعة")).wait_for()
        assert not_reloaded(page)
    return block


def flag_with_keyboard(page, block, flag, reason, title, done):
    """Report with the keyboard only: Escape first (nothing is sent, focus is back on the Flag button), then
    the in-page dialog again, ``reason`` typed, Tab past Cancel to Send; the server's ``done`` is announced."""
    dialog = block.locator("dialog.ilelln-pr-flag")
    flag.focus()
    page.keyboard.press("Enter")
    block.locator("dialog.ilelln-pr-flag[open]").wait_for()
    assert page.evaluate("document.activeElement.classList.contains('ilelln-pr-flag-reason')")
    assert dialog.locator("h3").inner_text() == title
    assert dialog.locator("textarea").get_attribute("maxlength") == "1000"
    page.keyboard.type("not sent")
    assert serious_violations(page) == []
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.matches('[data-flag]')")
    assert done not in block.locator(".ilelln-status").inner_text()
    page.keyboard.press("Enter")
    block.locator("dialog.ilelln-pr-flag[open]").wait_for()
    assert dialog.locator("textarea").input_value() == ""  # the cancelled text is gone
    page.keyboard.type(reason)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('ilelln-pr-flag-send')")
    page.keyboard.press("Enter")
    dialog.wait_for(state="hidden")
    block.locator(".ilelln-status").filter(has_text=done).wait_for()
    assert page.evaluate("document.activeElement.matches('[data-flag]')") and not_reloaded(page)


def test_submit_allocate_review_results_rate_flag_and_override(page, workbench_url):
    for learner in LEARNERS:
        block = open_as(page, workbench_url, 0, learner)
        editor = block.locator(".ilelln-pr-editor")
        editor.click()
        page.keyboard.type(f"Subject: A joint online story hour. Dear Ms Okafor, I am {learner} from Cairo.")
        block.locator(".ilelln-pr-saved").filter(has_text="Draft saved.").wait_for()
        if learner == "amal":
            block.locator(".ilelln-pr-links").fill("https://example.org/story-hour-plan")
        block.locator(".ilelln-pr-submit button[type=submit]").click()
        block.locator(".ilelln-status").filter(has_text="Submitted.").wait_for()
        assert "I am " + learner in block.locator(".ilelln-pr-mine").inner_text()
        assert not_reloaded(page) and page.evaluate("document.activeElement.closest('.ilelln-pr-mine') !== null")
    assert serious_violations(page) == []

    staff = open_as(page, workbench_url, 0, "facilitator")
    staff.locator(".ilelln-pr-allocate").click()  # a confirm step first: Escape keeps everything as it was
    staff.locator("dialog.ilelln-pr-confirm[open]").wait_for()
    assert "allocate reviewers" in staff.locator("dialog[open]").inner_text()
    assert serious_violations(page) == []
    page.keyboard.press("Escape")
    staff.locator("dialog.ilelln-pr-confirm").wait_for(state="hidden")
    assert staff.locator(".ilelln-pr-allocate").is_visible() and staff.locator(".ilelln-status").inner_text() == ""
    staff.locator(".ilelln-pr-allocate").click()
    confirm(page, staff, keyboard=True)
    staff.locator(".ilelln-status").filter(has_text="Reviewers allocated: 8 reviews.").wait_for()
    assert staff.locator(".ilelln-pr-cohort tbody tr").count() == 4
    assert staff.locator(".ilelln-pr-allocate").count() == 0
    assert "owes 2 reviews" in staff.locator(".ilelln-pr-cohort").inner_text() and not_reloaded(page)

    for learner, levels in zip(LEARNERS, ([1, 2, 2], [2, 1, 2], [2, 2, 1], [0, 2, 2]), strict=True):
        block = open_as(page, workbench_url, 0, learner)
        assert "2 reviews to do" in block.locator(".ilelln-pr-waiting").inner_text()
        block = review_everything(page, block, levels)

    block = open_as(page, workbench_url, 0, "amal")
    results = block.locator(".ilelln-pr-results")
    assert "Your grade:" in results.inner_text() and "Reviewer 2" in results.inner_text()
    assert "basma" not in results.inner_text() and "chadi" not in results.inner_text()
    assert serious_violations(page) == []
    first = results.locator(".ilelln-pr-rate").first
    first.locator("select").select_option("5")
    first.locator("textarea").fill("Thank you, I will add the date.")
    first.locator("button[type=submit]").click()
    block.locator(".ilelln-status").filter(has_text="your reviewer will see").wait_for()
    assert "Thank you, I will add the date." in block.locator(".ilelln-pr-rate").first.inner_text()
    flag_with_keyboard(page, block, block.locator(".ilelln-pr-rate").nth(1).locator("[data-flag]"),
                       "This comment is rude.", "Report this review as inappropriate", "Flagged.")

    staff = open_as(page, workbench_url, 0, "facilitator")
    assert "This comment is rude." in staff.locator(".ilelln-pr-flags").inner_text()
    assert "2/2" in staff.locator(".ilelln-pr-cohort").inner_text()
    assert staff.locator(".ilelln-pr-chart meter").count() == 9  # a bar for each of three levels of three criteria
    # the facilitator reads amal's work and the reviews of it, with the levels, comments and amal's reply
    staff.locator(".ilelln-pr-cohort [data-item]").first.click()
    reader = staff.locator(".ilelln-pr-reader")
    reader.locator(".ilelln-pr-item").wait_for()
    text = reader.inner_text()
    assert "I am amal from Cairo." in text and "https://example.org/story-hour-plan" in text
    assert text.count("Review by") == 2 and "The purpose is clear. Add a date" in text
    assert "Thank you, I will add the date." in text and "the author rated it 5 of 5" in text
    assert page.evaluate("document.activeElement.closest('.ilelln-pr-reader') !== null")
    staff.locator(".ilelln-pr-flags [data-item]").first.click()
    reader.filter(has_text="This comment").or_(reader.filter(has_text="Review by")).wait_for()
    assert serious_violations(page) == []
    staff.locator("[data-moderate][data-hidden=true]").first.click()
    confirm(page, staff)
    staff.locator(".ilelln-status").filter(has_text="Hidden from learners.").wait_for()
    assert staff.locator(".ilelln-pr-flags").count() == 0
    override = staff.locator(".ilelln-pr-override-form")
    override.locator("select").select_option("amal")
    override.locator("input").fill("95")
    override.locator("textarea").fill("Excellent partnership idea.")
    override.locator("button").click()
    confirm(page, staff)
    staff.locator(".ilelln-status").filter(has_text="Grade saved.").wait_for()
    assert "95%" in staff.locator(".ilelln-pr-cohort").inner_text() and not_reloaded(page)

    results = open_as(page, workbench_url, 0, "amal").locator(".ilelln-pr-results")
    assert "Your grade: 95%" in results.inner_text()
    assert "Excellent partnership idea." in results.inner_text()
    assert "A facilitator has hidden this review." in results.inner_text()


def test_continuous_mode_in_arabic(page, workbench_url):
    for learner in ("hala", "yasser", "mona"):
        block = open_as(page, workbench_url, 1, learner, "ar")
        assert block.get_attribute("dir") == "rtl"
        block.locator(".ilelln-pr-editor").click()
        page.keyboard.type(f"خطة نادي البرمجة للفتيات في مكتبة {learner}: المشكلة، والأنشطة، والشركاء.")
        block.locator(".ilelln-pr-submit button[type=submit]").click()
        block.locator(".ilelln-status").filter(has_text="تم الإرسال").wait_for()
        assert not_reloaded(page)
    assert serious_violations(page) == []
    for learner in ("hala", "yasser", "mona"):
        block = open_as(page, workbench_url, 1, learner, "ar")
        block.locator(".ilelln-pr-request").click()
        block.locator(".ilelln-status").filter(has_text="عمل جاهز لمراجعتك").wait_for()
        assert learner not in block.locator(".ilelln-pr-review .ilelln-pr-work").inner_text()
        assert page.evaluate("document.activeElement.closest('.ilelln-pr-review') !== null") and not_reloaded(page)
        review_everything(page, block, [2, 2, 1, 1])
    block = open_as(page, workbench_url, 1, "hala", "ar")
    assert "مراجعة واحدة مطلوبة" not in block.inner_text()
    assert serious_violations(page) == []


def test_flag_dialog_in_arabic_on_a_phone(page, workbench_url):
    """The report form in Arabic at 360 px: right to left, inside the screen, keyboard only, and it reaches staff."""
    page.set_viewport_size({"width": 360, "height": 740})
    for learner in ("rana", "samir"):
        block = open_as(page, workbench_url, 1, learner, "ar")
        block.locator(".ilelln-pr-editor").click()
        page.keyboard.type(f"خطة ركن محو الأمية الرقمية لكبار السن في مكتبة {learner}.")
        block.locator(".ilelln-pr-submit button[type=submit]").click()
        block.locator(".ilelln-status").filter(has_text="تم الإرسال").wait_for()
    block.locator(".ilelln-pr-request").click()
    block.locator(".ilelln-pr-review").wait_for()
    flag = block.locator(".ilelln-pr-review [data-flag=submission]")
    dialog = block.locator("dialog.ilelln-pr-flag")
    flag.focus()
    page.keyboard.press("Enter")
    block.locator("dialog.ilelln-pr-flag[open]").wait_for()
    assert page.evaluate("getComputedStyle(document.querySelector('dialog.ilelln-pr-flag')).direction") == "rtl"
    assert dialog.locator("h3").inner_text() == "أبلغ عن هذا العمل بوصفه غير لائق"
    assert "ما الأمر غير اللائق؟" in dialog.locator("label").inner_text()
    box = dialog.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.matches('[data-flag]')")
    flag_with_keyboard(page, block, flag, "يحتوي على إعلان تجاري.", "أبلغ عن هذا العمل بوصفه غير لائق",
                       "تم الإبلاغ")
    staff = open_as(page, workbench_url, 1, "facilitator", "ar")
    assert "يحتوي على إعلان تجاري." in staff.locator(".ilelln-pr-flags").inner_text()



def test_flag_dialog_opened_again_before_its_close_event(page, workbench_url):
    """HTML queues a dialog's "close" event: a learner who cancels and opens the report form again at once (a
    quick keyboard user) must still be able to send it. The late event of the cancel once ended the new
    opening, so Send closed the form and nothing was reported."""
    for learner in ("nour", "karim"):
        block = open_as(page, workbench_url, 1, learner)
        block.locator(".ilelln-pr-editor").click()
        page.keyboard.type(f"A reading corner plan for {learner}'s library.")
        block.locator(".ilelln-pr-submit button[type=submit]").click()
        block.locator(".ilelln-status").filter(has_text="Submitted").wait_for()
    block.locator(".ilelln-pr-request").click()
    flag = block.locator(".ilelln-pr-review [data-flag=submission]")
    flag.wait_for()
    # Opened, cancelled and opened again in one task, so the cancel's "close" event comes after the reopening.
    flag.evaluate("""button => {
        const dialog = button.closest('.ilelln-peer-review').querySelector('dialog.ilelln-pr-flag');
        button.click(); dialog.close(); button.click();
    }""")
    dialog = block.locator("dialog.ilelln-pr-flag[open]")
    dialog.wait_for()
    page.wait_for_timeout(200)  # the late "close" event has been dispatched by now
    dialog.locator("textarea").fill("Not about libraries.")
    dialog.locator(".ilelln-pr-flag-send").click()
    block.locator(".ilelln-status").filter(has_text="Flagged").wait_for(timeout=5000)
    staff = open_as(page, workbench_url, 1, "facilitator")
    assert "Not about libraries." in staff.locator(".ilelln-pr-flags").inner_text()
