"""A facilitator in Arabic on a phone: the module's learners listed behind first, learners' controls off or absent."""
import re

import pytest

from tests.browser.conftest import serious_violations

OVERVIEW = "[data-block-type='ilelln_module_overview'] .ilelln-module-overview"


def test_facilitator_sees_who_is_behind_and_no_learner_controls_in_arabic(page, workbench_url):
    page.set_viewport_size({"width": 360, "height": 780})
    course = f"{workbench_url}/scenario/ilelln_course.1/?lang=ar&student="
    page.goto(course + "late-learner")
    gaps = page.locator("[data-block-type='ilelln_gap_fill'] .ilelln-gf-gap input")
    for index in range(gaps.count()):
        gaps.nth(index).fill("x")
    gaps.last.press("Enter")
    page.locator("[data-block-type='ilelln_gap_fill'] .ilelln-status").filter(has_text="فراغات").wait_for()

    page.goto(course + "staff")
    overview = page.locator(OVERVIEW)
    region = overview.get_by_role("region", name="المتعلمون، الأكثر تأخرًا أولًا")
    row = region.locator("tbody tr").filter(has=page.locator("bdi", has_text="late-learner"))
    assert re.fullmatch(r"\d+ من \d+", row.locator("td").first.inner_text().strip())
    assert "Email to a library system supplier" in row.locator("td").nth(1).inner_text()
    region.focus()
    assert region.evaluate("node => node === document.activeElement")
    # Staff see the learners' controls as a switched-off preview, not as their own.
    assert overview.locator(".ilelln-mo-checklist input").first.is_disabled()
    assert overview.locator(".ilelln-preview-note").is_visible()
    assert page.locator("[data-block-type='ilelln_writing'] .ilelln-wr-form button[type=submit]").is_disabled()
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert serious_violations(page, context=OVERVIEW) == []

    page.goto(f"{workbench_url}/scenario/ilelln_team_project.0/?lang=ar&student=staff")
    team = page.locator("[data-block-type='ilelln_team_project'] .ilelln-team-project")
    team.locator(".ilelln-tp-staff").wait_for()
    for learner_only in (".ilelln-tp-join-button", ".ilelln-tp-create", ".ilelln-tp-pool", ".ilelln-tp-vote"):
        assert team.locator(learner_only).count() == 0, learner_only
    assert "أنت من فريق المقرر" in team.inner_text()
    assert serious_violations(page) == []


@pytest.mark.parametrize("scenario, preview", [
    ("ilelln_writing.0", ".ilelln-wr-form textarea"),
    ("ilelln_competency_check.1", ".ilelln-cc-form input[type=radio]"),
    ("ilelln_reflection.0", ".ilelln-rf-form textarea"),
    ("ilelln_speaking.0", ".ilelln-sp-record"),
])
def test_staff_see_a_switched_off_preview_of_the_learners_controls(page, workbench_url, scenario, preview):
    page.goto(f"{workbench_url}/scenario/{scenario}/?lang=ar&student=staff")
    assert page.locator(".ilelln-preview-note").first.is_visible()
    assert page.locator(preview).first.is_disabled()
    assert serious_violations(page) == []
    page.goto(f"{workbench_url}/scenario/{scenario}/?lang=ar&student=preview-learner")
    assert page.locator(".ilelln-preview-note").count() == 0 and page.locator(preview).first.is_enabled()
