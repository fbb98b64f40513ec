"""Mixed Arabic and English on the blocks' pages, and numbers and times written one way (issue 13, item 4).

On an Arabic page, an English sentence, a learner's name or a title next to a colon is reordered by the bidi
algorithm unless it sits in its own isolate (``<bdi>``, or an element with ``dir``). Decimals are written with
a "." in both languages (Django's Arabic formats write "4,67"), and every discussion post's time is one
``<time data-ilelln-time>`` the shared JS formats, whether the board came with the page or from a handler.
"""
from types import SimpleNamespace

import pytest
from django.utils import translation
from lxml import html as lxml_html

from ilelln_xblocks.collaboration.reflection.scenarios import FIELD_VISIT
from ilelln_xblocks.collaboration.team_project.scenarios import READING_CLUB
from ilelln_xblocks.curriculum.competency_check.scenarios import competency_check_scenarios
from ilelln_xblocks.english.listening.scenarios import VOICEMAIL
from ilelln_xblocks.english.vocabulary.scenarios import LIBRARY_TERMS
from ilelln_xblocks.models import Reflection
from tests.block.activity import ProbeActivity
from tests.block.test_competency_check import KEYS_EN
from tests.block.test_discussion import OLX as DISCUSSION
from tests.block.test_discussion import page, reply, thread
from tests.block.test_module_overview import COURSE
from tests.block.test_peer_review import OLX as PEER_REVIEW
from tests.block.test_peer_review import PDF, submit_all, upload
from tests.block.test_reflection import SALMA
from tests.block.test_reflection import submit as reflection_submit
from tests.block.test_reflection import upload as reflection_upload
from tests.block.test_team_project import form_team
from tests.helpers import call_handler
from tests.unit.test_reflection_logic import jpeg

pytestmark = pytest.mark.django_db
LANGUAGES = ["ar", "en"]


def view(block, language, user_view="student_view"):
    with translation.override(language):
        return block.render(user_view).content


def tree(content):
    return lxml_html.fromstring(f"<div>{content}</div>")


def isolated(element):
    """Whether ``element`` is a bidi isolate of its own: a <bdi>, or any element with a ``dir``."""
    return element.tag == "bdi" or element.get("dir") in ("ltr", "rtl", "auto")


# ----- numbers -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_cohort_means_are_written_with_a_point_in_both_languages(world, settings, language):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(competency_check_scenarios()[1][1])
    for user, value in (("alice", 4), ("bob", 5), ("carol", 5)):
        block = world.find(root, "ilelln_competency_check", user, index=0)
        assert call_handler(block, "save_ratings", {"ratings": dict.fromkeys(KEYS_EN, value)})[0] == 200
    content = view(world.find(root, "ilelln_competency_check", "staff", index=0), language)
    assert content.count("4.67 (3)") == len(KEYS_EN) and "4,67" not in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_file_sizes_are_written_with_a_point_in_both_languages(world, settings, tmp_path, language):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    settings.MEDIA_ROOT = str(tmp_path)
    root = world.load(PEER_REVIEW.format(extra=""))
    assert upload(world.block(root, "amal"), PDF, "خطة.pdf")[0] == 200
    submit_all(world, root)
    content = view(world.block(root, "amal"), language)
    assert "(2.0\xa0" in content and "2,0" not in content   # 2009 bytes: "2.0 KB" / "2.0 ك.ب", no break between


@pytest.mark.parametrize("language", LANGUAGES)
def test_team_members_rating_averages_are_written_with_a_point(world, settings, language):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(READING_CLUB)
    form_team(SimpleNamespace(block=lambda user: world.block(root, user)), "Team A", "salma", "karim", "mona")
    call_handler(world.block(root, "salma"), "rate", {"ratings": {"karim": 3}})
    call_handler(world.block(root, "mona"), "rate", {"ratings": {"karim": 2}})
    content = view(world.block(root, "staff"), language)
    assert "(2.5)" in content and "(2,5)" not in content


# ----- times -------------------------------------------------------------------------------------------

