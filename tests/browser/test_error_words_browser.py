"""A refused form, as a learner sees it: the message names the field and the problem once, in their language."""
import uuid

import pytest

DISCUSSION = "[data-block-type='ilelln_discussion'] .ilelln-discussion"
PEER = "[data-block-type='ilelln_peer_review'] .ilelln-peer-review"


@pytest.mark.parametrize("lang, message, required", [
    ("en", "Post: This field is required. Nothing was saved.", "This field is required."),
    ("ar", "المشاركة: هذا الحقل مطلوب. لم يُحفظ شيء.", "هذا الحقل مطلوب."),
])
def test_an_empty_post_names_the_post_field_once(page, workbench_url, lang, message, required):
    page.goto(f"{workbench_url}/scenario/ilelln_discussion.0/?lang={lang}&student=words-{uuid.uuid4().hex[:6]}")
    block = page.locator(DISCUSSION)
    composer = block.locator(".ilelln-dn-new")
    composer.locator(".ilelln-dn-title").fill("A title without a post")
    composer.locator("button[type=submit]").click()
    status = block.locator(".ilelln-status")
    status.filter(has_text=message).wait_for()
    assert status.inner_text().count(required) == 1      # the field's message is not repeated after it


@pytest.mark.parametrize("lang, message", [
    ("en", "Links: link 1, 'my notes', is not a web address (http or https). Nothing was saved."),
    ("ar", "الروابط: الرابط 1، \u200f'my notes'، ليس عنوان ويب (http أو https). لم يُحفظ شيء."),
])
def test_autosave_says_which_link_is_not_an_address(page, workbench_url, lang, message):
    page.goto(f"{workbench_url}/scenario/ilelln_peer_review.0/?lang={lang}&student=words-{uuid.uuid4().hex[:6]}")
    block = page.locator(PEER)
    block.locator(".ilelln-pr-links").fill("my notes")
    saved = block.locator(".ilelln-pr-saved")
    saved.filter(has_text=message).wait_for()
    assert saved.inner_text().strip() == message
