"""The course team edits a block in the workbench's Studio editor; a learner gets no editor; authors see the answers."""
import json


def test_staff_save_in_the_studio_editor_and_learners_see_it(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/studio_view/?lang=en&student=staff")
    name = page.locator("#xb-field-edit-display_name")
    name.fill("Prepositions in a partner email")
    with page.expect_response(lambda response: "submit_studio_edits" in response.url) as answer:
        page.locator(".save-button").click()
    assert answer.value.status == 200 and answer.value.json() == {"result": "success"}
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/?lang=en&student=gf-after-edit")
    assert page.locator(".ilelln-gap-fill h2").inner_text() == "Prepositions in a partner email"


def test_a_bad_value_answers_400_with_the_reason_and_saves_nothing(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.1/studio_view/?lang=en&student=staff")
    page.locator("#xb-field-edit-almost_credit").fill("3")
    with page.expect_response(lambda response: "submit_studio_edits" in response.url) as answer:
        page.locator(".save-button").click()
    assert answer.value.status == 400
    assert "between 0 and 1" in json.loads(answer.value.text())["error"]


def test_a_learner_gets_no_editor(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/studio_view/?lang=en&student=nosy")
    assert "Only the course team can edit this component" in page.locator("main").inner_text()
    assert page.locator(".save-button").count() == 0


def test_the_author_view_shows_the_answers_and_a_working_learner_page(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.0/author_view/?lang=ar&student=staff")
    author = page.locator(".ilelln-author")
    assert "الفراغ 1: to" in author.inner_text()
    assert page.locator(".ilelln-read-only").inner_text() == "هذه معاينة: لا يُحفظ أي شيء."
    assert page.locator(".ilelln-gap-fill .ilelln-gf-gap input").count() == 6


def test_the_arabic_editor_saves_a_block_with_decimal_fields(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_gap_fill.1/studio_view/?lang=ar&student=staff")
    assert page.locator("#xb-field-edit-almost_credit").input_value() == "0.5"
    assert page.locator("label[for='xb-field-edit-almost_credit']").inner_text() == "الدرجة للإجابة القريبة"
    assert page.locator("#xb-field-edit-text").evaluate("node => getComputedStyle(node).direction") == "ltr"
    page.locator("#xb-field-edit-display_name").fill("حروف الجر في رسالة")
    with page.expect_response(lambda response: "submit_studio_edits" in response.url) as answer:
        page.locator(".save-button").click()
    assert answer.value.status == 200


def test_an_arabic_author_edits_a_list_one_item_a_line_and_learners_see_it(page, workbench_url):
    page.goto(f"{workbench_url}/scenario/ilelln_module_overview.1/studio_view/?lang=ar&student=staff")
    objectives = page.locator("#xb-field-edit-objectives")
    typed = objectives.input_value()
    lines = typed.split("\n")
    assert len(lines) == 4 and lines[0].startswith("أن تصف") and "[" not in typed and "\\u" not in typed
    assert "عنصر واحد في كل سطر." in page.locator("li[data-field-name='objectives']").inner_text()
    objectives.fill(typed + "\n\nأن تقارن بين مكتبتين")  # a blank line is not an item
    with page.expect_response(lambda response: "submit_studio_edits" in response.url) as answer:
        page.locator(".save-button").click()
    assert answer.value.status == 200
    page.goto(f"{workbench_url}/scenario/ilelln_module_overview.1/?lang=ar&student=list-reader")
    shown = page.locator(".ilelln-module-overview").inner_text()
    assert "أن تقارن بين مكتبتين" in shown and lines[3] in shown
