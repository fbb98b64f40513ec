"""The facilitator in Arabic on a phone: a confirm step before allocating, the work and its reviews read from the
staff view, and a chart whose level names are readable and sit beside their bars, all without a reload."""
import pytest

from tests.browser.conftest import not_reloaded, serious_violations
from tests.browser.test_peer_review_browser import confirm, open_as, review_everything
from tests.live import run_workbench

LEARNERS = ("rana", "tarek", "wafa")


@pytest.fixture(scope="module")
def fresh_workbench(tmp_path_factory):
    """A workbench of its own: the phased peer review is allocated here, which the shared server must not see."""
    with run_workbench(tmp_path_factory.mktemp("peer-staff")) as url:
        yield url


def test_the_facilitator_reads_the_work_and_the_chart_is_readable_in_arabic(page, fresh_workbench):
    for learner in LEARNERS:
        block = open_as(page, fresh_workbench, 0, learner, "ar")
        block.locator(".ilelln-pr-editor").click()
        page.keyboard.type(f"خطة {learner}")
        page.keyboard.press("Enter")
        page.keyboard.type("Partner: Al Nasr school.")
        block.locator(".ilelln-pr-saved").filter(has_text="حُفظت المسودة.").wait_for()
        if learner == "tarek":  # a file attached in place: the list changes, the text being typed stays
            block.locator(".ilelln-pr-file").set_input_files(
                {"name": "plan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + b"0" * 2000})
            block.locator(".ilelln-pr-draft-files").filter(has_text="plan.pdf").wait_for()
            assert "Partner: Al Nasr school." in block.locator(".ilelln-pr-editor").inner_text()
        block.locator(".ilelln-pr-submit button[type=submit]").click()
        block.locator(".ilelln-pr-mine").wait_for()
    staff = open_as(page, fresh_workbench, 0, "facilitator", "ar")
    staff.locator(".ilelln-pr-allocate").focus()
    page.keyboard.press("Enter")
    confirm(page, staff, keyboard=True)
    staff.locator(".ilelln-pr-allocate").wait_for(state="detached")
    assert staff.locator(".ilelln-pr-cohort tbody tr").count() == 3 and not_reloaded(page)
    for learner, levels in zip(LEARNERS, ([1, 2, 2], [2, 1, 0], [0, 2, 1]), strict=True):
        review_everything(page, open_as(page, fresh_workbench, 0, learner, "ar"), levels)

    staff = open_as(page, fresh_workbench, 0, "facilitator", "ar")
    rows = staff.locator(".ilelln-pr-chart tbody tr").all()
    assert rows
    for row in rows:  # level names at least 0.875rem, beside their bars (to the right, in Arabic), never over them
        label, bar = row.locator("th").bounding_box(), row.locator("meter").bounding_box()
        assert row.locator("th").evaluate("node => parseFloat(getComputedStyle(node).fontSize)") >= 14
        assert label["x"] >= bar["x"] + bar["width"] - 1
    staff.locator(".ilelln-pr-cohort tr").filter(has_text="tarek").locator("[data-item]").click()
    reader = staff.locator(".ilelln-pr-reader .ilelln-pr-item")
    reader.wait_for()
    text = reader.inner_text()
    assert "خطة tarek\nPartner: Al Nasr school." in text  # the line break is kept
    assert reader.locator("a[download]").filter(has_text="plan.pdf").count() == 1
    assert reader.locator(".ilelln-pr-item-review").count() == 2 and "The purpose is clear." in text
    assert page.evaluate("document.activeElement.closest('.ilelln-pr-reader') !== null")
    assert not_reloaded(page) and serious_violations(page) == []


@pytest.mark.parametrize("lang, heading, draft, not_started", [
    ("en", "Not submitted yet", "draft saved, not submitted", "not started here"),
    ("ar", "لم يُرسلوا أعمالهم بعد", "حفظ مسودة ولم يُرسلها", "لم يبدأ هذا النشاط"),
])
def test_the_facilitator_sees_who_has_not_submitted_on_a_phone(page, fresh_workbench, lang, heading, draft,
                                                               not_started):
    """A learner who submitted is not listed; one with a draft only is, first; one who did another activity of the
    course and never opened this one is, as not started; all at 360 px, in both languages."""
    page.set_viewport_size({"width": 360, "height": 740})
    submitter, drafter, elsewhere = f"sami-{lang}", f"noura-{lang}", f"hadi-{lang}"
    for learner in (submitter, drafter):
        block = open_as(page, fresh_workbench, 1, learner, lang)
        block.locator(".ilelln-pr-editor").click()
        page.keyboard.type(f"خطة {learner}: Partner: Al Nasr school.")
        block.locator(".ilelln-pr-saved").filter(has_text=".").wait_for()
        if learner == submitter:
            block.locator(".ilelln-pr-submit button[type=submit]").click()
            block.locator(".ilelln-pr-mine").wait_for()
    page.goto(f"{fresh_workbench}/scenario/ilelln_ordering.0/?lang={lang}&student={elsewhere}")
    ordering = page.locator("[data-block-type='ilelln_ordering'] .ilelln")
    ordering.locator(".ilelln-or-check").click()
    ordering.locator(".ilelln-status").filter(has_text=" ").wait_for()

    staff = open_as(page, fresh_workbench, 1, "facilitator", lang)
    section = staff.locator(".ilelln-pr-unsubmitted")
    assert heading in section.locator("h4").inner_text()
    items = [item.inner_text() for item in section.locator("li").all()]
    assert f"{drafter}: {draft}" in items and f"{elsewhere}: {not_started}" in items
    assert items.index(f"{drafter}: {draft}") < items.index(f"{elsewhere}: {not_started}")  # drafts first
    assert not any(submitter in item for item in items) and not any("facilitator" in item for item in items)
    assert section.locator("bdi").filter(has_text=drafter).count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert serious_violations(page) == []
