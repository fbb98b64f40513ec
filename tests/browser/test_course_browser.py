"""The demo shows the whole course: each section's page opens with its first unit, in Arabic and in English."""
import pytest

from ilelln_xblocks.course import builder
from tests.browser.conftest import serious_violations


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_module_opens_on_its_first_unit(page, workbench_url, lang):
    page.goto(f"{workbench_url}/?lang={lang}")
    for number, module in enumerate(builder.modules()):
        link = page.get_by_role("link", name=f"ilelln course {number}: {module.title.en}")
        assert link.count() == 1
    for number, module in enumerate(builder.modules()):
        page.goto(f"{workbench_url}/scenario/ilelln_course.{number}/"  # added by demo/urls.py
                  f"?lang={lang}&student=course-{lang}")
        first = page.locator("h3").first
        assert first.inner_text().strip() == module.units[0].title.ar
        assert page.locator(f"[lang='{lang}'][dir]").first.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
        if module.key.startswith("m"):
            overview = page.locator(".ilelln-module-overview").first
            overview.wait_for()
            assert module.title.ar.split()[0] in page.inner_text("body")
        if number in (0, 1):
            assert serious_violations(page) == []
