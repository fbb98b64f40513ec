"""A live workbench server and Debian's Chromium driven by Playwright.

Without /usr/bin/chromium the browser tests are skipped with a message saying so;
with ILELLN_REQUIRE_BROWSER=1 its absence fails the run instead.
"""
import os
import sys
from pathlib import Path

import pytest

from tests.live import run_workbench

CHROMIUM = os.environ.get("ILELLN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
SERIOUS = {"serious", "critical"}


def pytest_collection_modifyitems(items):
    """Mark every test in this folder as a browser test; skip or fail them when Chromium is missing."""
    here = Path(__file__).parent
    browser_items = [item for item in items if Path(item.fspath).is_relative_to(here)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if browser_items and not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium`"
        if os.environ.get("ILELLN_REQUIRE_BROWSER") == "1":
            raise pytest.UsageError(message + " (ILELLN_REQUIRE_BROWSER=1 makes this a failure)")
        sys.stderr.write(f"\nSKIPPING BROWSER TESTS: {message}\n")
        for item in browser_items:
            item.add_marker(pytest.mark.skip(reason=message))


@pytest.fixture(scope="session")
def workbench_url(tmp_path_factory):
    """Base URL of a real workbench (``django-admin runserver``) on a fresh database."""
    with run_workbench(tmp_path_factory.mktemp("workbench")) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_driver():
    """One Playwright driver for the session (a second one cannot start in the same thread)."""
    from playwright.sync_api import sync_playwright  # pylint: disable=import-outside-toplevel
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def chromium(playwright_driver):
    """Debian's Chromium, headless, launched by Playwright (no browser download)."""
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium):
    """A fresh page (its own cookies) on a phone-sized screen unless a test resizes it."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def serious_violations(page, context=None):
    """axe-core's serious and critical violations on ``page`` (the axe script ships in the wheel)."""
    from axe_playwright_python.sync_playwright import Axe  # pylint: disable=import-outside-toplevel
    results = Axe().run(page, context=context)
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]




def mark_page(page):
    """Mark the loaded page, so :func:`not_reloaded` can tell whether an action reloaded it."""
    page.evaluate("window.__marker = 1")


def not_reloaded(page):
    """Whether the page marked by :func:`mark_page` is still the same page (a reload or navigation loses the mark)."""
    return page.evaluate("window.__marker === 1")
