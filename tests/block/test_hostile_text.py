"""Learner text that tries to end the page's script element stays data, in every block and every learner's page.

A runtime writes a block's start-up data into a ``<script>`` element (the workbench without escaping it), so
``</script>`` in a team's charter or a learner's name once ran as script in every teammate's page. Each test
puts hostile text everywhere a learner can write it, renders the page others see, and checks that every
script element on it is still the data the server meant (JSON that parses), with no script of the learner's.
"""
import json
import re
from html.parser import HTMLParser
from importlib.metadata import entry_points

import pytest
from xblock.fields import Scope, String

from ilelln_xblocks.collaboration.discussion.scenarios import KNOWLEDGE
from ilelln_xblocks.collaboration.reflection.scenarios import WORKSHOP
from ilelln_xblocks.collaboration.team_project.scenarios import READING_CLUB
from ilelln_xblocks.core.sanitize import clean_html
from ilelln_xblocks.models import ProjectTeam
from tests.block.test_peer_review import OLX as PEER_REVIEW
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


@pytest.fixture(autouse=True)
def staff_and_storage(settings, tmp_path):
    """``staff`` is course staff; uploads go to a temporary folder."""
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    settings.MEDIA_ROOT = str(tmp_path)


def page(block):
    """The block's page as the workbench writes it: the runtime's wrapper around the view (``Runtime.render``)."""
    return block.render("student_view").content


@pytest.mark.parametrize("name, cls", BLOCKS)
def test_no_block_s_page_can_be_broken_out_of(world, name, cls):
    """Every block, its learner state and display name full of hostile text, seen by a hostile-named learner
    and by staff."""
    root = world.load(cls.workbench_scenarios()[0][1])
    for viewer in (MEMBER, "staff"):
        block = world.find(root, name, viewer)
        block.display_name = HOSTILE
        for field in block.fields.values():
            if field.scope == Scope.user_state and isinstance(field, String):
                field.write_to(block, clean_html(HOSTILE) if (name, field.name) in RICH_TEXT else HOSTILE)
        block.save()
        assert_page_holds(page(world.find(root, name, viewer)))


def in_(world, olx, block_type):
    """A function giving the block of ``block_type`` on a page loaded from ``olx``, as a given learner sees it."""
    root = world.load(olx, scenario=block_type)
    return lambda user: world.find(root, block_type, user)


def test_a_hostile_charter_plan_update_and_names_stay_data_in_teammates_pages(world):
    as_ = in_(world, READING_CLUB, "ilelln_team_project")

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


def test_hostile_posts_stay_data_on_the_board(world):
    as_ = in_(world, KNOWLEDGE, "ilelln_discussion")

    code, body = call_handler(as_(MEMBER), "post", {"title": HOSTILE, "body": f"<p>Idea {HOSTILE}</p>",
                                                "tags": [], "anonymous": True})
    assert code == 200, body
    code, reply = call_handler(as_("karim"), "post", {"body": f"Agreed {HOSTILE}", "parent": body["id"]})
    assert code == 200, reply
    call_handler(as_("karim"), "flag", {"id": body["id"], "reason": HOSTILE})
    for viewer in ("karim", MEMBER, "staff"):
        assert_page_holds(page(as_(viewer)))


def test_hostile_reflections_stay_data_in_the_gallery(world):
    as_ = in_(world, WORKSHOP, "ilelln_reflection")

    block = as_(MEMBER)
    answers = [HOSTILE] * len(block.prompts_shown())
    code, body = call_handler(block, "submit", {"answers": answers, "links": []})
    assert code == 200, body
    call_handler(as_(MEMBER), "share", {"shared": True})
    call_handler(as_("karim"), "submit", {"answers": answers, "links": []})
    for viewer in ("karim", MEMBER, "staff"):
        assert_page_holds(page(as_(viewer)))


# ----- bidi controls -------------------------------------------------------------------------------------------

RLO = "\u202e"
OPENERS = re.compile("[\u202a-\u202e\u2066-\u2068]")    # embeddings, overrides, isolates: they reach what follows
SHOWN = {"aria-label", "alt", "title", "placeholder", "label"}     # attributes a reader sees or hears
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _outside_isolates(text):
    """``text`` without its complete FSI ... PDI isolates (what ``|isolate`` writes)."""
    return re.sub("\u2068[^\u2066-\u2069]*\u2069", "", text)


class _Bidi(HTMLParser):
    """Every bidi control of a page that is not isolated: in the text of a ``<bdi>`` or of an element with ``dir``
    of its own, or between FSI and PDI; anywhere else it reorders the page's text after it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.loose = [], []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name, value in attrs:
            if name in SHOWN and value and OPENERS.search(_outside_isolates(value)):
                self.loose.append(f"<{tag} {name}={value!r}>")
        if tag not in VOID:
            self.stack.append(tag == "bdi" or "dir" in values)

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]) and OPENERS.search(_outside_isolates(data)):
            self.loose.append(data.strip()[:60])


def assert_isolated(html):
    parser = _Bidi()
    parser.feed(html)
    parser.close()
    assert parser.loose == []


def test_a_right_to_left_override_in_names_reorders_no_staff_view(world):
    """Names and titles with U+202E are isolated wherever they sit among other text: the peer-review
    reassign list and cohort table, the team project's staff table and workspace, the discussion board."""
    amal, basma = f"{RLO}amal", f"basma{RLO}"
    peer = in_(world, PEER_REVIEW.format(extra=""), "ilelln_peer_review")
    for learner in (amal, basma, "chadi"):
        assert call_handler(peer(learner), "submit", {"text": "<p>Dear Ms Okafor</p>", "links": []})[0] == 200
    assert call_handler(peer("staff"), "allocate", {})[0] == 200
    staff_page = page(peer("staff"))
    assert "ilelln-pr-reassign" in staff_page and amal[1:] in staff_page
    assert_isolated(staff_page)

    club = in_(world, READING_CLUB, "ilelln_team_project")
    assert call_handler(club(amal), "create_team", {"name": f"Readers{RLO} club"})[0] == 200
    team = ProjectTeam.objects.get()
    assert RLO not in team.name                                  # a typed name keeps no bidi control
    assert call_handler(club(basma), "join_team", {"team": team.pk})[0] == 200
    for viewer in (amal, "staff"):
        assert_isolated(page(club(viewer)))

    board = in_(world, KNOWLEDGE, "ilelln_discussion")
    first = call_handler(board(amal), "post", {"title": f"{RLO}Idea", "body": "<p>Idea</p>", "tags": []})[1]["id"]
    call_handler(board(basma), "post", {"body": "<p>Yes</p>", "parent": first})
    for viewer in (amal, "staff"):
        assert_isolated(page(board(viewer)))
