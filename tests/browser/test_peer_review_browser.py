"""The whole peer-review cycle in Chromium: four learners and a facilitator, then continuous mode in Arabic."""
from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_peer_review'] .ilelln-peer-review"
LEARNERS = ["amal", "basma", "chadi", "dina"]


def open_as(page, workbench_url, scenario, learner, lang="en"):
    page.goto(f"{workbench_url}/scenario/ilelln_peer_review.{scenario}/?lang={lang}&student={learner}")
    return page.locator(BLOCK)


def review_everything(page, block, levels):
    """Send every review on the page, choosing level ``levels[i]`` for criterion i, using the keyboard."""
    while block.locator(".ilelln-pr-review-form").count():
        form = block.locator(".ilelln-pr-review-form").first
        for index, fieldset in enumerate(form.locator("fieldset").all()):
            radio = fieldset.locator("input[type=radio]").nth(levels[index % len(levels)])
            radio.focus()
            page.keyboard.press("Space")
        form.locator("textarea").fill("The purpose is clear. Add a date for the video call.")
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        block = page.locator(BLOCK)
        block.locator(".ilelln-status").filter(has_text="Review sent").or_(
            block.locator(".ilelln-status").filter(has_text="أُرسلت المراجعة")).wait_for()
    return block


def test_submit_allocate_review_results_rate_flag_and_override(page, workbench_url):
    for learner in LEARNERS:
        block = open_as(page, workbench_url, 0, learner)
        editor = block.locator(".ilelln-pr-editor")
        editor.click()
        page.keyboard.type(f"Subject: A joint online story hour. Dear Ms Okafor, I am {learner} from Cairo.")
        block.locator(".ilelln-pr-saved").filter(has_text="Draft saved.").wait_for()
        if learner == "amal":
            block.locator(".ilelln-pr-links").fill("https://example.org/story-hour-plan")
        with page.expect_navigation():
            block.locator(".ilelln-pr-submit button[type=submit]").click()
        page.locator(BLOCK).locator(".ilelln-status").filter(has_text="Submitted.").wait_for()
        assert "I am " + learner in page.locator(BLOCK).locator(".ilelln-pr-mine").inner_text()
    assert serious_violations(page) == []

    staff = open_as(page, workbench_url, 0, "facilitator")
    with page.expect_navigation():
        staff.locator(".ilelln-pr-allocate").click()
    page.locator(BLOCK).locator(".ilelln-status").filter(has_text="Reviewers allocated: 8 reviews.").wait_for()
    assert page.locator(BLOCK).locator(".ilelln-pr-cohort tbody tr").count() == 4

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
    with page.expect_navigation():
        first.locator("button[type=submit]").click()
    page.locator(BLOCK).locator(".ilelln-status").filter(has_text="your reviewer will see").wait_for()
    page.once("dialog", lambda dialog: dialog.accept("This comment is rude."))
    page.locator(BLOCK).locator(".ilelln-pr-rate").nth(1).locator("[data-flag]").click()
    page.locator(BLOCK).locator(".ilelln-status").filter(has_text="Flagged.").wait_for()

    staff = open_as(page, workbench_url, 0, "facilitator")
    assert "This comment is rude." in staff.locator(".ilelln-pr-flags").inner_text()
    assert "2/2" in staff.locator(".ilelln-pr-cohort").inner_text()
    assert staff.locator(".ilelln-pr-chart svg[role=img]").count() == 3
    assert serious_violations(page) == []
    with page.expect_navigation():
        staff.locator("[data-moderate][data-hidden=true]").first.click()
    page.locator(BLOCK).locator(".ilelln-status").filter(has_text="Hidden from learners.").wait_for()
    override = page.locator(BLOCK).locator(".ilelln-pr-override-form")
    override.locator("select").select_option("amal")
    override.locator("input").fill("95")
    override.locator("textarea").fill("Excellent partnership idea.")
    with page.expect_navigation():
        override.locator("button").click()
    page.locator(BLOCK).locator(".ilelln-status").filter(has_text="Grade saved.").wait_for()

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
        with page.expect_navigation():
            block.locator(".ilelln-pr-submit button[type=submit]").click()
        page.locator(BLOCK).locator(".ilelln-status").filter(has_text="تم الإرسال").wait_for()
    assert serious_violations(page) == []
    for learner in ("hala", "yasser", "mona"):
        block = open_as(page, workbench_url, 1, learner, "ar")
        with page.expect_navigation():
            block.locator(".ilelln-pr-request").click()
        page.locator(BLOCK).locator(".ilelln-status").filter(has_text="عمل جاهز لمراجعتك").wait_for()
        block = page.locator(BLOCK)
        assert learner not in block.locator(".ilelln-pr-review .ilelln-pr-work").inner_text()
        review_everything(page, block, [2, 2, 1, 1])
    block = open_as(page, workbench_url, 1, "hala", "ar")
    assert "مراجعة واحدة مطلوبة" not in block.inner_text()
    assert serious_violations(page) == []
