"""Boards per cohort and per team in an LMS-shaped course: the platform's cohort API, content groups,
the teams service and team memberships (stand-ins in ``platform_groups.py``)."""
import pytest

from ilelln_xblocks.models import DiscussionPost
from tests.block.platform_groups import CONTENT_GROUPS, Platform
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

BOARD = """<ilelln_discussion display_name="Makerspace ideas" anonymity="off" scope="{scope}" teams_topic="{topic}">
  <prompt>Share one makerspace idea for your library.</prompt>
</ilelln_discussion>"""


@pytest.fixture
def lms(monkeypatch, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    platform = Platform()
    # Cairo and Giza are two cohorts linked to one content group; Alexandria is linked to none.
    platform.cohort(1, "Cairo", ["amal", "basma"], content_group=3)
    platform.cohort(2, "Giza", ["chadi"], content_group=3)
    platform.cohort(4, "Alexandria", ["dina", "emad"])
    platform.install(monkeypatch)
    return platform


def board(world, scope, topic=""):
    return world.load(BOARD.format(scope=scope, topic=topic), scenario=f"{scope}-{topic}")


def key(lms, world, root, learner, **services):
    return lms.block(world, root, learner, **services).group_key


def post(lms, world, root, learner, title):
    return call_handler(lms.block(world, root, learner), "post", {"title": title, "body": "<p>An idea.</p>"})


def titles(lms, world, root, learner):
    code, body = call_handler(lms.block(world, root, learner), "page", {})
    assert code == 200, body
    return [thread["title"] for thread in body["threads"]]


def test_two_cohorts_linked_to_one_content_group_get_two_boards(world, lms):
    root = board(world, "cohort")
    assert key(lms, world, root, "amal") == key(lms, world, root, "basma") == "cohort:1"
    assert key(lms, world, root, "chadi") == "cohort:2"
    assert post(lms, world, root, "amal", "From Cairo")[0] == 200
    assert titles(lms, world, root, "basma") == ["From Cairo"]
    assert titles(lms, world, root, "chadi") == []          # Giza shares Cairo's content group, not its board


def test_a_cohort_with_no_content_group_gets_its_own_board(world, lms):
    root = board(world, "cohort")
    assert key(lms, world, root, "dina") == key(lms, world, root, "emad") == "cohort:4"
    assert post(lms, world, root, "dina", "From Alexandria")[0] == 200
    assert titles(lms, world, root, "emad") == ["From Alexandria"]
    assert titles(lms, world, root, "amal") == []


def test_a_learner_without_a_cohort_gets_the_course_board_and_is_not_assigned(world, lms):
    root = board(world, "cohort")
    lms.user("farid")
    assert key(lms, world, root, "farid") == ""
    assert post(lms, world, root, "farid", "Course-wide")[0] == 200
    assert lms.user("farid").id not in lms.cohort_of_user
    assert lms.get_cohort_calls and all(call["assign"] is False for call in lms.get_cohort_calls)


def test_a_course_that_is_not_cohorted_has_one_board(world, lms):
    lms.cohorted = False
    root = board(world, "cohort")
    assert key(lms, world, root, "amal") == key(lms, world, root, "dina") == ""


def test_without_the_cohort_api_the_partitions_service_gives_a_board_per_content_group(world, lms, monkeypatch):
    monkeypatch.delitem(__import__("sys").modules, "openedx.core.djangoapps.course_groups.cohorts")
    monkeypatch.setattr("ilelln_xblocks.core.compat.COHORTS_MODULE", "no_such_platform.cohorts")
    root = board(world, "cohort")
    assert key(lms, world, root, "amal") == key(lms, world, root, "chadi") == f"cohort:{CONTENT_GROUPS}:3"
    assert key(lms, world, root, "dina") == ""               # no linked content group: the course board
    lms.user("farid")
    assert key(lms, world, root, "farid") == ""
    assert lms.user("farid").id not in lms.cohort_of_user    # read with assign=False


def test_a_team_board_with_no_topic_finds_the_team_in_any_topic(world, lms):
    lms.team("makers", "makerspaces", ["amal", "basma"])
    lms.team("readers", "reading-clubs", ["chadi"])
    root = board(world, "team")
    assert key(lms, world, root, "amal") == "team:makers" and key(lms, world, root, "chadi") == "team:readers"
    assert post(lms, world, root, "amal", "Makers only")[0] == 200
    assert titles(lms, world, root, "basma") == ["Makers only"] and titles(lms, world, root, "chadi") == []


def test_a_team_board_with_a_topic_asks_the_teams_service_for_that_topic(world, lms):
    lms.team("makers", "makerspaces", ["amal"])
    lms.team("readers", "reading-clubs", ["amal"])
    assert key(lms, world, board(world, "team", "reading-clubs"), "amal") == "team:readers"
    assert key(lms, world, board(world, "team", "makerspaces"), "amal") == "team:makers"


def test_a_learner_in_no_team_sees_a_clear_message_not_the_course_wide_board(world, lms):
    lms.team("makers", "makerspaces", ["amal"])
    root = board(world, "team")
    assert post(lms, world, root, "amal", "Makers only")[0] == 200
    html = lms.block(world, root, "dina").render("student_view").content
    assert "you are not in a team yet" in html and "Makers only" not in html and "ilelln-dn-new" not in html
    code, body = post(lms, world, root, "dina", "Lost post")
    assert code == 403 and "not in a team" in body["error"]
    code, body = call_handler(lms.block(world, root, "dina"), "page", {})
    assert code == 403 and "not in a team" in body["error"]
    assert list(DiscussionPost.objects.values_list("title", flat=True)) == ["Makers only"]
    staff = lms.block(world, root, "staff")
    assert staff.group_key == "" and "Makers only" in call_handler(staff, "page", {"group": "team:makers"})[1]["html"]


def test_without_a_teams_service_the_team_board_is_course_wide(world, lms):
    root = board(world, "team")
    assert key(lms, world, root, "dina", teams=False) == ""


@pytest.mark.parametrize("entry_point, services", [
    ("ilelln_discussion", ("teams", "partitions", "user")),
    ("ilelln_peer_review", ("teams", "user")),
    ("ilelln_team_project", ("teams", "user")),
])
def test_every_group_service_a_block_uses_is_declared_and_only_wanted(entry_point, services):
    from xblock.core import XBlock  # noqa: PLC0415

    cls = XBlock.load_class(entry_point)
    for name in services:
        assert cls.service_declaration(name) == ("need" if name == "user" else "want"), name
