"""A learner uses the module overview in Chromium, in English and in Arabic, from the keyboard."""
import re

import pytest

from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_module_overview'] .ilelln-module-overview"


@pytest.mark.parametrize("lang, scenario, heading, direction", [
    ("en", "ilelln_module_overview.0", "Live sessions", "ltr"),
    ("ar", "ilelln_module_overview.1", "الجلسات المباشرة", "rtl"),
])
def test_learner_ticks_deliverables_from_the_keyboard(page, workbench_url, lang, scenario, heading, direction):
    student = f"kb-{lang}"
    page.goto(f"{workbench_url}/scenario/{scenario}/?lang={lang}&student={student}")
    block = page.locator(BLOCK)
    assert block.get_attribute("dir") == direction
    assert page.locator("html").get_attribute("dir") == direction
    assert block.get_by_role("heading", name=heading).is_visible()

    # Session times are rewritten in the browser's own zone and language.
    first_time = block.locator("time").first
    assert re.search(r"2026|٢٠٢٦", first_time.inner_text())

    # Keyboard only: Tab until the first deliverable's checkbox has focus, then Space.
    first_box = block.locator(".ilelln-mo-checklist input").first
    for _ in range(40):
        page.keyboard.press("Tab")
        if first_box.evaluate("node => node === document.activeElement"):
            break
    else:
        pytest.fail("the checklist cannot be reached with Tab")
    page.keyboard.press("Space")
    status = block.locator(".ilelln-status")
    saved = "حُفظت قائمة مهامك." if lang == "ar" else "Your checklist is saved."
    status.filter(has_text=saved).wait_for()
    assert status.get_attribute("aria-live") == "polite"

    page.reload()
    assert page.locator(BLOCK).locator(".ilelln-mo-checklist input").first.is_checked()
    assert serious_violations(page) == []


def test_facilitator_sees_the_cohort_table_and_learners_do_not(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_module_overview.0/?lang=en&student=facilitator")
    assert page.get_by_role("heading", name="Cohort progress (staff only)").is_visible()
    page.goto(f"{workbench_url}/scenario/ilelln_module_overview.0/?lang=en&student=learner-x")
    assert page.get_by_role("heading", name="Cohort progress (staff only)").count() == 0


def test_phone_width_has_no_horizontal_scroll(page, workbench_url):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{workbench_url}/scenario/ilelln_module_overview.1/?lang=ar&student=phone")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
