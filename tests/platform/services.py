"""Stand-ins for the services the LMS and Studio give a block, shaped like the platform's own.

Each class names the platform file it models. They hold what a block can observe: the
attributes, the signatures and the answers; none of them is platform code.
"""
import hashlib
from dataclasses import dataclass, field

from completion.services import CompletionService
from django.contrib.auth import get_user_model
from xblock.reference.user_service import UserService, XBlockUser

# ----- user --------------------------------------------------------------------------------------------------


def anonymous_id(username, course_key):
    """A course-specific anonymous id, as ``anonymous_id_for_user(user, course_id)`` gives (32 hex digits)."""
    return hashlib.md5(f"{course_key}|{username}".encode()).hexdigest()  # noqa: S324  (an id, not a secret)


class LmsUserService(UserService):
    """``DjangoXBlockUserService`` (openedx-platform ``common/djangoapps/xblock_django/user_service.py`` @e57a655).

    A signed-in user's ``XBlockUser`` carries ``edx-platform.anonymous_user_id`` (course-specific),
    ``user_is_staff`` (the LMS passes ``has_access(user, 'staff', course)``), ``user_role``
    (``'staff'``, ``'instructor'`` or ``'student'``), ``username``, ``user_id`` and the whitelisted
    ``user_preferences`` (``pref-lang``, ``time_zone``). A signed-out user has only
    ``edx-platform.is_authenticated = False``. ``get_user_by_anonymous_id`` answers the Django user.
    """

    def __init__(self, django_user, course_key, user_is_staff=False, user_role="student", preferences=None,
                 anonymous_user_id=None):
        super().__init__()
        self._user = django_user
        self._course_key = course_key
        self._staff = user_is_staff
        self._role = user_role
        self._preferences = preferences or {}
        self._anonymous_id = anonymous_user_id or (anonymous_id(django_user.username, course_key)
                                                   if django_user is not None else None)

    def get_current_user(self):
        user = XBlockUser(is_current_user=True)
        attrs = user.opt_attrs
        if self._user is None:
            attrs["edx-platform.is_authenticated"] = False
            return user
        user.emails = [self._user.email]
        attrs.update({
            "edx-platform.anonymous_user_id": self._anonymous_id,
            "edx-platform.is_authenticated": True,
            "edx-platform.user_id": self._user.id,
            "edx-platform.username": self._user.username,
            "edx-platform.user_is_staff": self._staff,
            "edx-platform.user_is_global_staff": False,
            "edx-platform.user_is_beta_tester": False,
            "edx-platform.user_role": self._role,
            "edx-platform.user_preferences": {k: v for k, v in self._preferences.items()
                                              if k in ("pref-lang", "time_zone")},
        })
        return user

    def get_user_by_anonymous_id(self, uid=None):
        """The Django user of ``uid`` in this course (``user_by_anonymous_id``), or None."""
        uid = uid or self._anonymous_id
        for user in get_user_model().objects.all():
            if anonymous_id(user.username, self._course_key) == uid:
                return user
        return None

    def get_anonymous_user_id(self, username, course_id):
        """Another user's anonymous id, for staff only (None otherwise), as the platform answers."""
        if not self._staff:
            return None
        return anonymous_id(username, course_id)


class BareUserService(UserService):
    """The user service of a runtime bound to nobody: the modulestore's and the Course Blocks API's
    collect step (``StudentViewTransformer.collect`` calls ``student_view_data()`` on unbound blocks,
    openedx/edx-platform ``lms/djangoapps/course_api/blocks/transformers/student_view.py`` @0c14b3f)."""

    def get_current_user(self):
        return XBlockUser(is_current_user=True)


# ----- completion and grades -----------------------------------------------------------------------------------


