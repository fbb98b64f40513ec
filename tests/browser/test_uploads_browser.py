"""Uploads share one helper (``IlellnCommon.upload``): a reply that is not JSON, such as a proxy's error page for a
file it found too large, is announced in the block's live region like any other failure, in both languages."""
import re

import pytest

from tests.browser.conftest import serious_violations
from tests.browser.test_reflection_browser import png

FAILED = {"en": "Could not save. Check your connection and try again.",
          "ar": "تعذّر الحفظ. تحقق من اتصالك وحاول مرة أخرى."}
UPLOAD = re.compile(r".*/upload/?(\?.*)?$")


REFUSAL = "<html><body><h1>413 Request Entity Too Large</h1></body></html>"


def proxy_refuses(page):
    """Answer every upload the way a web server in front of the LMS does: an HTML page, status 413."""
    page.route(UPLOAD, lambda route: route.fulfill(status=413, content_type="text/html", body=REFUSAL))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_photo_refused_by_a_proxy_is_announced(page, workbench_url, lang):
    page.goto(f"{workbench_url}/scenario/ilelln_reflection.0/?lang={lang}&student=upload-{lang}")
    proxy_refuses(page)
    block = page.locator("[data-block-type='ilelln_reflection'] .ilelln-reflection")
    block.locator(".ilelln-rf-file").set_input_files(files=[{"name": "photo.png", "mimeType": "image/png",
                                                            "buffer": png()}])
    status = block.locator(".ilelln-rf-form .ilelln-status")
    status.filter(has_text=FAILED[lang]).wait_for()
    assert "ilelln-error" in status.get_attribute("class")
    assert block.locator(".ilelln-rf-photo").is_hidden()
    assert serious_violations(page) == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_recording_refused_by_a_proxy_is_announced(page, workbench_url, lang):
    page.goto(f"{workbench_url}/scenario/ilelln_speaking.1/?lang={lang}&student=upload-{lang}")
    proxy_refuses(page)
    block = page.locator("[data-block-type='ilelln_speaking'] .ilelln-speaking")
    block.locator(".ilelln-sp-record").click()                 # no microphone here: the upload panel opens
    block.locator(".ilelln-sp-nomic").wait_for()
    block.locator("input[type=file]").set_input_files(files=[{"name": "answer.ogg", "mimeType": "audio/ogg",
                                                             "buffer": b"OggS" + bytes(200)}])
    status = block.locator(".ilelln-status")
    status.filter(has_text=FAILED[lang]).wait_for()
    assert "ilelln-error" in status.get_attribute("class")
    assert block.locator(".ilelln-sp-playback").is_hidden()
    assert serious_violations(page) == []
