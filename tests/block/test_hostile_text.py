"""Learner text that tries to end the page's script element stays data, in every block and every learner's page.

A runtime writes a block's start-up data into a ``<script>`` element (the workbench without escaping it), so
``</script>`` in a team's charter or a learner's name once ran as script in every teammate's page. Each test
puts hostile text everywhere a learner can write it, renders the page others see, and checks that every
script element on it is still the data the server meant (JSON that parses), with no script of the learner's.
"""
import json
from html.parser import HTMLParser
from importlib.metadata import entry_points

import pytest
from xblock.fields import Scope, String

from ilelln_xblocks.collaboration.discussion.scenarios import KNOWLEDGE
from ilelln_xblocks.collaboration.reflection.scenarios import WORKSHOP
from ilelln_xblocks.collaboration.team_project.scenarios import READING_CLUB
from ilelln_xblocks.core.sanitize import clean_html
from ilelln_xblocks.models import ProjectTeam
from tests.helpers import call_handler, init_args

pytestmark = pytest.mark.django_db

HOSTILE = "</script><script>window.__pwned=1</script><!--\u2028--><img src=x onerror=window.__pwned=2>"
MEMBER = "amal</script><script>window.__pwned=3</script>"     # a learner id (the workbench's ?student=)
DATA_TYPES = {"application/json", "json/xblock-args"}
# Fields whose handler stores only sanitised rich text (``core/sanitize.clean_html``), shown as markup.
RICH_TEXT = {("ilelln_peer_review", "draft_text")}
BLOCKS = sorted((ep.name, ep.load()) for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_"))


class _Scripts(HTMLParser):
    """Every ``<script>`` of a page as ``(attributes, body)``, split where a browser's parser splits them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self._open = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = (dict(attrs), [])

    def handle_data(self, data):
        if self._open is not None:
            self._open[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.scripts.append((self._open[0], "".join(self._open[1])))
            self._open = None


def assert_page_holds(html):
    """No script of the learner's: every inline script is JSON data that parses whole."""
    parser = _Scripts()
    parser.feed(html)
    parser.close()
    assert parser.scripts, "the page has no start-up data at all"
    for attrs, body in parser.scripts:
        if "src" in attrs:
            continue
        assert attrs.get("type") in DATA_TYPES, f"a script the server did not write: {body[:80]!r}"
        json.loads(body)
    assert "<script>window.__pwned" not in html and "<img src=x" not in html


def page(block):
    """The block's page as the workbench writes it: the runtime's wrapper around the view (``Runtime.render``)."""
    return block.render("student_view").content


@pytest.mark.parametrize("name, cls", BLOCKS)
def test_no_block_s_page_can_be_broken_out_of(world, settings, name, cls):
    """Every block, its learner state and display name full of hostile text, seen by a hostile-named learner
    and by staff."""
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(cls.workbench_scenarios()[0][1])
    for viewer in (MEMBER, "staff"):
        block = world.find(root, name, viewer)
        block.display_name = HOSTILE
        for field in block.fields.values():
            if field.scope == Scope.user_state and isinstance(field, String):
                field.write_to(block, clean_html(HOSTILE) if (name, field.name) in RICH_TEXT else HOSTILE)
        block.save()
        assert_page_holds(page(world.find(root, name, viewer)))


@pytest.fixture
def club(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    return world, world.load(READING_CLUB)


def test_a_hostile_charter_plan_update_and_names_stay_data_in_teammates_pages(club):
    world, root = club

    def as_(user):
        return world.find(root, "ilelln_team_project", user)

    assert call_handler(as_(MEMBER), "create_team", {"name": HOSTILE})[0] == 200
    team = ProjectTeam.objects.get()
    assert call_handler(as_("karim"), "join_team", {"team": team.pk})[0] == 200
    code, body = call_handler(as_(MEMBER), "save_charter", {"roles": HOSTILE, "agreements": HOSTILE, "version": 1})
    assert code == 200, body
    code, body = call_handler(as_(MEMBER), "save_plan", {
        "problem": HOSTILE, "community": HOSTILE, "partners": HOSTILE, "version": 1,
        "activities": [{"title": HOSTILE, "owner": MEMBER, "due": "2026-12-10"}]})
    assert code == 200, body
    assert call_handler(as_(MEMBER), "post_update", {"text": HOSTILE, "evidence_url": ""})[0] == 200
    assert call_handler(as_(MEMBER), "publish_showcase", {"summary": HOSTILE, "url": ""})[0] == 200

    html = page(as_("karim"))
    assert_page_holds(html)
    workspace = init_args(html)["workspace"]      # the hostile text reached the start-up data, unchanged
    for text in (workspace["charter"]["roles"], workspace["team"]["name"], workspace["plan"]["activities"][0]["title"],
                 workspace["updates"][0]["text"]):
        assert text.startswith("</script><script>window.__pwned=1</script>")
    assert MEMBER in [member["name"] for member in workspace["members"]]
    assert_page_holds(page(as_("staff")))
    assert_page_holds(page(as_("omar")))         # outside the team: the showcase


def test_hostile_posts_stay_data_on_the_board(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(KNOWLEDGE)

    def as_(user):
        return world.find(root, "ilelln_discussion", user)

    code, body = call_handler(as_(MEMBER), "post", {"title": HOSTILE, "body": f"<p>Idea {HOSTILE}</p>",
                                                "tags": [], "anonymous": True})
    assert code == 200, body
    code, reply = call_handler(as_("karim"), "post", {"body": f"Agreed {HOSTILE}", "parent": body["id"]})
    assert code == 200, reply
    call_handler(as_("karim"), "flag", {"id": body["id"], "reason": HOSTILE})
    for viewer in ("karim", MEMBER, "staff"):
        assert_page_holds(page(as_(viewer)))


def test_hostile_reflections_stay_data_in_the_gallery(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    root = world.load(WORKSHOP)

    def as_(user):
        return world.find(root, "ilelln_reflection", user)

    block = as_(MEMBER)
    answers = [HOSTILE] * len(block.prompts_shown())
    code, body = call_handler(block, "submit", {"answers": answers, "links": []})
    assert code == 200, body
    call_handler(as_(MEMBER), "share", {"shared": True})
    call_handler(as_("karim"), "submit", {"answers": answers, "links": []})
    for viewer in ("karim", MEMBER, "staff"):
        assert_page_holds(page(as_(viewer)))
