"""Stand-ins for the mixins the LMS and Studio mix into every block, and for their inheriting field data.

The LMS mixes ``XBLOCK_MIXINS = (LmsBlockMixin, InheritanceMixin, XModuleMixin, EditInfoMixin)`` into
every block class, after the block's own classes (openedx-platform ``openedx/envs/common.py`` @0012533;
XBlock's ``Mixologist`` builds ``class Mixed(BlockClass, *mixins)``). So a name a block defines wins
over the platform's, which is how a block can break the platform without any error at import.

Each stand-in below models only what a block can meet; none of it is platform code.
"""
from opaque_keys.edx.keys import UsageKey
from xblock.core import XBlock, XBlockMixin
from xblock.exceptions import JsonHandlerError
from xblock.fields import Boolean, Date, Dict, Float, Integer, List, Scope, String, Timedelta
from xblock.runtime import KvsFieldData


class XModuleMixinStandIn(XBlockMixin):
    """``XModuleMixin`` (openedx-platform ``xmodule/x_module.py`` @68a5285).

    ``location`` is ``self.usage_key`` and its setter asserts a ``UsageKey`` (the modulestore's
    ``strip_key`` sets ``location`` on every block it returns: ``xmodule/modulestore/mixed.py``
    @e57a655); ``url_name`` is ``usage_key.block_id``; ``category`` the block type; ``course_id``
    the location's course key. ``display_name`` is an XModuleMixin field too.
    """

    display_name = String(help="The display name for this component.", scope=Scope.settings, default=None)

    @property
    def location(self):
        """The block's usage key (XBlock's own ``usage_key``, ``xblock/core.py`` @61e1d4b)."""
        return self.usage_key

    @location.setter
    def location(self, value):
        assert isinstance(value, UsageKey), f"location must be a UsageKey, not {type(value).__name__}"
        self.scope_ids = self.scope_ids._replace(def_id=value, usage_id=value)

    @property
    def url_name(self):
        """The last part of the usage key: the ``url_name`` a course export writes."""
        return self.usage_key.block_id

    @property
    def category(self):
        """The block type."""
        return self.scope_ids.block_type

    @property
    def course_id(self):
        """The course key of the block's location."""
        return self.location.course_key


class InheritanceMixinStandIn(XBlockMixin):
    """The inheritable settings of ``InheritanceMixin`` (openedx-platform
    ``xmodule/modulestore/inheritance.py`` @e57a655): a block that leaves one unset gets the
    nearest ancestor's explicit value (see :class:`InheritingFieldData`)."""

    graded = Boolean(help="Whether this block contributes to the final course grade", scope=Scope.settings,
                     default=False)
    start = Date(help="Start time when this block is visible", scope=Scope.settings)
    due = Date(help="Default date by which problems are due", scope=Scope.settings)
    relative_weeks_due = Integer(help="Relative weeks due", scope=Scope.settings)
    visible_to_staff_only = Boolean(help="Staff only", default=False, scope=Scope.settings)
    course_edit_method = String(help="Course editor", default="Studio", scope=Scope.settings)
    giturl = String(help="GIT URL", scope=Scope.settings)
    xqa_key = String(help="XQA key", scope=Scope.settings)
    graceperiod = Timedelta(help="Grace period after the due date", scope=Scope.settings)
    group_access = Dict(help="Content groups this block belongs to", scope=Scope.settings)
    showanswer = String(help="When Show Answer appears", default="finished", scope=Scope.settings)
    show_correctness = String(help="When correctness shows", default="always", scope=Scope.settings)
    rerandomize = String(help="Randomization", default="never", scope=Scope.settings)
    days_early_for_beta = Float(help="Days early for beta users", default=None, scope=Scope.settings)
    static_asset_path = String(help="Static asset path", default="", scope=Scope.settings)
    use_latex_compiler = Boolean(help="LaTeX compiler", default=False, scope=Scope.settings)
    max_attempts = Integer(help="Course-wide maximum attempts", scope=Scope.settings)
    matlab_api_key = String(help="Matlab API key", scope=Scope.settings)
    user_partitions = List(help="Group configurations", default=[], scope=Scope.settings)
    video_speed_optimizations = Boolean(help="Video caching", default=True, scope=Scope.settings)
    video_auto_advance = Boolean(help="Video auto-advance", default=False, scope=Scope.settings)
    video_bumper = Dict(help="Video pre-roll", scope=Scope.settings)
    show_reset_button = Boolean(help="Reset button", default=False, scope=Scope.settings)
    edxnotes = Boolean(help="Student notes", default=False, scope=Scope.settings)
    edxnotes_visibility = Boolean(help="Notes visibility", default=True, scope=Scope.user_info)
    in_entrance_exam = Boolean(help="Entrance exam", default=False, scope=Scope.settings)
    self_paced = Boolean(help="Self paced", default=False, scope=Scope.settings)
    hide_from_toc = Boolean(help="Hide from TOC", default=False, scope=Scope.settings)


INHERITABLE = tuple(name for name, field in InheritanceMixinStandIn.fields.items() if field.scope == Scope.settings)


class LmsBlockMixinStandIn(XBlockMixin):
    """``LmsBlockMixin`` (openedx-platform ``lms/djangoapps/lms_xblock/mixin.py`` @e57a655): LMS fields
    and the ``publish_completion`` JSON handler the "complete on view" JavaScript posts to. The
    handler refuses a block the completion service would not mark complete on view (400)."""

    format = String(help="Assignment type (grader)", scope=Scope.settings)
    chrome = String(help="Course chrome", default=None, scope=Scope.settings)
    default_tab = String(help="Default tab", default=None, scope=Scope.settings)
    source_file = String(help="LaTeX source", scope=Scope.settings)

    @XBlock.json_handler
    def publish_completion(self, data, suffix=""):  # pylint: disable=unused-argument
        """Mark the block complete on view, as the LMS's handler does."""
        service = self.runtime.service(self, "completion")
        if service is None:
            raise JsonHandlerError(500, "No completion service found")
        if not service.completion_tracking_enabled():
            raise JsonHandlerError(404, "Completion tracking is not enabled")
        if not service.can_mark_block_complete_on_view(self):
            raise JsonHandlerError(400, "Block not configured for completion on view.")
        self.runtime.publish(self, "completion", data)
        return {"result": "ok"}


# The order ``XBLOCK_MIXINS`` has; LmsBlockMixin declares ``partitions``/``i18n`` (needs) and
# ``completion`` (wants), XModuleMixin ``i18n``.
PLATFORM_MIXINS = (
    XBlock.needs("partitions")(XBlock.needs("i18n")(XBlock.wants("completion")(LmsBlockMixinStandIn))),
    InheritanceMixinStandIn,
    XModuleMixinStandIn,
)


class InheritingFieldData(KvsFieldData):
    """``InheritingFieldData`` (``xmodule/modulestore/inheritance.py`` @e57a655): the default of an
    inheritable field is the value explicitly set on the nearest ancestor, else the field's own default."""

    def __init__(self, kvs, inheritable=INHERITABLE):
        super().__init__(kvs)
        self.inheritable = set(inheritable)

    def default(self, block, name):
        if name in self.inheritable:
            field = block.fields[name]  # the block's own definition, when it redefines the name
            ancestor = block.get_parent()
            while ancestor is not None:
                if name in ancestor.fields and ancestor.fields[name].is_set_on(ancestor):
                    return ancestor.fields[name].read_json(ancestor)
                ancestor = ancestor.get_parent()
            del field
        raise KeyError(name)  # the block's own field default
