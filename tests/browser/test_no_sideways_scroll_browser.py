"""No view of any scenario scrolls sideways on a 360 px phone, for a learner or for staff, in Arabic or English.

Every scenario the workbench index lists (the ready course's ``ilelln_course.N`` pages too) is loaded once per
language and role in one browser context per language; the measurement is ``scripts/screenshots.py``'s, which
names the widest element that sticks out, so a failure says where the CSS fix starts. A team with a long name is
formed first, so that the team project's staff table has rows to measure.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from screenshots import OVERFLOW_JS, scenarios  # noqa: E402

WHO = {"learner": "phone-learner", "staff": "staff"}
# What sticks out even inside a scroll container (an absolutely positioned descendant escapes its clipping).
STICKING_OUT = """() => {
  const vw = document.documentElement.clientWidth;
  let worst = null, beyond = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect(), out = Math.max(r.right - vw, -r.left);
    if (out > beyond) { beyond = out; worst = el; }
  }
  return worst && `${worst.tagName.toLowerCase()}.${[...worst.classList].join('.')} in ` +
    `${worst.closest('[data-block-type]')?.getAttribute('data-block-type') || 'page'}, ${Math.round(beyond)} px out`;
}"""


def form_a_team(page, base, lang):
    """A learner starts a team whose long name has no space, so the staff table has a row that could overflow."""
    page.goto(f"{base}/scenario/ilelln_team_project.0/?lang={lang}&student=team-starter-{lang}")
    block = page.locator("[data-block-type='ilelln_team_project'] .ilelln-team-project")
    if block.locator(".ilelln-tp-create").count():
        block.locator(".ilelln-tp-create input").fill(f"نادي_القراءة_مع_مدرسة_النصر_الابتدائية_{lang}")
        block.locator(".ilelln-tp-create input").press("Enter")
        block.locator(".ilelln-tp-workspace").wait_for()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_view_of_any_scenario_scrolls_sideways_at_360_px(chromium, workbench_url, lang):
    listed = [scenario for scenario, _titles in scenarios(workbench_url)]
    assert len(listed) > 25 and any(name.startswith("ilelln_course.") for name in listed)
    context = chromium.new_context(viewport={"width": 360, "height": 780}, has_touch=True,
                                   locale="ar" if lang == "ar" else "en-US")
    page = context.new_page()
    wide, errors = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        form_a_team(page, workbench_url, lang)
        for scenario in listed:
            for who, student in WHO.items():
                response = page.goto(f"{workbench_url}/scenario/{scenario}/?lang={lang}&student={student}")
                assert response.ok, f"{scenario} {who}: HTTP {response.status}"
                found = page.evaluate(OVERFLOW_JS)
                width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                if width[0] > width[1]:
                    widest = found.get("widest")
                    where = (f"{widest.get('block') or 'page'}: {widest['path']} ({widest['width']} px)" if widest
                             else page.evaluate(STICKING_OUT))
                    wide.append(f"{scenario} as {who}: {width[0]} px wide at {width[1]} px; widest {where}")
    finally:
        context.close()
    assert wide == [], "\n".join(wide)
    assert errors == [], f"JavaScript errors: {errors}"
