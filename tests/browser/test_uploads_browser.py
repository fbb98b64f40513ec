"""Uploads share one helper (``IlellnCommon.upload``): a file over the block's limit is refused in the page, the limit
named as the server names it, and not sent; a reply that is not JSON, such as a proxy's error page for a
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


MB = 1024 * 1024
# (scenario, block, file input, status, file, message in each language): each block's limit, named as the
# server names a file's size (5.0 MB: the author's 5, or 3 for the photo), a decimal point in Arabic too.
TOO_LARGE = {
    "photo": ("ilelln_reflection.0", "ilelln_reflection", ".ilelln-rf-file", ".ilelln-rf-form .ilelln-status",
              {"name": "big.png", "mimeType": "image/png", "buffer": png() + bytes(3 * MB)},
              {"en": "The photo is larger than 3.0 MB.", "ar": "الصورة أكبر من 3.0 ميغابايت."}),
    "recording": ("ilelln_speaking.1", "ilelln_speaking", "input[type=file]", ".ilelln-status",
                  {"name": "long.ogg", "mimeType": "audio/ogg", "buffer": b"OggS" + bytes(5 * MB)},
                  {"en": "The recording is larger than 5.0 MB. Record a shorter answer.",
                   "ar": "التسجيل أكبر من 5.0 ميغابايت. سجّل إجابة أقصر."}),
    "attachment": ("ilelln_peer_review.1", "ilelln_peer_review", ".ilelln-pr-file", ".ilelln-status",
                   {"name": "plan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + bytes(5 * MB)},
                   {"en": "The file is larger than 5.0 MB.", "ar": "الملف أكبر من 5.0 ميغابايت."}),
}


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("kind", sorted(TOO_LARGE))
def test_a_file_over_the_limit_is_refused_in_the_page_with_the_limit_named(page, workbench_url, kind, lang):
    scenario, block_type, field, region, chosen, words = TOO_LARGE[kind]
    page.goto(f"{workbench_url}/scenario/{scenario}/?lang={lang}&student=big-{kind}-{lang}")
    sent = []
    page.on("request", lambda request: sent.append(request.url) if UPLOAD.match(request.url) else None)
    block = page.locator(f"[data-block-type='{block_type}'] .ilelln")
    if kind == "recording":
        block.locator(".ilelln-sp-record").click()             # no microphone here: the upload panel opens
        block.locator(".ilelln-sp-nomic").wait_for()
    block.locator(field).set_input_files(files=[chosen])
    status = block.locator(region).first
    status.filter(has_text=words[lang][:12]).wait_for()
    assert status.inner_text().replace("\xa0", " ") == words[lang]
    assert "ilelln-error" in status.get_attribute("class")
    page.wait_for_timeout(300)
    assert sent == []                                              # nothing was sent
    assert serious_violations(page) == []