@dataclass
class Gradebook:
    """The grades app's view of a learner's score on a block.

    ``get_score`` takes the submissions API's score first, then the CSM score written by a
    ``grade`` event ("submissions API -> CSM -> ...", ``_get_score_from_submissions``,
    openedx-platform ``lms/djangoapps/grades/scores.py`` @e57a655); submissions points are used
    unweighted (earned/possible as stored). A grade event is kept as the CSM row of
    ``(user, location)``, as ``score_published_handler`` does with ``set_score(user.id,
    block.location, ...)`` (``lms/djangoapps/grades/signals/handlers.py`` @e57a655), and
    ``only_if_higher`` keeps the higher of the old and new score.
    """

    csm: dict = field(default_factory=dict)          # (user id, usage key) -> (earned, possible)
    published: list = field(default_factory=list)    # every SCORE_PUBLISHED: (user id, usage key, course key, ...)

    def score_published(self, block, user, raw_earned, raw_possible, only_if_higher=None, score_deleted=None):
        """The receiver of ``SCORE_PUBLISHED``: reads ``block.location`` and its course key, as the LMS's does."""
        location = block.location
        course_key = str(location.course_key)
        self.published.append((user.id, location, course_key, raw_earned, raw_possible))
        key = (user.id, location)
        if score_deleted:
            self.csm.pop(key, None)
            return
        old = self.csm.get(key)
        if only_if_higher and old and old[1] and raw_possible and old[0] / old[1] >= raw_earned / raw_possible:
            return
        self.csm[key] = (float(raw_earned), float(raw_possible))
        weighted_score_changed(user, location)

    def submissions_score_set(self, sender, **kwargs):  # pylint: disable=unused-argument
        """The LMS's receiver of ``submissions.models.score_set``: finds the user by anonymous id and sends
        ``PROBLEM_WEIGHTED_SCORE_CHANGED`` (``lms/djangoapps/grades/signals/handlers.py`` @e57a655)."""
        from opaque_keys.edx.keys import UsageKey  # pylint: disable=import-outside-toplevel

        for user in get_user_model().objects.all():
            if anonymous_id(user.username, kwargs["course_id"]) == kwargs["anonymous_user_id"]:
                weighted_score_changed(user, UsageKey.from_string(kwargs["item_id"]))

    def get_score(self, user, usage_key, course_key):
        """``(earned, possible)`` the gradebook shows for ``user`` on ``usage_key``, or None."""
        from submissions import api  # pylint: disable=import-outside-toplevel

        student_item = {"student_id": anonymous_id(user.username, course_key), "course_id": str(course_key),
                        "item_id": str(usage_key), "item_type": usage_key.block_type}
        score = api.get_score(student_item)
        if score is not None:
            return float(score["points_earned"]), float(score["points_possible"])
        return self.csm.get((user.id, usage_key))

    def fraction(self, user, usage_key, course_key):
        """The gradebook's score as a fraction, or None."""
        score = self.get_score(user, usage_key, course_key)
        return score[0] / score[1] if score and score[1] else None


def weighted_score_changed(user, usage_key):
    """``PROBLEM_WEIGHTED_SCORE_CHANGED``, which edx-completion's plugin wires to its own
    ``scorable_block_completion`` (``completion/apps.py``): any score marks a block without
    ``has_custom_completion`` complete."""
    from completion.handlers import scorable_block_completion  # pylint: disable=import-outside-toplevel

    scorable_block_completion(sender=None, user_id=user.id, course_id=str(usage_key.course_key),
                              usage_id=str(usage_key))


class EventPublisher:
    """``EventPublishingService`` (openedx-platform ``xmodule/services.py`` @e57a655).

    ``grade`` events go to the grades app (``SCORE_PUBLISHED``, here :class:`Gradebook`) when the user is
    signed in; ``completion`` events go to ``CompletionService.submit_completion(usage_id, completion)``
    when the block's ``completion`` service has tracking enabled; while masquerading as a specific
    learner no event is handled (``is_masquerading_as_specific_student``). Everything else is tracked.
    """

    def __init__(self, world, user, masquerading=False):
        self.world = world
        self.user = user
        self.masquerading = masquerading

    def publish(self, block, event_type, event):
        self.world.events.append((getattr(self.user, "username", None), event_type, dict(event)))
        if self.masquerading:
            return
        completion = block.runtime.service(block, "completion")  # the LMS asks the block's runtime
        if event_type == "grade" and self.user is not None:
            self.world.gradebook.score_published(block, self.user, event["value"], event["max_value"],
                                                 only_if_higher=event.get("only_if_higher"),
                                                 score_deleted=event.get("score_deleted"))
        elif event_type == "completion" and completion and completion.completion_tracking_enabled():
            completion.submit_completion(block.scope_ids.usage_id, event["completion"])


