"""Stand-ins for the platform's cohorts, content groups and teams, shaped like the platform's own code.

Nothing of edx-platform runs here, so each stand-in follows the behaviour read in the platform file it
names (openedx/openedx-platform); tests install them where the blocks look for them:

- the cohort API as the module ``openedx.core.djangoapps.course_groups.cohorts``
  (``is_course_cohorted(course_key)``; ``get_cohort(user, course_key, assign=True, use_cached=False)``,
  which takes a ``CourseKey``, answers ``None`` in a course that is not cohorted, and with ``assign=True``
  puts an uncohorted learner into a random cohort);
- team memberships as the module ``lms.djangoapps.teams.models``
  (``CourseTeamMembership.get_memberships(username=None, course_ids=None, team_ids=None)``, rows with
  ``team`` and ``date_joined``);
- the ``teams`` service (lms/djangoapps/teams/services.py: ``get_team(user, course_id, topic_id)``, which
  parses ``course_id`` from text and filters on ``topic_id`` exactly, as ``get_team_for_user_course_topic``
  in api.py does, so ``None`` matches nothing; ``get_team_by_team_id``; ``get_team_names``);
- the ``partitions`` service (xmodule/partitions/partitions_service.py: ``course_partitions``,
  ``get_user_group_id_for_partition`` which calls ``get_group(..., assign=True)``), whose content-group
  partition uses the cohort scheme (openedx/core/djangoapps/course_groups/partition_scheme.py: a cohort's
  group is the content group linked to it, else ``None``);
- the LMS ``user`` service's ``get_user_by_anonymous_id(uid=None)`` (common/djangoapps/xblock_django/
  user_service.py), answering a Django-user-like object.
"""
import sys
import types
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from opaque_keys.edx.keys import CourseKey

from ilelln_xblocks.core import keys

COURSE = "course-v1:ilelln+LEAD+2026"
CONTENT_GROUPS = 50  # the id of the course's content-group partition (scheme "cohort")


@dataclass(frozen=True)
class User:
    """What the APIs read of a Django ``User``."""

    id: int
    username: str
    email: str = ""
    is_anonymous: bool = False


@dataclass
class Cohort:
    """A ``CourseUserGroup`` of type cohort, with the content group it is linked to (or ``None``)."""

    id: int
    name: str
    content_group: int | None = None


@dataclass
class Team:
    """A ``CourseTeam``: ``team_id``, ``name``, ``topic_id``, ``course_id`` and its members' usernames."""

    team_id: str
    name: str
    topic_id: str
    course_id: CourseKey
    members: list = field(default_factory=list)


@dataclass
class Membership:
    """A ``CourseTeamMembership`` row."""

    team: Team
    username: str
    date_joined: datetime


