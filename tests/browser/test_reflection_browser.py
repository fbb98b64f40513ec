"""Learner A writes, attaches a photo and shares; learner B comments in the gallery; a facilitator sees both.

Everything is done from the keyboard except choosing the photo file; English and Arabic; axe on every page.
"""
import struct
import zlib

import pytest

from tests.browser.conftest import serious_violations

BLOCK = "[data-block-type='ilelln_reflection'] .ilelln-reflection"
ANSWERS = [
    "رأيت الأطفال يصممون نموذجًا لمنارة الإسكندرية ويطبعونه بالطابعة ثلاثية الأبعاد.",
    "المساحة تعمل بجدول أسبوعي، ويشرف عليها متطوعون من كلية الهندسة.",
    "سأبدأ ركن روبوتات صغيرًا في مكتبة الفرع يوم السبت، بالشراكة مع مدرسة قريبة.",
    "صورة نموذج المنارة، لأنها تلخص فكرة التعلم بالعمل.",
]


def png():
    """A valid 2x2 PNG."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff\x00\x00" * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


@pytest.mark.parametrize("lang, saved, shared, posted", [
    ("en", "Draft saved.", "Shared. Your cohort", "Comment posted."),
    ("ar", "حُفظت المسودة.", "تمت المشاركة.", "نُشر التعليق."),
])
def test_write_share_comment_and_facilitate(page, workbench_url, lang, saved, shared, posted):
    author, peer = f"salma-{lang}", f"ahmed-{lang}"
    url = f"{workbench_url}/scenario/ilelln_reflection.0/?lang={lang}&student="

    page.goto(url + author)
    block = page.locator(BLOCK)
    assert block.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    boxes = block.locator(".ilelln-rf-answer")
    assert boxes.count() == 4
    boxes.first.focus()
    for number, answer in enumerate(ANSWERS):
        if number:
            page.keyboard.press("Tab")
        page.keyboard.insert_text(answer)
    page.keyboard.type(" ")                               # a keystroke starts the autosave timer
    block.locator(".ilelln-rf-saved").filter(has_text=saved).wait_for()
    page.reload()
    block = page.locator(BLOCK)
    assert block.locator(".ilelln-rf-answer").nth(2).input_value() == ANSWERS[2]

    block.locator(".ilelln-rf-file").set_input_files(files=[{"name": "منارة.png", "mimeType": "image/png",
                                                              "buffer": png()}])
    block.locator(".ilelln-rf-photo img").wait_for()
    assert block.locator(".ilelln-rf-photo img").evaluate(
        "img => img.decode().then(() => img.naturalWidth)") == 2
    block.locator(".ilelln-rf-link").first.focus()
    page.keyboard.type("javascript:alert(1)")
    block.locator(".ilelln-rf-submit").focus()
    page.keyboard.press("Enter")
    block.locator(".ilelln-status.ilelln-error").wait_for()          # refused, and the text stays on the page
    assert block.locator(".ilelln-rf-answer").first.input_value() == ANSWERS[0]
    block.locator(".ilelln-rf-link").first.fill("https://www.bibalex.org/")
    block.locator(".ilelln-rf-submit").focus()
    page.keyboard.press("Enter")
    share = block.locator(".ilelln-rf-share-button")
    share.wait_for()
    share.focus()
    page.keyboard.press("Enter")
    block.locator(".ilelln-rf-share-state").filter(has_text=shared).wait_for()
    assert serious_violations(page) == []

    page.goto(url + peer)
    card = page.locator(BLOCK).locator(".ilelln-rf-gallery .ilelln-rf-card").filter(has_text=author)
    assert ANSWERS[0] in card.inner_text()
    photo = card.locator(".ilelln-rf-img").get_attribute("src")         # lazy-loaded: fetch it as the browser would
    assert page.evaluate("url => fetch(url).then(r => r.status + ' ' + r.headers.get('content-type'))",
                         photo) == "200 image/png"
    card.locator(".ilelln-rf-comment-form textarea").focus()
    page.keyboard.insert_text("فكرة ممتازة! <b>كيف</b> تختارون المتطوعين؟")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    card.locator(".ilelln-rf-comment-status").filter(has_text=posted).wait_for()
    assert "<b>كيف</b>" in card.locator(".ilelln-rf-comments").inner_text()   # shown as text, not markup
    assert serious_violations(page) == []

    page.goto(url + "facilitator")
    staff = page.locator(BLOCK).locator(".ilelln-rf-staff")
    mine = staff.locator(".ilelln-rf-card").filter(has_text=author)
    assert ANSWERS[3] in mine.inner_text() and "كيف" in mine.locator(".ilelln-rf-comments").inner_text()
    export = staff.locator("a[download]").get_attribute("href")
    csv_text = page.evaluate("url => fetch(url).then(r => r.text())", export)
    assert author in csv_text and ANSWERS[1] in csv_text
    assert serious_violations(page) == []

    page.goto(url + author)
    assert "كيف" in page.locator(BLOCK).locator(".ilelln-rf-mine").inner_text()    # the author reads the comment