def completion_service(user, course_key):
    """The real ``completion.services.CompletionService`` for ``user`` in the course."""
    return CompletionService(user, course_key)


# ----- teams and partitions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Team:
    """The fields of a ``CourseTeam`` a block reads."""

    team_id: str
    name: str
    topic_id: str
    members: tuple = ()


class TeamsService:
    """The LMS ``teams`` service: ``get_team(user, course_id, topic_id)`` calls
    ``get_team_for_user_course_topic`` (openedx-platform ``lms/djangoapps/teams/api.py`` @e57a655), which
    does ``CourseTeam.objects.get(course_id=..., membership__user__username=..., topic_id=topic_id)``:
    with ``topic_id=None`` nothing matches and the answer is None; the course id may be text."""

    def __init__(self, teams=()):
        self.teams = list(teams)

    def get_team(self, user, course_id, topic_id):  # pylint: disable=unused-argument
        if user is None:
            return None
        found = [team for team in self.teams if user.username in team.members and team.topic_id == topic_id]
        return found[0] if found else None

    def get_team_by_team_id(self, team_id):
        return next((team for team in self.teams if team.team_id == team_id), None)

    def get_team_detail_url(self, team):
        return f"/courses/teams/#teams/{team.topic_id}/{team.team_id}"


@dataclass(frozen=True)
class Scheme:
    """A user partition scheme, known by its name (``cohort``, ``enrollment_track``, ...)."""

    name: str


@dataclass(frozen=True)
class Partition:
    """A ``UserPartition``: id, name, scheme and group ids (``xmodule/partitions/partitions.py`` @e57a655)."""

    id: int
    name: str
    scheme: Scheme
    groups: tuple = ()


class PartitionsService:
    """``PartitionService`` (openedx-platform ``xmodule/partitions/partitions_service.py`` @e57a655).

    ``course_partitions`` lists the course's user partitions; ``get_user_group_id_for_partition(user,
    partition_id)`` asks the partition's scheme. For the ``cohort`` scheme that is the *content group*
    linked to the learner's cohort, not the cohort: ``CohortPartitionScheme.get_group_for_user`` maps
    cohort -> linked group, or None for a cohort linked to no group (openedx/edx-platform
    ``openedx/core/djangoapps/course_groups/partition_scheme.py`` @03fc35a). So two cohorts linked to
    one content group get the same answer.
    """

    def __init__(self, partitions=(), cohorts=None, links=None):
        self.course_partitions = list(partitions)
        self.cohorts = dict(cohorts or {})    # username -> cohort name
        self.links = dict(links or {})        # cohort name -> (partition id, group id)

    def get_user_group_id_for_partition(self, user, user_partition_id):
        cohort = self.cohorts.get(getattr(user, "username", None))
        link = self.links.get(cohort)
        if link and link[0] == user_partition_id:
            return link[1]
        return None


class ReplaceUrlsService:
    """The ``replace_urls`` service: ``/static/x`` becomes the course asset URL (``replace_urls``,
    openedx-platform ``common/djangoapps/static_replace/services.py`` @e57a655, given in ``block_render.py``)."""

    def __init__(self, course_key):
        self.course_key = course_key

    def replace_urls(self, text, static_replace_only=False):  # pylint: disable=unused-argument
        return text.replace("/static/", f"/asset-v1:{str(self.course_key)[10:]}+type@asset+block/")