class Platform:
    """One cohorted course's cohorts, content-group links and teams, and the calls the blocks made."""

    def __init__(self):
        self.key = CourseKey.from_string(COURSE)
        self.users = {}
        self.cohorted = True
        self.cohorts = {}
        self.cohort_of_user = {}
        self.teams = []
        self.memberships = []
        self.get_cohort_calls = []

    # ----- building the course ----------------------------------------------------------------------------

    def user(self, anonymous_id):
        """The Django user behind ``anonymous_id`` (created on first use)."""
        if anonymous_id not in self.users:
            self.users[anonymous_id] = User(id=len(self.users) + 1, username=f"user-{anonymous_id}")
        return self.users[anonymous_id]

    def cohort(self, cohort_id, name, members, content_group=None):
        self.cohorts[cohort_id] = Cohort(cohort_id, name, content_group)
        for anonymous_id in members:
            self.cohort_of_user[self.user(anonymous_id).id] = cohort_id

    def team(self, team_id, topic_id, members):
        team = Team(team_id, f"Team {team_id}", topic_id, self.key, [self.user(m).username for m in members])
        self.teams.append(team)
        start = datetime(2026, 9, 1, tzinfo=UTC)
        for anonymous_id in members:
            self.memberships.append(Membership(team, self.user(anonymous_id).username,
                                               start + timedelta(days=len(self.memberships))))
        return team

    # ----- the cohort API (openedx/core/djangoapps/course_groups/cohorts.py) ------------------------------

    def _cohorts_module(self):
        platform = self
        module = types.ModuleType("openedx.core.djangoapps.course_groups.cohorts")

        def is_course_cohorted(course_key):
            assert isinstance(course_key, CourseKey)
            return platform.cohorted and course_key == platform.key

        def get_cohort(user, course_key, assign=True, use_cached=False):
            assert isinstance(course_key, CourseKey)
            platform.get_cohort_calls.append({"user": user.username, "assign": assign, "use_cached": use_cached})
            if user is None or user.is_anonymous or not is_course_cohorted(course_key):
                return None
            if user.id not in platform.cohort_of_user:
                if not assign:
                    return None
                platform.cohort_of_user[user.id] = min(platform.cohorts)  # the platform picks a random cohort
            return platform.cohorts[platform.cohort_of_user[user.id]]

        module.is_course_cohorted = is_course_cohorted
        module.get_cohort = get_cohort
        return module

    # ----- team memberships (lms/djangoapps/teams/models.py) ----------------------------------------------

    def _teams_models_module(self):
        platform = self
        module = types.ModuleType("lms.djangoapps.teams.models")

        class CourseTeamMembership:
            @classmethod
            def get_memberships(cls, username=None, course_ids=None, team_ids=None):
                return [row for row in platform.memberships
                        if (username is None or row.username == username)
                        and (course_ids is None or row.team.course_id in course_ids)
                        and (team_ids is None or row.team.team_id in team_ids)]

        module.CourseTeamMembership = CourseTeamMembership
        return module

    def install(self, monkeypatch):
        """Make the platform's modules importable, and give the workbench blocks this course's key."""
        monkeypatch.setitem(sys.modules, "openedx.core.djangoapps.course_groups.cohorts", self._cohorts_module())
        monkeypatch.setitem(sys.modules, "lms.djangoapps.teams.models", self._teams_models_module())
        # In the LMS the usage key carries its course key; the workbench's text ids have none.
        monkeypatch.setattr(keys, "course_key_of", lambda block: COURSE)

    # ----- services --------------------------------------------------------------------------------------

    def teams_service(self):
        return TeamsService(self)

    def partitions_service(self):
        return PartitionService(self)

    def runtime(self, world, anonymous_id, teams=True, partitions=True):
        """A workbench runtime for ``anonymous_id`` with the LMS-shaped services asked for."""
        runtime = world.runtime(anonymous_id)
        services = runtime._services  # pylint: disable=protected-access
        services["user"].get_user_by_anonymous_id = lambda uid=None: self.users.get(uid or anonymous_id)
        if teams:
            services["teams"] = self.teams_service()
        if partitions:
            services["partitions"] = self.partitions_service()
        return runtime

    def block(self, world, usage_id, anonymous_id, **services):
        return self.runtime(world, anonymous_id, **services).get_block(usage_id)


class TeamsService:
    """The LMS ``teams`` service (lms/djangoapps/teams/services.py over api.py)."""

    def __init__(self, platform):
        self.platform = platform

    def get_team(self, user, course_id, topic_id):
        key = CourseKey.from_string(course_id)  # get_team_for_user_course_topic parses text
        found = [team for team in self.platform.teams
                 if team.course_id == key and user.username in team.members and team.topic_id == topic_id]
        return found[0] if found else None

    def get_team_by_team_id(self, team_id):
        return next((team for team in self.platform.teams if team.team_id == team_id), None)

    def get_team_names(self, course_id, topic_id):
        key = CourseKey.from_string(course_id)
        return {team.team_id: team.name for team in self.platform.teams
                if team.course_id == key and team.topic_id == topic_id}


@dataclass
class _Scheme:
    name: str


@dataclass
class _Group:
    id: int


@dataclass
class _Partition:
    id: int
    scheme: _Scheme


class PartitionService:
    """The ``partitions`` service with the course's content-group partition (scheme ``cohort``)."""

    def __init__(self, platform):
        self.platform = platform
        self.course_partitions = [_Partition(7, _Scheme("random")), _Partition(CONTENT_GROUPS, _Scheme("cohort"))]

    def get_group(self, user, user_partition, assign=True):
        """``CohortPartitionScheme.get_group_for_user``: the content group linked to the learner's cohort."""
        if user_partition.scheme.name != "cohort":
            return _Group(0)
        cohorts = self.platform._cohorts_module()  # pylint: disable=protected-access
        cohort = cohorts.get_cohort(user, self.platform.key, assign=assign, use_cached=True)
        if cohort is None or cohort.content_group is None:
            return None
        return _Group(cohort.content_group)

    def get_user_group_id_for_partition(self, user, user_partition_id):
        partition = next(p for p in self.course_partitions if p.id == user_partition_id)
        group = self.get_group(user, partition)  # assign=True, as the platform's service does
        return group.id if group else None
