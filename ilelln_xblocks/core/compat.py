"""The only place the blocks reach into Open edX platform code (as drag-and-drop-v2 keeps its in ``compat.py``).

Everything here is imported lazily and answers :data:`UNAVAILABLE` when the platform is not
installed (the XBlock SDK workbench, tests, a non-edx-platform runtime), so callers fall back
to XBlock services. Each function names the platform file whose behaviour it relies on.
"""
import importlib
import logging

from opaque_keys import InvalidKeyError  # edx-opaque-keys: an XBlock dependency
from opaque_keys.edx.keys import CourseKey

log = logging.getLogger(__name__)

COHORTS_MODULE = "openedx.core.djangoapps.course_groups.cohorts"
TEAMS_MODELS_MODULE = "lms.djangoapps.teams.models"
STUDENT_MODELS_MODULE = "common.djangoapps.student.models"
BATCH = 900  # ids per IN (...) query: below SQLite's historical limit of 999 parameters


class _Unavailable:
    """The platform piece asked for is not installed here."""

    def __bool__(self):
        return False

    def __repr__(self):
        return "UNAVAILABLE"


UNAVAILABLE = _Unavailable()


def _platform(module_name):
    """The platform module ``module_name``, or ``None`` outside an Open edX LMS."""
    try:
        return importlib.import_module(module_name)
    except ImportError:
        return None


def course_key(text):
    """``text`` as an opaque ``CourseKey`` (the cohort and team APIs take keys); ``None`` if it is not one."""
    if isinstance(text, CourseKey):
        return text
    try:
        return CourseKey.from_string(str(text))
    except InvalidKeyError:
        return None


def django_user(block, anonymous_id):
    """The Django user behind ``anonymous_id``, or ``None`` when the runtime cannot say.

    The LMS ``user`` service's public ``get_user_by_anonymous_id(uid)`` returns "the Django User
    object corresponding to the given anonymous user id" (common/djangoapps/xblock_django/
    user_service.py, ``DjangoXBlockUserService``); its ``_django_user`` attribute is private and its
    ``get_current_user()`` returns an ``XBlockUser``, which the cohort and team APIs cannot use.
    The workbench's user service has no such method: no Django user, so no cohort or team.
    """
    if not anonymous_id:
        return None
    service = block.runtime.service(block, "user")
    getter = getattr(service, "get_user_by_anonymous_id", None)
    return getter(anonymous_id) if getter else None


def usernames(block, anonymous_ids):
    """``{anonymous id: username}`` for ``anonymous_ids``, in one query per 900 ids where the LMS is installed.

    The LMS's ``student.models.AnonymousUserId`` maps a course's anonymous ids to users (``user_by_anonymous_id``
    in openedx-platform common/djangoapps/student/models/user.py reads it one id at a time; we read the same
    table in batches). In the workbench the id is the name. Elsewhere (a runtime with only the ``user``
    service's ``get_user_by_anonymous_id``) each id is asked for once. An id without a user keeps no name.
    """
    ids = sorted(set(anonymous_ids))
    student = _platform(STUDENT_MODELS_MODULE)
    if student is not None:
        found = {}
        for start in range(0, len(ids), BATCH):
            found.update(student.AnonymousUserId.objects.filter(
                anonymous_user_id__in=ids[start:start + BATCH]).values_list("anonymous_user_id", "user__username"))
        return found
    if block.identity.in_workbench:
        return {anonymous_id: anonymous_id for anonymous_id in ids}
    users = ((anonymous_id, django_user(block, anonymous_id)) for anonymous_id in ids)
    return {anonymous_id: user.username for anonymous_id, user in users if getattr(user, "username", None)}


def cohort_of(user, course):
    """The learner's cohort (an object with ``id`` and ``name``), ``None``, or :data:`UNAVAILABLE`.

    Uses the platform's cohort API (openedx/core/djangoapps/course_groups/cohorts.py):
    ``is_course_cohorted(course_key)`` and ``get_cohort(user, course_key, assign, use_cached)``.
    ``assign=False``: reading a board must never put a learner into a cohort (``get_cohort``'s
    default, ``assign=True``, adds an uncohorted learner to a random cohort).
    """
    cohorts = _platform(COHORTS_MODULE)
    if cohorts is None:
        return UNAVAILABLE
    key = course_key(course)
    if key is None or user is None or not cohorts.is_course_cohorted(key):
        return None
    return cohorts.get_cohort(user, key, assign=False, use_cached=True)


def teams_of(user, course):
    """The learner's teams in ``course`` in every topic, oldest membership first, or :data:`UNAVAILABLE`.

    The teams service only finds a team within one topic (``TeamsService.get_team(user, course_id,
    topic_id)`` → ``get_team_for_user_course_topic``, which filters on ``topic_id``, so ``None``
    matches nothing: lms/djangoapps/teams/services.py, api.py). Across topics we read the
    memberships: ``CourseTeamMembership.get_memberships(username, course_ids)``
    (lms/djangoapps/teams/models.py), each with its ``team`` and ``date_joined``.
    """
    models = _platform(TEAMS_MODELS_MODULE)
    if models is None:
        return UNAVAILABLE
    key = course_key(course)
    if key is None or user is None:
        return []
    memberships = models.CourseTeamMembership.get_memberships(username=user.username, course_ids=[key])
    if hasattr(memberships, "select_related"):  # a queryset: fetch the teams in the same query
        memberships = memberships.select_related("team")
    ordered = sorted(memberships, key=lambda row: (row.date_joined, str(row.team.team_id)))
    return [row.team for row in ordered]
