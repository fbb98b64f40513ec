"""Who is calling: the learner's anonymous id, whether they are course staff, and whether anything may be saved.

In the LMS these come from the ``user`` service's ``edx-platform.*`` attributes. In the
XBlock SDK workbench the learner is the ``?student=`` id, and the ids listed in the
Django setting ``ILELLN_WORKBENCH_STAFF`` count as staff (the workbench knows no roles).

Two situations look like a learner but must not write learner data:

- **Studio preview.** Studio's preview runtime sets ``runtime.is_author_mode = True``, gives
  every author the learner id ``student`` and the role ``staff`` or ``instructor``, and keeps
  XBlock user-state fields in the session (openedx-platform
  cms/djangoapps/contentstore/views/preview.py, ``_prepare_runtime_for_preview``). Rows in our
  own tables would be shared by every author and outlive the session.
- **Viewing as a specific learner.** The LMS binds the block to the learner's Django user, to
  which ``setup_masquerade`` copies the staff member's ``masquerade_settings`` (a
  ``CourseMasquerade`` per course key, whose ``user_name`` names the learner) and adds
  ``real_user``. ``is_masquerading_as_specific_student`` reads exactly that, and the LMS then
  keeps field writes in the session and drops grade and completion events
  (lms/djangoapps/courseware/masquerade.py, block_render.py ``get_block_for_descriptor``,
  xmodule/services.py ``EventPublishingService.publish``). The user service keeps that
  Django user as ``_django_user`` (common/djangoapps/xblock_django/user_service.py); the
  platform's own block_render.py reads the same attribute.
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
    in_workbench: bool = False
    is_preview: bool = False
    is_masquerading: bool = False

    @property
    def read_only(self):
        """True where nothing the caller does may be saved (Studio preview, viewing as a learner)."""
        return self.is_preview or self.is_masquerading


def course_key_text(block):
    """The block's course (or library) key as text; ``workbench`` outside a course."""
    usage_id = block.scope_ids.usage_id
    key = getattr(usage_id, "context_key", None) or getattr(usage_id, "course_key", None)
    return str(key) if key else "workbench"


def is_masquerading_as_specific_learner(service, block):
    """Whether the user service's Django user carries a masquerade as a named learner for this course."""
    django_user = getattr(service, "_django_user", None)
    masquerades = getattr(django_user, "masquerade_settings", None) or {}
    course = course_key_text(block)
    return any(str(key) == course and getattr(masquerade, "user_name", None)
               for key, masquerade in masquerades.items())


def identify(block):
    """The :class:`Identity` of the current user of ``block``."""
    service = block.runtime.service(block, "user")
    user = service.get_current_user() if service else None
    attrs = getattr(user, "opt_attrs", {}) or {}
    preferences = attrs.get("edx-platform.user_preferences") or {}
    is_preview = bool(getattr(block.runtime, "is_author_mode", False))
    if attrs.get("edx-platform.anonymous_user_id"):
        return Identity(
            anonymous_id=attrs["edx-platform.anonymous_user_id"],
            is_staff=bool(attrs.get("edx-platform.user_is_staff"))
            or attrs.get("edx-platform.user_role") in STAFF_ROLES,
            username=attrs.get("edx-platform.username"),
            time_zone=preferences.get("time_zone"),
            is_preview=is_preview,
            is_masquerading=is_masquerading_as_specific_learner(service, block),
        )
    workbench_id = attrs.get("xblock-workbench.user_id")
    if workbench_id:
        staff_ids = getattr(settings, "ILELLN_WORKBENCH_STAFF", ())
        return Identity(anonymous_id=str(workbench_id), is_staff=workbench_id in staff_ids,
                        username=str(workbench_id), in_workbench=True, is_preview=is_preview)
    return Identity(anonymous_id=None, is_staff=False, is_preview=is_preview)
