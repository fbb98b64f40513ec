"""Which copy of a board a learner writes to: the whole course, their cohort, or their team.

Teams come from the LMS ``teams`` service, cohorts from the ``partitions`` service (the
course's user partition with the ``cohort`` scheme). Both are wanted, not needed: when a
runtime has neither (the workbench, Studio preview) or the learner has no cohort or team,
the board is course-wide (group key ``""``).
"""
import logging

from ..core import progress
from . import discussion_logic as logic

log = logging.getLogger(__name__)


def _django_user(block):
    service = block.runtime.service(block, "user")
    getter = getattr(service, "get_user_by_anonymous_id", None)
    return getter(block.identity.anonymous_id) if getter else None


def team_key(block, topic):
    """``team:<id>`` for the learner's team in ``topic`` (any topic when empty), else ``""``."""
    teams = block.runtime.service(block, "teams")
    if teams is None:
        return ""
    user = _django_user(block)
    team = teams.get_team(user, progress.course_key_of(block), topic or None) if user else None
    team_id = getattr(team, "team_id", None)
    return f"team:{team_id}" if team_id else ""


def cohort_key(block):
    """``cohort:<partition>:<group>`` for the learner's cohort, else ``""``."""
    partitions = block.runtime.service(block, "partitions")
    if partitions is None:
        return ""
    user = _django_user(block)
    if user is None:
        return ""
    for partition in getattr(partitions, "course_partitions", None) or ():
        if getattr(getattr(partition, "scheme", None), "name", "") != "cohort":
            continue
        group = partitions.get_user_group_id_for_partition(user, partition.id)
        if group is not None:
            return f"cohort:{partition.id}:{group}"
    return ""


def group_key(block, scope, topic=""):
    """The group key of the current learner's copy of the board for ``scope``."""
    if scope not in (logic.COHORT, logic.TEAM) or not block.identity.anonymous_id:
        return ""
    try:
        return team_key(block, topic) if scope == logic.TEAM else cohort_key(block)
    except Exception:  # pylint: disable=broad-except  # a runtime without working groups: course-wide
        log.warning("No %s for the learner of %s; the board is course-wide", scope, block.block_key, exc_info=True)
        return ""
