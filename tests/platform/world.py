"""An LMS-shaped world: opaque keys, the platform mixins, the LMS's services, Studio preview, masquerading.

``PlatformWorld`` holds one course's content (parsed from OLX, keyed by real ``BlockUsageLocator``s)
and every user's state. ``world.runtime(user, mode)`` gives a runtime as one of the platform's
contexts gives it to a block:

- ``lms``: the LMS courseware (``lms/djangoapps/courseware/block_render.py`` @5af5f01): ``user``,
  ``i18n``, ``completion`` (the real edx-completion service), ``partitions``, ``teams``,
  ``replace_urls``, ``settings``; events go through :class:`~tests.platform.services.EventPublisher`;
- ``studio``: Studio preview (``cms/djangoapps/contentstore/views/preview.py`` @30b0a0b): the user
  service gives every author ``anonymous_user_id = "student"`` and a Studio role, the runtime has
  ``is_author_mode = True``, and there are no ``teams``, ``completion`` or publish;
- ``masquerade``: staff viewing as a specific learner: the user service is the learner's, events are
  not handled (``xmodule/services.py`` @e57a655) and the view of a block without
  ``show_in_read_only_mode`` is replaced (``filter_displayed_blocks``, ``lms/djangoapps/courseware/
  masquerade.py`` @14f7dc8);
- ``bare``: a modulestore runtime bound to nobody, with ``i18n`` and ``user`` only.
"""
import itertools

from django.contrib.auth import get_user_model
from opaque_keys.edx.locator import BlockUsageLocator, CourseLocator
from web_fragments.fragment import Fragment
from xblock.core import XBlock
from xblock.exceptions import NoSuchDefinition
from xblock.fields import ScopeIds
from xblock.runtime import DictKeyValueStore, IdGenerator, IdReader, KeyValueStore, Runtime

from . import services as svc
from .mixins import PLATFORM_MIXINS, InheritingFieldData

COURSE = CourseLocator("ILELLN", "LEAD101", "2026_T4")


class OpaqueIds(IdReader, IdGenerator):
    """Usage and definition ids that are real opaque keys of one course, as the modulestore uses.

    A definition id is the usage key itself (as the XML modulestore's are); ``create_definition``
    takes the ``url_name`` when there is one and otherwise makes a fresh block id.
    """

    def __init__(self, course_key=COURSE):
        self.course_key = course_key
        self._counter = itertools.count(1)

    def create_definition(self, block_type, slug=None):
        return BlockUsageLocator(self.course_key, block_type, slug or f"{block_type}-{next(self._counter)}")

    def create_usage(self, def_id):
        return def_id

    def create_aside(self, definition_id, usage_id, aside_type):
        raise NotImplementedError("asides are not modelled")

    def get_definition_id(self, usage_id):
        return usage_id

    def get_block_type(self, def_id):
        try:
            return def_id.block_type
        except AttributeError:
            raise NoSuchDefinition(repr(def_id)) from None

    def get_usage_id_from_aside(self, aside_id):
        raise NotImplementedError

    def get_definition_id_from_aside(self, aside_id):
        raise NotImplementedError

    def get_aside_type_from_usage(self, aside_id):
        raise NotImplementedError

    def get_aside_type_from_definition(self, aside_id):
        raise NotImplementedError


class MasqueradingKeyValueStore(KeyValueStore):
    """``MasqueradingKeyValueStore`` (``lms/djangoapps/courseware/masquerade.py`` @14f7dc8): reads fall through to
    the learner's state, writes stay in the staff member's session and never reach the learner's."""

    def __init__(self, kvs, session):  # pylint: disable=super-init-not-called
        self.kvs = kvs
        self.session = session

    def get(self, key):
        return self.session[repr(tuple(key))] if repr(tuple(key)) in self.session else self.kvs.get(key)

    def set(self, key, value):
        self.session[repr(tuple(key))] = value

    def delete(self, key):
        self.session.pop(repr(tuple(key)), None)

    def has(self, key):
        return repr(tuple(key)) in self.session or self.kvs.has(key)


class Container(XBlock):
    """``course`` / ``chapter`` / ``sequential`` / ``vertical`` (the modulestore's containers), enough to
    hold children and the settings they pass down."""

    has_children = True

    def student_view(self, context=None):
        fragment = Fragment()
        for child_id in self.children:  # pylint: disable=no-member
            fragment.add_fragment_resources(child := self.runtime.get_block(child_id).render("student_view", context))
            fragment.add_content(child.content)
        return fragment


class HtmlStandIn(XBlock):
    """An ``html`` component: pure content, complete on view. Its inner HTML is content, not child blocks
    (``xmodule/html_block.py`` reads the element's markup as its ``data``)."""

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        return runtime.construct_xblock_from_class(cls, keys)

    def student_view(self, context=None):  # pylint: disable=unused-argument
        return Fragment("<div></div>")


CONTAINERS = ("course", "chapter", "sequential", "vertical", "vertical_demo")


