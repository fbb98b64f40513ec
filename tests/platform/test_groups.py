"""Cohort and team boards in the LMS-shaped world (issue 10, B5 and B6).

The platform's own modules are stood in for where ``core/compat.py`` imports them: the cohort API
(``openedx/core/djangoapps/course_groups/cohorts.py``: ``is_course_cohorted``, ``get_cohort(user,
course_key, assign, use_cached)``) and team memberships (``lms/djangoapps/teams/models.py``:
``CourseTeamMembership.get_memberships(username, course_ids)``). The world's partitions service answers
content groups, not cohorts, and its teams service finds nothing for an empty topic, as the platform's do.
"""
import sys
import types
from types import SimpleNamespace

import pytest
from opaque_keys.edx.keys import CourseKey

from . import services as svc
from .world import COURSE, PlatformWorld

pytestmark = pytest.mark.django_db

BOARD = """<ilelln_discussion url_name="ideas" display_name="Ideas" anonymity="off" scope="{scope}" teams_topic="">
  <prompt>Share one makerspace idea for your library.</prompt>
</ilelln_discussion>"""

# Cairo and Giza are two cohorts linked to content group 3 of partition 50; Alexandria is linked to none.
COHORTS = {"amal": "Cairo", "basma": "Giza", "dina": "Alexandria"}
COHORT_IDS = {"Cairo": 1, "Giza": 2, "Alexandria": 4}
LINKS = {"Cairo": (50, 3), "Giza": (50, 3)}


@pytest.fixture
def platform(monkeypatch):
    """The cohort API and the team memberships, importable where the platform has them; the calls they got."""
    calls = []

    def is_course_cohorted(course_key):
        assert isinstance(course_key, CourseKey)
        return course_key == COURSE

    def get_cohort(user, course_key, assign=True, use_cached=False):
        calls.append({"user": user.username, "assign": assign, "use_cached": use_cached})
        name = COHORTS.get(user.username)
        return SimpleNamespace(id=COHORT_IDS[name], name=name) if name else None

    def get_memberships(username=None, course_ids=None, team_ids=None):  # pylint: disable=unused-argument
        team = svc.Team("t-7", "Makers", "capstone", ("amal", "basma"))
        return [SimpleNamespace(team=team, date_joined=0)] if username in team.members else []

    cohorts = types.ModuleType("openedx.core.djangoapps.course_groups.cohorts")
    cohorts.is_course_cohorted, cohorts.get_cohort = is_course_cohorted, get_cohort
    teams = types.ModuleType("lms.djangoapps.teams.models")
    teams.CourseTeamMembership = SimpleNamespace(get_memberships=get_memberships)
    monkeypatch.setitem(sys.modules, "openedx.core.djangoapps.course_groups.cohorts", cohorts)
    monkeypatch.setitem(sys.modules, "lms.djangoapps.teams.models", teams)
    return calls


def world_with_groups():
    partition = svc.Partition(50, "Content groups", svc.Scheme("cohort"), (3,))
    return PlatformWorld(teams=svc.TeamsService([svc.Team("t-7", "Makers", "capstone", ("amal", "basma"))]),
                         partitions=svc.PartitionsService([partition], COHORTS, LINKS))


def board_of(world, root, username):
    return world.block(root, username).group_key


def test_a_cohort_board_follows_the_cohort_not_the_content_group(platform, completion_on):  # pylint: disable=unused-argument
    world = world_with_groups()
    root = world.load(BOARD.format(scope="cohort"))
    cairo, giza, alexandria = (board_of(world, root, name) for name in ("amal", "basma", "dina"))
    # The partitions service alone would give Cairo and Giza one board (content group 3) and Alexandria none.
    assert len({cairo, giza, alexandria}) == 3 and "" not in {cairo, giza, alexandria}
    assert all(call["assign"] is False for call in platform)  # reading a board never puts a learner in a cohort


def test_without_the_cohort_api_the_board_is_per_content_group(completion_on):  # pylint: disable=unused-argument
    world = world_with_groups()
    root = world.load(BOARD.format(scope="cohort"))
    assert board_of(world, root, "amal") == board_of(world, root, "basma") != ""
    assert board_of(world, root, "dina") == ""


def test_a_team_board_with_no_topic_finds_the_team_in_any_topic(platform, completion_on):  # pylint: disable=unused-argument
    world = world_with_groups()
    root = world.load(BOARD.format(scope="team"))
    assert board_of(world, root, "amal") == board_of(world, root, "basma") != ""   # the teams service alone: None
    status = world.block(root, "chadi").render("student_view", {}).content
    assert "not in a team" in status                                               # not the course-wide board
