"""Which copy of a board a learner writes to: the whole course, their cohort, or their team.

- **Cohorts** come from the platform's cohort API where it is installed (``core/compat.py``): one
  board per cohort, ``cohort:<cohort id>``. Without it, the ``partitions`` service is the fallback,
  and it is a different thing: the course's user partition with the ``cohort`` scheme is the
  *content-group* configuration (``CohortPartitionScheme`` maps a cohort to the content group it is
  linked to, openedx/core/djangoapps/course_groups/partition_scheme.py), so the fallback gives one
  board per content group, ``cohort:<partition id>:<group id>``: cohorts linked to one group share a
  board, and cohorts linked to none are course-wide. A learner in no cohort gets the course board,
  and neither path assigns them to one.
- **Teams** come from the ``teams`` service for one topic, or from the learner's memberships in any
  topic when the board names none.

Both services are wanted, not needed: a runtime with neither (the workbench, Studio preview) gives
the course-wide board (group key ``""``). A team board whose learner is in no team answers
:data:`NO_TEAM`, so the block can say so instead of quietly showing the course-wide board.
"""
import logging

from ...core import compat, keys
from ..groups import learner_team
from . import logic

log = logging.getLogger(__name__)

NO_TEAM = None


def team_key(block, topic):
    """``team:<id>`` for the learner's team, ``""`` when the runtime has no teams, else :data:`NO_TEAM`."""
    team = learner_team(block, topic, block.identity.anonymous_id)
    if team is compat.UNAVAILABLE:
        return ""
    team_id = getattr(team, "team_id", None)
    if team_id:
        return f"team:{team_id}"
    return "" if block.identity.is_staff else NO_TEAM


def _content_group_key(block, user):
    """The fallback: the learner's content group in the ``cohort``-scheme partition (see the module docstring)."""
    partitions = block.runtime.service(block, "partitions")
    if partitions is None:
        return ""
    for partition in getattr(partitions, "course_partitions", None) or ():
        if getattr(getattr(partition, "scheme", None), "name", "") != "cohort":
            continue
        get_group = getattr(partitions, "get_group", None)
        if get_group is not None:  # PartitionService.get_group(user, partition, assign) (partitions_service.py)
            group = get_group(user, partition, assign=False)
            group = getattr(group, "id", None)
        else:  # get_user_group_id_for_partition assigns a group when the learner has none
            group = partitions.get_user_group_id_for_partition(user, partition.id)
        if group is not None:
            return f"cohort:{partition.id}:{group}"
    return ""


def cohort_key(block):
    """``cohort:<id>`` for the learner's cohort (or the content-group fallback), else ``""``."""
    user = compat.django_user(block, block.identity.anonymous_id)
    if user is None:
        return ""
    cohort = compat.cohort_of(user, keys.course_key_of(block))
    if cohort is compat.UNAVAILABLE:
        return _content_group_key(block, user)
    return f"cohort:{cohort.id}" if cohort is not None else ""


def group_key(block, scope, topic=""):
    """The group key of the current learner's copy of the board for ``scope`` (:data:`NO_TEAM` possible)."""
    if scope not in (logic.COHORT, logic.TEAM) or not block.identity.anonymous_id:
        return ""
    try:
        return team_key(block, topic) if scope == logic.TEAM else cohort_key(block)
    except Exception:  # pylint: disable=broad-except  # a service that fails: never mix teams on one board
        log.warning("No %s for the learner of %s", scope, block.block_key, exc_info=True)
        return NO_TEAM if scope == logic.TEAM and not block.identity.is_staff else ""
