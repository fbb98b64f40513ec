"""The learner's Open edX team, shared by the collaboration blocks (discussion boards, peer review by team)."""
import logging

from ..core import compat, keys

log = logging.getLogger(__name__)


def learner_team(block, topic, anonymous_id):
    """The learner's team (``topic`` or, when empty, any topic), ``None`` if in none, or ``compat.UNAVAILABLE``.

    ``UNAVAILABLE`` means this runtime cannot tell (no ``teams`` service, or no Django user).
    """
    teams = block.runtime.service(block, "teams")
    user = compat.django_user(block, anonymous_id) if teams is not None else None
    if user is None:
        return compat.UNAVAILABLE
    course = keys.course_key_of(block)
    if topic:
        return teams.get_team(user, course, topic)
    found = compat.teams_of(user, course)
    if found is compat.UNAVAILABLE:
        log.warning("%s: no teams topic is set and the platform's team memberships cannot be read; set the "
                    "topic so the teams service can find the learner's team", block.block_key)
        return None
    if len(found) > 1:
        log.info("%s: the learner is in %d teams and no topic is set; using the oldest membership",
                 block.block_key, len(found))
    return found[0] if found else None
