"""Multi-line text typed with Enter (blank lines included) into every rich-text editor keeps its lines in Chromium:
the autosaved draft after a reload, the submitted text, a peer's view and the facilitator's CSV.

Rich-text fields (``contenteditable``): the peer-review work, a discussion thread, a reply and the inline edit of a
post. Reflections, team-project texts and writing answers are plain ``<textarea>`` fields and are not covered here.
Chromium's editor writes each new line as a ``<div>``; this is the case the sanitiser used to flatten.
"""
import csv
import io
import uuid

import pytest

from tests.live import run_workbench

PEER = "[data-block-type='ilelln_peer_review'] .ilelln-peer-review"
BOARD = "[data-block-type='ilelln_discussion'] .ilelln-discussion"
EMAIL = ["Subject: A joint online story hour", "", "Dear Ms Okafor,", "", "We propose a story hour for children.",
         "", "Kind regards,"]
SIGNATURE = "Omar"
EMAIL_TEXT = "\n".join(EMAIL + [SIGNATURE])
IDEA = ["الأنشطة: نادي برمجة كل سبت.", "", "الشريك: مدرسة النصر.", "الأدوات: Scratch."]
REPLY = ["Good idea.", "", "Ask the parents too."]
EDITED = ["Good idea.", "", "Ask the parents and the school."]


@pytest.fixture(scope="module")
def fresh_workbench(tmp_path_factory):
    """A workbench of its own: the phased peer review is allocated here, which the shared server must not see."""
    with run_workbench(tmp_path_factory.mktemp("line-breaks")) as url:
        yield url


def type_lines(page, editor, lines):
    """Type ``lines`` into ``editor`` from the keyboard: Enter between lines, so an empty line is a blank one."""
    editor.click()
    for index, line in enumerate(lines):
        if index:
            page.keyboard.press("Enter")
        if line:
            page.keyboard.type(line)


def text_of(locator):
    """What a reader sees, line by line (Chromium's ``innerText``), without trailing spaces."""
    return "\n".join(line.rstrip() for line in locator.inner_text().strip("\n").split("\n"))


def csv_rows(page, block):
    href = block.locator("a[download]").first.get_attribute("href")
    text = page.evaluate("url => fetch(url).then(r => r.text())", href)
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_peer_review_work_keeps_its_lines_in_the_draft_the_submission_a_peer_view_and_the_csv(page, fresh_workbench):
    url = f"{fresh_workbench}/scenario/ilelln_peer_review.0/?lang=en&student="
    page.goto(url + "omar")
    block = page.locator(PEER)
    editor = block.locator(".ilelln-pr-editor")
    type_lines(page, editor, EMAIL)
    page.keyboard.press("Enter")
    block.locator("[data-command=bold]").click()           # the signature in bold, as learners did
    page.keyboard.type(SIGNATURE)
    block.locator(".ilelln-pr-saved").filter(has_text="Draft saved.").wait_for()
    assert "<div>" in editor.inner_html()                  # Chromium wrote the lines as <div>s

    page.reload()                                          # the autosaved draft, as the server kept it
    assert text_of(page.locator(PEER).locator(".ilelln-pr-editor")) == EMAIL_TEXT

    page.locator(PEER).locator(".ilelln-pr-submit button[type=submit]").click()
    page.locator(PEER).locator(".ilelln-status").filter(has_text="Submitted.").wait_for()
    assert text_of(page.locator(PEER).locator(".ilelln-pr-mine .ilelln-pr-work")) == EMAIL_TEXT

    for peer in ("lina", "sami"):
        page.goto(url + peer)
        type_lines(page, page.locator(PEER).locator(".ilelln-pr-editor"), [f"Dear Ms Okafor, I am {peer}."])
        page.locator(PEER).locator(".ilelln-pr-submit button[type=submit]").click()
        page.locator(PEER).locator(".ilelln-status").filter(has_text="Submitted.").wait_for()

    page.goto(url + "facilitator")
    page.locator(PEER).locator(".ilelln-pr-allocate").click()
    page.locator(PEER).locator(".ilelln-pr-confirm-yes").click()
    page.locator(PEER).locator(".ilelln-status").filter(has_text="Reviewers allocated").wait_for()
    rows = csv_rows(page, page.locator(PEER))
    text_column = rows[0].index("text")
    assert EMAIL_TEXT in [row[text_column] for row in rows[1:]]

    page.goto(url + "lina")                                # a peer reviews Omar's email
    works = [text_of(work) for work in page.locator(PEER).locator(".ilelln-pr-review .ilelln-pr-work").all()]
    assert EMAIL_TEXT in works


def test_discussion_threads_replies_and_edits_keep_their_lines_for_peers_and_in_the_csv(page, fresh_workbench):
    run = uuid.uuid4().hex[:6]
    url = f"{fresh_workbench}/scenario/ilelln_discussion.0/?lang=ar&student="
    title = f"نادي برمجة {run}"

    page.goto(url + f"amal-{run}")
    block = page.locator(BOARD)
    composer = block.locator(".ilelln-dn-new")
    composer.locator(".ilelln-dn-title").fill(title)
    type_lines(page, composer.locator(".ilelln-dn-editor"), IDEA)
    composer.locator("button[type=submit]").click()
    block.locator(".ilelln-status").filter(has_text="نُشر موضوعك.").wait_for()

    page.goto(url + f"basma-{run}")                        # a peer reads it, and replies on three lines
    thread = page.locator(BOARD).locator(".ilelln-dn-thread").filter(has_text=title)
    assert text_of(thread.locator(".ilelln-dn-post").first.locator(".ilelln-dn-body")) == "\n".join(IDEA)
    thread.locator(".ilelln-dn-reply-box summary").click()
    type_lines(page, thread.locator(".ilelln-dn-reply .ilelln-dn-editor"), REPLY)
    thread.locator(".ilelln-dn-reply button[type=submit]").click()
    page.locator(BOARD).locator(".ilelln-status").filter(has_text="نُشر ردك.").wait_for()
    reply = page.locator(BOARD).locator(".ilelln-dn-thread").filter(has_text=title).locator(
        ".ilelln-dn-replies .ilelln-dn-post").first
    assert text_of(reply.locator(".ilelln-dn-body")) == "\n".join(REPLY)

    reply.locator(".ilelln-dn-edit").click()               # the author edits the last line in place
    edit = page.locator(BOARD).locator(".ilelln-dn-edit-form .ilelln-dn-editor")
    edit.click()
    page.keyboard.press("Control+End")
    for _ in range(len("Ask the parents too.")):
        page.keyboard.press("Backspace")
    page.keyboard.type(EDITED[-1])
    page.locator(BOARD).locator(".ilelln-dn-edit-form button[type=submit]").click()
    page.locator(BOARD).locator(".ilelln-status").filter(has_text="عُدّلت المشاركة.").wait_for()

    page.goto(url + f"amal-{run}")                         # the thread's author sees the edited reply
    thread = page.locator(BOARD).locator(".ilelln-dn-thread").filter(has_text=title)
    assert text_of(thread.locator(".ilelln-dn-replies .ilelln-dn-body").first) == "\n".join(EDITED)

    page.goto(url + "facilitator")
    bodies = [cell for row in csv_rows(page, page.locator(BOARD))[1:] for cell in row]
    assert "\n".join(IDEA) in bodies and "\n".join(EDITED) in bodies
