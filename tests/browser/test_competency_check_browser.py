"""A learner rates their competencies at the start and the end, from the keyboard, and sees the growth chart."""
import pytest

from tests.browser.conftest import mark_page, not_reloaded, serious_violations

BLOCKS = "[data-block-type='ilelln_competency_check'] .ilelln-competency-check"
SAVED = {"en": "Your ratings are saved.", "ar": "حُفظت تقييماتك."}
UPDATE = {"en": "Update my ratings", "ar": "حدّث تقييماتي"}


def rate_all_with_keyboard(page, form, presses_right):
    """Tab into each radio group, move with the arrow keys, and send the form with Enter."""
    first = form.locator("input[type=radio]").first
    for _ in range(60):
        page.keyboard.press("Tab")
        if first.evaluate("node => node === document.activeElement"):
            break
    else:
        pytest.fail("the rating form cannot be reached with Tab")
    groups = form.locator(".ilelln-cc-item").count()
    arrow = "ArrowLeft" if form.evaluate("node => getComputedStyle(node).direction") == "rtl" else "ArrowRight"
    for index in range(groups):
        page.keyboard.press("Space")
        for _ in range(presses_right):
            page.keyboard.press(arrow)
        if index < groups - 1:
            page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")


@pytest.mark.parametrize("lang, scenario, growth_heading", [
    ("ar", "ilelln_competency_check.0", "كيف تطورت كفاياتي"),
    ("en", "ilelln_competency_check.1", "How my competencies grew"),
])
def test_rating_twice_draws_the_growth_in_place(page, workbench_url, lang, scenario, growth_heading):
    url = f"{workbench_url}/scenario/{scenario}/?lang={lang}&student=growth-{lang}"
    page.goto(url)
    start, end = page.locator(BLOCKS).nth(0), page.locator(BLOCKS).nth(1)
    assert start.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")

    mark_page(page)
    rate_all_with_keyboard(page, start.locator("form"), presses_right=1)   # everything rated 2
    start.locator(".ilelln-cc-growth").wait_for()                           # drawn in place, no reload
    start.locator(".ilelln-status").filter(has_text=SAVED[lang]).wait_for()
    assert start.locator(".ilelln-cc-save").evaluate("node => node === document.activeElement")
    assert start.locator(".ilelln-cc-save").inner_text() == UPDATE[lang]

    rate_all_with_keyboard(page, end.locator("form"), presses_right=3)     # rated 4
    end.get_by_role("heading", name=growth_heading).wait_for()
    assert not_reloaded(page)
    bars = end.locator("svg.ilelln-cc-bars").first
    assert bars.get_attribute("role") == "img"
    assert "4" in bars.get_attribute("aria-label") and "2" in bars.get_attribute("aria-label")
    assert end.locator("svg .ilelln-cc-bar-end").first.get_attribute("width") == "80"
    assert serious_violations(page) == []


def test_a_missing_rating_is_announced_and_focused(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_competency_check.1/?lang=en&student=forgetful")
    form = page.locator(BLOCKS).first.locator("form")
    form.locator("input[type=radio]").first.check()
    form.get_by_role("button").click()
    form.locator(".ilelln-status").filter(has_text="Rate every competency before you save.").wait_for()
    assert form.locator(".ilelln-cc-item").nth(1).locator("input").first.evaluate(
        "node => node === document.activeElement")


def test_facilitator_sees_cohort_averages_and_a_csv(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_competency_check.1/?lang=en&student=staff")
    block = page.locator(BLOCKS).first
    assert block.get_by_role("heading", name="Cohort averages (staff only)").is_visible()
    with page.expect_download() as download:
        block.get_by_role("link", name="Download the cohort averages (CSV)").click()
    assert download.value.suggested_filename == "competencies-programme-en.csv"
