"""Stand-ins for the platform's Studio and masquerading runtimes, over a :class:`tests.helpers.CourseWorld`.

Each stand-in gives a block only what the platform gives it, read from the platform's code:

- ``PlatformUserService``: the ``user`` service's ``edx-platform.*`` attributes and the bound
  Django user kept as ``_django_user`` (common/djangoapps/xblock_django/user_service.py).
- ``studio_edit_block``: the runtime Studio's editor and ``component_handler`` use, with the user
  service built from the Django user alone (no anonymous id, role ``student``) and
  ``studio_user_permissions`` (cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py,
  ``load_services_for_studio``).
- ``preview_block``: Studio's preview: learner id ``student`` for every author, ``user_role``
  staff or instructor, ``runtime.is_author_mode = True``, no teams or completion service
  (cms/djangoapps/contentstore/views/preview.py, ``_prepare_runtime_for_preview``).
- ``masquerade_block``: staff viewing as a specific learner: the block is bound to the learner's
  Django user, which carries the staff member's ``masquerade_settings`` (a ``CourseMasquerade``
  with ``user_name``) and ``real_user`` (lms/djangoapps/courseware/masquerade.py,
  ``setup_masquerade``); the user service describes the learner (block_render.py,
  ``prepare_runtime_for_user``).
"""
from types import SimpleNamespace

from django.apps import apps
from xblock.fields import Scope
from xblock.reference.user_service import UserService, XBlockUser

WORKBENCH_COURSE = "workbench"  # the course key our blocks see outside a course (core/identity.py)


class PlatformUserService(UserService):
    """The LMS/Studio ``user`` service as a block sees it."""

    def __init__(self, anonymous_id, role="student", is_staff=False, username="someone", django_user=None):
        super().__init__()
        self._django_user = django_user or SimpleNamespace(username=username)
        self._attrs = {
            "edx-platform.anonymous_user_id": anonymous_id,
            "edx-platform.is_authenticated": True,
            "edx-platform.user_id": 7,
            "edx-platform.username": username,
            "edx-platform.user_is_staff": is_staff,
            "edx-platform.user_role": role,
            "edx-platform.user_preferences": {},
        }

    def get_current_user(self):
        user = XBlockUser(is_current_user=True)
        user.opt_attrs.update(self._attrs)
        return user


class StudioPermissions:
    """``studio_user_permissions``: ``can_write(course_key)`` is Studio's author check."""

    def __init__(self, can_write):
        self._can_write = can_write
        self.asked = []

    def can_read(self, course_key):
        self.asked.append(course_key)
        return True

    def can_write(self, course_key):
        self.asked.append(course_key)
        return self._can_write


def _bound(world, usage_id, user, services, **runtime_attrs):
    runtime = world.runtime(user)
    runtime._services.update(services)  # pylint: disable=protected-access
    for name, value in runtime_attrs.items():
        setattr(runtime, name, value)
    return runtime.get_block(usage_id)


def studio_edit_block(world, usage_id, can_write=True):
    """The block in Studio's editing runtime, for a user who is (or is not) an author of the course."""
    return _bound(world, usage_id, "author", {
        "user": PlatformUserService(anonymous_id=None, username="author"),
        "studio_user_permissions": StudioPermissions(can_write),
    })


def preview_block(world, usage_id, role="staff"):
    """The block in Studio's preview, as any author sees it."""
    return _bound(world, usage_id, "student", {
        "user": PlatformUserService(anonymous_id="student", role=role, username="author"),
        "studio_user_permissions": StudioPermissions(True),
    }, is_author_mode=True)


def masquerade_block(world, usage_id, learner="alice", course=WORKBENCH_COURSE):
    """The block in the LMS while a staff member views the course as ``learner``."""
    staff = SimpleNamespace(username="facilitator")
    learner_user = SimpleNamespace(
        username=learner, real_user=staff,
        masquerade_settings={course: SimpleNamespace(role="student", user_name=learner, group_id=None)},
    )
    return _bound(world, usage_id, learner, {
        "user": PlatformUserService(anonymous_id=learner, role="student", username=learner, django_user=learner_user),
    })


def lms_block(world, usage_id, user="alice", staff=False):
    """The block in the LMS, for a learner or a member of the course staff (not masquerading)."""
    return _bound(world, usage_id, user, {
        "user": PlatformUserService(anonymous_id=user, role="staff" if staff else "student", is_staff=staff,
                                    username=user),
    })


def row_counts():
    """Rows in every table of the ilelln app."""
    return {model.__name__: model.objects.count() for model in apps.get_app_config("ilelln_xblocks").get_models()}


def learner_state(world):
    """Every learner-scoped value in the world's key-value store."""
    return {key: value for key, value in world.kvs.db_dict.items()
            if key.scope in (Scope.user_state, Scope.preferences, Scope.user_info, Scope.user_state_summary)}


def content_of(block):
    """The block's content and settings, as JSON."""
    return {name: field.to_json(field.read_from(block)) for name, field in block.fields.items()
            if field.scope in (Scope.content, Scope.settings)}


def handler_names(cls):
    """Every XBlock handler a block class has."""
    return sorted(name for name in dir(cls) if getattr(getattr(cls, name, None), "_is_xblock_handler", False))
