"""Every block inside the Learning MFE's unit frame, as a learner on a phone meets it.

The frame is the MFE's (frontend-app-learning ``ContentIFrame``: its ``allow`` list for the microphone and
the rest), on a page of another origin of the same site, as the MFE (apps.example.com) frames the LMS
(example.com): here another port of 127.0.0.1. The framed page is the workbench's with ``?mfe=1``: no
workbench chrome, and ``<base target="_parent">``, as the LMS's chromeless unit view writes it for the MFE
(lms/templates/courseware/courseware-chromeless.html). With ``target="_parent"`` a plain form or link would
take the whole MFE page away, so each block must keep its work in the frame.
"""
import html
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import entry_points
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serious_violations

BLOCKS = sorted(ep.name for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_"))
ALLOW = "microphone *; camera *; midi *; geolocation *; encrypted-media *; clipboard-write *; autoplay *"
SHELL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Unit</title>
<style>body {{ margin: 0 }} iframe {{ display: block; inline-size: 100%; block-size: 100vh; border: 0 }}</style>
</head><body><main><iframe id="unit-iframe" title="Unit" src="{src}" {allow} allowfullscreen
referrerpolicy="origin"></iframe></main></body></html>"""
RECORD_ERRORS = ("window.__ilellnErrors = [];"
                 "window.addEventListener('error', event => window.__ilellnErrors.push(event.message));")


@pytest.fixture(scope="module")
def mfe_url(workbench_url):
    """A Learning MFE stand-in on its own port: ``/<scenario>/?lang=..&student=..[&allow=0]`` frames that unit."""
    class Shell(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802  (http.server's name)
            url = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(url.query).items()}
            allow = "" if query.pop("allow", "1") == "0" else f'allow="{ALLOW}"'
            query = "&".join(f"{key}={value}" for key, value in {**query, "mfe": "1"}.items())
            src = html.escape(f"{workbench_url}/scenario{url.path}?{query}")
            body = SHELL.format(src=src, allow=allow).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Shell)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def phone(playwright_driver):
    """Chromium with a fake microphone, always allowed, as a 360 px phone."""
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + [
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"])
    context = browser.new_context(viewport={"width": 360, "height": 780}, is_mobile=True, has_touch=True)
    context.add_init_script(RECORD_ERRORS)  # in every frame
    yield context
    context.close()
    browser.close()


def open_unit(context, mfe_url, scenario, lang, student, allow=True):
    page = context.new_page()
    page.goto(f"{mfe_url}/{scenario}/?lang={lang}&student={student}" + ("" if allow else "&allow=0"))
    frame = page.frame_locator("#unit-iframe")
    frame.locator(".ilelln").first.wait_for()
    return page, page.frame(url=lambda url: "/scenario/" in url)


@pytest.mark.parametrize("name", BLOCKS)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_block_works_in_the_mfe_frame_at_360_px(phone, mfe_url, name, lang):
    page, frame = open_unit(phone, mfe_url, f"{name}.0", lang, f"mfe-{lang}")
    assert frame.evaluate("document.querySelector('base').target") == "_parent"
    root = frame.locator(".ilelln").first
    assert root.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    frame.wait_for_load_state("networkidle")
    width = frame.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"{name} scrolls sideways in the frame: {width}"
    assert frame.evaluate("window.__ilellnErrors") == []
    assert serious_violations(frame) == []
    page.close()


def test_a_check_inside_the_frame_keeps_the_mfe_page(phone, mfe_url):
    page, frame = open_unit(phone, mfe_url, "ilelln_gap_fill.0", "ar", "mfe-gap")
    shell = page.url
    frame.evaluate("window.__stillHere = true")
    inputs = frame.locator(".ilelln-gf-gap input")
    for index, answer in enumerate(["to", "in", "the loan period", "for", "information", "to hearing"]):
        inputs.nth(index).fill(answer)
    inputs.nth(5).press("Enter")
    frame.locator(".ilelln-status").filter(has_text="الإجابات الصحيحة: 6 من أصل 6 فراغات.").wait_for()
    assert page.url == shell and frame.evaluate("window.__stillHere") is True
    page.close()


def test_a_learner_records_and_submits_from_inside_the_frame(phone, mfe_url):
    page, frame = open_unit(phone, mfe_url, "ilelln_speaking.0", "en", "mfe-voice")
    shell = page.url
    block = frame.locator(".ilelln-speaking")
    block.locator(".ilelln-sp-record").click()      # the frame's allow list lets it use the microphone
    stop = block.get_by_role("button", name="Stop")
    stop.wait_for()
    page.wait_for_timeout(1200)
    stop.click()
    block.locator(".ilelln-status").filter(has_text="Recording saved.").wait_for()
    source = block.locator(".ilelln-sp-playback audio").get_attribute("src")
    assert frame.evaluate("url => fetch(url).then(r => r.status)", source) == 200
    for box in block.locator(".ilelln-sp-checklist input").all()[:3]:
        box.check()
    block.locator(".ilelln-sp-submit").click()
    block.locator(".ilelln-sp-submit[disabled]").wait_for()
    assert page.url == shell and frame.evaluate("window.__ilellnErrors") == []
    page.close()


def test_without_the_mfe_s_allow_list_the_microphone_is_refused_and_the_learner_is_told(phone, mfe_url):
    # The same cross-origin frame without ``allow="microphone *"``: the block must say so, not fail silently.
    page, frame = open_unit(phone, mfe_url, "ilelln_speaking.0", "en", "mfe-no-allow", allow=False)
    block = frame.locator(".ilelln-speaking")
    block.locator(".ilelln-sp-record").click()
    block.locator(".ilelln-status").filter(has_text="No microphone is available.").wait_for()
    page.close()