class PlatformRuntime(Runtime):
    """A runtime of one :class:`PlatformWorld` for one user in one platform context (see module doc)."""

    def __init__(self, world, user=None, mode="lms", staff=False, role=None, masquerading_as=None):
        self.world = world
        self.mode = mode
        self.is_author_mode = mode == "studio"
        course = world.ids.course_key
        bound = masquerading_as or user
        if mode == "bare":
            user_service = svc.BareUserService()
        elif mode == "studio":
            user_service = svc.LmsUserService(user, course, user_is_staff=False, user_role=role or "staff",
                                              anonymous_user_id="student")
        else:
            user_service = svc.LmsUserService(bound, course, user_is_staff=staff and not masquerading_as,
                                              user_role=(role or ("staff" if staff else "student"))
                                              if not masquerading_as else "student",
                                              preferences={"time_zone": "Asia/Riyadh"})
        kvs = MasqueradingKeyValueStore(world.kvs, world.session) if masquerading_as else world.kvs
        services = {"field-data": InheritingFieldData(kvs), "user": user_service}
        if mode in ("lms", "masquerade"):
            services.update({
                "completion": svc.completion_service(bound, course) if bound is not None else None,
                "partitions": world.partitions,
                "teams": world.teams,
                "replace_urls": svc.ReplaceUrlsService(course),
                "settings": None,
            })
        super().__init__(world.ids, world.ids, mixins=PLATFORM_MIXINS, services=services)
        self.user_id = bound.id if bound is not None else None
        self._publisher = svc.EventPublisher(world, bound, masquerading=masquerading_as is not None)
        self.service_calls = world.service_calls

    def load_block_type(self, block_type):
        if block_type in CONTAINERS:
            return Container
        if block_type in ("html", "html_demo"):
            return HtmlStandIn
        return super().load_block_type(block_type)

    def service(self, block, service_name):
        self.service_calls.append((type(block).__name__, service_name))
        return super().service(block, service_name)

    def handler_url(self, block, handler_name, suffix="", query="", thirdparty=False):
        url = f"/courses/{block.scope_ids.usage_id.course_key}/xblock/{block.scope_ids.usage_id}/handler/{handler_name}"
        return url + (f"/{suffix}" if suffix else "") + (f"?{query}" if query else "")

    def resource_url(self, resource):
        return f"/static/{resource}"

    def local_resource_url(self, block, uri):
        return f"/xblock/resource/{block.scope_ids.block_type}/{uri}"

    def publish(self, block, event_type, event_data):
        if self.mode in ("studio", "bare"):
            # Studio preview and the modulestore publish nothing a learner's record would keep.
            self.world.events.append((None, event_type, dict(event_data)))
            return
        self._publisher.publish(block, event_type, event_data)

    def render(self, block, view_name, context=None):
        if self.mode == "masquerade" and not getattr(block, "show_in_read_only_mode", False) \
                and not getattr(block, "has_children", False):
            return Fragment("This type of component cannot be shown while viewing the course as a specific student.")
        return super().render(block, view_name, context)

    def _usage_id_from_node(self, node, parent_id):
        """As the modulestore import does: a block's key is built from its ``url_name`` when it has one."""
        url_name = node.attrib.pop("url_name", None)
        if url_name is None:
            return super()._usage_id_from_node(node, parent_id)
        block_type = node.tag
        node.attrib.pop("xblock-family", None)
        usage_id = self.world.ids.create_definition(block_type, url_name)
        block = self.mixologist.mix(self.load_block_type(block_type)).parse_xml(
            node, self, ScopeIds(None, block_type, usage_id, usage_id))
        block.parent = parent_id
        block.save()
        return usage_id


class PlatformWorld:
    """One course's content and every user's state, as the LMS and Studio show them to blocks."""

    def __init__(self, teams=None, partitions=None):
        self.kvs = DictKeyValueStore()
        self.ids = OpaqueIds()
        self.events = []            # (username or None, event type, data)
        self.service_calls = []     # (block class name, service name)
        self.session = {}           # a masquerading staff member's session (field writes while masquerading)
        self.gradebook = svc.Gradebook()
        self.teams = teams or svc.TeamsService()
        self.partitions = partitions or svc.PartitionsService()

    # ----- users -----------------------------------------------------------------------------------------------

    @staticmethod
    def user(username, **extra):
        """The Django user ``username`` (created on first use)."""
        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", **extra})
        return user

    def runtime(self, username=None, mode="lms", staff=False, role=None, masquerade_as=None):
        """A runtime for ``username`` (None: signed out) in ``mode`` (``lms``, ``studio``, ``masquerade``, ``bare``)."""
        user = self.user(username) if username else None
        learner = self.user(masquerade_as) if masquerade_as else None
        return PlatformRuntime(self, user, mode=mode, staff=staff, role=role, masquerading_as=learner)

    # ----- content ---------------------------------------------------------------------------------------------

    def load(self, olx):
        """Parse ``olx`` (as an import does) into blocks keyed by opaque keys; the root's usage key."""
        return self.runtime(mode="bare").parse_xml_string(olx)

    def block(self, usage_key, username=None, **runtime_kwargs):
        """The block at ``usage_key`` as ``username`` sees it in the given context."""
        return self.runtime(username, **runtime_kwargs).get_block(usage_key)

    def walk(self, root, username=None, **runtime_kwargs):
        """Every block below and including ``root``, depth first, for one user and context."""
        runtime = self.runtime(username, **runtime_kwargs)
        stack, found = [root], []
        while stack:
            block = runtime.get_block(stack.pop(0))
            found.append(block)
            stack = list(getattr(block, "children", None) or []) + stack
        return found

    def events_of(self, event_type, username=None):
        return [data for who, kind, data in self.events if kind == event_type and (username is None or who == username)]