def test_every_discussion_post_time_is_one_utc_time_element_the_shared_js_formats(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(DISCUSSION.format(anonymity="optional"))
    parent = thread(world, root, "layla")
    reply(world, root, "omar", parent)
    with_page = tree(view(world.block(root, "omar"), "ar")).xpath("//article//time")
    with translation.override("ar"):
        from_handler = tree(page(world, root, "omar")["html"]).xpath("//article//time")
    assert len(with_page) == len(from_handler) == 2
    for time in with_page + from_handler:
        assert time.get("datetime").endswith("Z") and time.get("data-ilelln-time") is not None
        assert time.get("dir") == "auto"


# ----- isolation ---------------------------------------------------------------------------------------

def test_speed_buttons_read_left_to_right_on_an_arabic_page(world):
    root = world.load(VOICEMAIL)
    buttons = tree(view(world.block(root), "ar")).xpath("//div[contains(@class, 'ilelln-ls-speeds')]/button")
    assert [button.text_content() for button in buttons] == ["0.75×", "1×", "1.25×"]
    for button in buttons:
        (label,) = button
        assert label.tag == "bdi" and label.get("dir") == "ltr"


def test_a_team_update_keeps_name_text_and_evidence_apart_on_an_arabic_page(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(READING_CLUB)
    form_team(SimpleNamespace(block=lambda user: world.block(root, user)), "Readers", "omar")
    text = "We met the head teacher and agreed on Thursday afternoons."
    assert call_handler(world.block(root, "omar"), "post_update",
                        {"text": text, "evidence_url": "https://example.org/minutes.pdf"})[0] == 200
    (line,) = tree(view(world.block(root, "omar"), "ar")).xpath("//ul[contains(@class, 'ilelln-tp-update-list')]/li")
    name, said, link = line
    assert name.tag == "bdi" and name.text_content() == "omar"
    assert isolated(said) and said.text_content() == text
    assert link.tag == "a" and link.get("href") == "https://example.org/minutes.pdf"


def test_vocabulary_test_prompts_isolate_the_english_definition_and_the_arabic_gloss(world):
    root = world.load(LIBRARY_TERMS)
    labels = tree(view(world.block(root), "ar")).xpath("//label[span[@lang='en']]")
    assert labels
    for label in labels:
        gloss, definition = label.xpath("./span")
        assert (gloss.get("lang"), gloss.get("dir")) == ("ar", "rtl")
        assert (definition.get("lang"), definition.get("dir")) == ("en", "ltr")


def test_module_overview_progress_lines_isolate_each_activity_title(world):
    world.extra_blocks["ilelln_probe"] = ProbeActivity
    root = world.load(COURSE)
    block = world.find(root, "ilelln_module_overview", "alice")
    lines = tree(view(block, "ar")).xpath("//section[contains(@class, 'ilelln-mo-progress')]//li")
    assert lines
    for line in lines:
        assert isolated(line[0]) and line[0].text_content().strip()
        assert line[0].tail.startswith(":")   # the colon outside the title's isolate, in the page's direction


def test_a_reflection_comment_keeps_the_name_and_the_english_text_apart_on_an_arabic_page(world, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    root = world.load(FIELD_VISIT)
    salma = world.find(root, "ilelln_reflection", "salma")
    assert reflection_upload(salma, jpeg())[0] == 200
    assert reflection_submit(world, root, "salma", SALMA)[0] == 200
    assert call_handler(world.find(root, "ilelln_reflection", "salma"), "share", {"shared": True})[0] == 200
    text = "The photo of the schedule is a great idea."
    row = Reflection.objects.get(learner="salma")
    assert call_handler(world.find(root, "ilelln_reflection", "layla"), "comment",
                        {"reflection": row.id, "text": text, "nonce": "n" * 16})[0] == 200
    content = view(world.find(root, "ilelln_reflection", "salma"), "ar")
    lines = tree(content).xpath("//ul[contains(@class, 'ilelln-rf-comments')]/li")   # her card, and the gallery's
    assert lines
    for line in lines:
        name, said = line[0], line[1]
        assert name.tag == "bdi" and name.text_content() == "layla"
        assert isolated(said) and said.text_content() == text


def test_peer_review_deadlines_are_utc_time_elements_the_shared_js_formats(world, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    root = world.load(PEER_REVIEW.format(extra=""))
    (due,) = tree(view(world.block(root, "amal"), "ar")).xpath("//time")   # "Submissions close ..."
    assert due.get("datetime") == "2099-01-01T00:00:00Z"
    assert due.get("data-ilelln-time") is not None and due.get("dir") == "auto"
