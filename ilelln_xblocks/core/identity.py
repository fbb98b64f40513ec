"""Who is calling: the learner's anonymous id and whether they are course staff.

In the LMS these come from the ``user`` service's ``edx-platform.*`` attributes. In the
XBlock SDK workbench the learner is the ``?student=`` id, and the ids listed in the
Django setting ``ILELLN_WORKBENCH_STAFF`` count as staff (the workbench knows no roles).
"""
from dataclasses import dataclass

from django.conf import settings

STAFF_ROLES = frozenset({"staff", "instructor"})


@dataclass(frozen=True)
class Identity:
    """The caller as a block sees them."""

    anonymous_id: str | None
    is_staff: bool
    username: str | None = None
    time_zone: str | None = None


def identify(block):
    """The :class:`Identity` of the current user of ``block``."""
    service = block.runtime.service(block, "user")
    user = service.get_current_user() if service else None
    attrs = getattr(user, "opt_attrs", {}) or {}
    preferences = attrs.get("edx-platform.user_preferences") or {}
    if attrs.get("edx-platform.anonymous_user_id"):
        return Identity(
            anonymous_id=attrs["edx-platform.anonymous_user_id"],
            is_staff=bool(attrs.get("edx-platform.user_is_staff"))
            or attrs.get("edx-platform.user_role") in STAFF_ROLES,
            username=attrs.get("edx-platform.username"),
            time_zone=preferences.get("time_zone"),
        )
    workbench_id = attrs.get("xblock-workbench.user_id")
    if workbench_id:
        staff_ids = getattr(settings, "ILELLN_WORKBENCH_STAFF", ())
        return Identity(anonymous_id=str(workbench_id), is_staff=workbench_id in staff_ids, username=str(workbench_id))
    return Identity(anonymous_id=None, is_staff=False)
