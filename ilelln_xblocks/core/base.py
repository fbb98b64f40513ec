"""The base mixin every ilelln block uses: services, assets, rendering, identity, grading, completion.

Blocks mix this in *before* ``XBlock``; in the LMS and Studio the platform's own mixins
(``XBLOCK_MIXINS``: LmsBlockMixin, InheritanceMixin, XModuleMixin, ...) come after it, so no name
defined here may shadow theirs (``usage_key``, ``location``, ``publish_completion``, ...).
``tests/platform`` holds that list and checks it.
"""
import json
import re
from functools import cache, cached_property
from types import FunctionType

from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from web_fragments.fragment import Fragment
from xblock.core import XBlock, XBlockMixin
from xblock.exceptions import DisallowedFileError
from xblock.scorable import Score

from . import fields, progress
from .handlers import json_response, raw_handler, read_only_message
from .i18n import JSON_SCRIPT_ESCAPES, current_language, js_catalog_json, text_direction, translations_for
from .identity import identify
from .rendering import asset_text, package_file, render_template

# static/<block>/<block>.js|css, and the shared files in static/common/ (setup.py ships static/ in the wheel).
_ASSET = re.compile(r"^static/([a-z_]+/[a-z_]+\.(js|css)|common/img/[A-Za-z0-9_-]+\.(svg|png)"
                    r"|common/audio/[A-Za-z0-9_-]+\.(ogg|mp3|wav))$")


@cache
def _js_source(name):
    """A block's JS and the shared helper's (the units of a file's size), whose strings its page needs: one text
    per block, the same object on every view, so the catalogue's cache finds it without hashing it again."""
    return asset_text(f"static/{name}/{name}.js") + asset_text("static/common/ilelln_common.js")


def _init_script(data_id, args, catalogue_json, language):
    """What Django's ``json_script(dict(args, i18n=..., lang=..., dir=...), data_id)`` writes, with the catalogue's
    JSON encoded and escaped once per page source and language (:func:`~.i18n.js_catalog_json`)."""
    head = json.dumps(args, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)[:-1]
    tail = json.dumps({"lang": language, "dir": text_direction(language)})[1:]
    data = f'{head}{", " if len(head) > 1 else ""}"i18n": {catalogue_json}, {tail}'
    return mark_safe(f'<script id="{data_id}" type="application/json">{data}</script>')  # noqa: S308 (escaped)


_URLS = {}


def resource_url(block, uri):
    """``block.runtime.local_resource_url(block, uri)``, worked out once per runtime class, block class and file.

    Every runtime we meet answers from the block's class and the file alone: the LMS and the Learning Core
    runtime call ``xblock_local_resource_url(block, uri)`` (openedx-platform openedx/core/lib/xblock_utils/
    __init__.py: a static-files URL or a ``reverse`` of the block type and file), the workbench reverses
    ``package_resource`` with them (xblock-sdk workbench/runtime.py). A reverse costs ~25 µs, and each view asks
    for four. The answer is kept per script prefix and URL conf (Django's ``reverse`` reads both), and forgotten
    when a setting changes; a runtime whose instance carries its own ``local_resource_url`` (a test's stand-in)
    is always asked.
    """
    runtime = block.runtime
    method = getattr(type(runtime), "local_resource_url", None)
    if not isinstance(method, FunctionType) or "local_resource_url" in getattr(runtime, "__dict__", {}):
        return runtime.local_resource_url(block, uri)
    key = (method, type(block), block.scope_ids.block_type, uri, get_script_prefix(), get_urlconf())
    url = _URLS.get(key)
    if url is None:
        url = _URLS[key] = runtime.local_resource_url(block, uri)
    return url


setting_changed.connect(lambda **_kwargs: _URLS.clear(), weak=False, dispatch_uid="ilelln_xblocks.core.base")

PACKAGED = "package:"  # media shipped inside this package, e.g. ``package:audio/meeting.ogg`` (static/common/)


@XBlock.needs("i18n")
@XBlock.needs("user")
@XBlock.wants("settings")
@XBlock.wants("replace_urls")
class IlellnBlockMixin(XBlockMixin):
    """Plumbing shared by every ilelln block; a block adds its fields, template, JS and logic.

    Subclasses set ``block_name`` (used for the block package's ``templates/<name>.html``,
    ``static/<name>/<name>.js`` and ``static/<name>/<name>.css``) and ``ilelln_activity = True``
    when the module overview should count them as an activity.
    """

    block_name = None
    ilelln_activity = False
    public_dir = "static"
    block_settings_key = "ilelln_xblocks"  # XBLOCK_SETTINGS bucket shared by every block (core/operator_settings.py)
    # While staff view the course as a specific learner, the LMS shows only blocks that promise to
    # change nothing (lms/djangoapps/courseware/masquerade.py, filter_displayed_blocks). Ours keep
    # that promise: every write handler refuses there (core/handlers.py, check_writable).
    show_in_read_only_mode = True

    display_name = fields.display_name("")

    # ----- assets -------------------------------------------------------------------------------

    @classmethod
    def open_local_resource(cls, uri):
        """Serve only this package's own JS, CSS and images from ``static/``."""
        if isinstance(uri, bytes):
            uri = uri.decode("utf-8")
        if not _ASSET.match(uri):
            raise DisallowedFileError(f"Not a public ilelln asset: {uri!r}")
        return package_file(uri).open("rb")

    # ----- services and identity ----------------------------------------------------------------

    @property
    def i18n_service(self):
        """The runtime's translation service."""
        return self.runtime.service(self, "i18n")

    def _translator(self):
        """The package's catalogue for the learner's language, else the runtime's ``i18n`` service.

        The platform's service builds the same ``gettext.translation("text", <package>/translations)``
        (openedx-platform xmodule/modulestore/django.py) but anew on each call; the workbench's
        is Django's global catalogue, where the platform's wording would outrank ours.
        """
        return translations_for(current_language()) or self.i18n_service

    def gettext(self, message):
        """Translate ``message`` in the learner's language."""
        return self._translator().gettext(message)

    def ngettext(self, singular, plural, number):
        """Translate ``singular``/``plural`` for ``number`` in the learner's language."""
        return self._translator().ngettext(singular, plural, number)

    @cached_property
    def identity(self):
        """The current user's :class:`~ilelln_xblocks.core.identity.Identity` (one per block instance)."""
        return identify(self)

    @property
    def block_key(self):
        """The block's usage id as text, the key every table stores.

        XBlock's own ``usage_key`` stays the opaque key: the platform's ``XModuleMixin``
        builds ``location`` and ``url_name`` from it (openedx-platform xmodule/x_module.py).
        """
        return str(self.scope_ids.usage_id)

    @cached_property
    def dom_id(self):
        """A per-instance id prefix for the template, safe in HTML ids and CSS."""
        return "ilelln-" + re.sub(r"[^A-Za-z0-9_-]", "-", self.block_key)

    def course_media_url(self, url):
        """The URL a browser needs for an author's media: packaged files through the runtime, course files
        (``/static/...``) through the LMS's ``replace_urls`` service (openedx-platform
        lms/djangoapps/courseware/block_render.py gives it; a modulestore runtime and the workbench don't)."""
        url = (url or "").strip()
        if url.startswith(PACKAGED):
            return resource_url(self, "static/common/" + url[len(PACKAGED):])
        if url.startswith("/static/"):
            replacer = self.runtime.service(self, "replace_urls")
            if replacer is not None:
                return replacer.replace_urls(f'"{url}"').strip('"')
        return url

    # ----- mobile -------------------------------------------------------------------------------

    def user_state_data(self):
        """This learner's own state for the mobile apps (see ``student_view_user_state``); blocks extend it.

        ``student_view_data`` must not hold it: the Course Blocks API collects that once per course
        publish, with no learner bound (openedx-platform
        lms/course_api/blocks/transformers/student_view.py ``StudentViewTransformer.collect``).
        """
        return {}

    @raw_handler(writes=False, methods=("GET",))
    def student_view_user_state(self, request, suffix=""):  # pylint: disable=unused-argument
        """GET: the signed-in learner's state in this block as JSON (docs/Native_API.md)."""
        return json_response(self.user_state_data())

    # ----- rendering ----------------------------------------------------------------------------

    def render_fragment(self, context, init_args=None, template=None):
        """A fragment with the block's template, CSS and JS, initialised with ``init_args``.

        The JS receives ``init_args`` plus ``i18n``: the translations of the strings its
        source passes to ``gettext()``, in the learner's language.

        The start-up data often holds learner text (a team's charter, names), and a runtime writes
        ``initialize_js`` arguments into a ``<script>`` element: the workbench unescaped (XBlock
        ``xblock/runtime.py`` ``Runtime._wrap_ele``: ``json.dumps``), so ``</script>`` in it would end the
        element; the LMS escapes them (openedx-platform ``common/templates/xblock_wrapper.html``,
        ``dump_js_escaped_json``). So we write the data ourselves as Django's ``json_script`` does (``<``, ``>``
        and ``&`` as ``\\u003C``...), and the runtime starts ``IlellnStart`` (``static/common/ilelln_common.js``)
        with only the block's function name and the data's element id, which reads the data and calls
        the block's function with it.
        """
        language = current_language()
        name = self.block_name
        context = dict(context, block=self, dom_id=self.dom_id)
        html = render_template(template or f"{name}.html", context, language, package=self.template_package())
        notice = read_only_message(self)
        if notice:  # Studio preview, or staff viewing as a learner: say that nothing is saved
            html = format_html('<p class="ilelln-read-only" role="note" lang="{}" dir="{}">{}</p>', language,
                               text_direction(language), self.gettext(notice)) + html
        data_id = f"{self.dom_id}-init"
        fragment = Fragment(html + _init_script(data_id, init_args or {}, js_catalog_json(_js_source(name), language),
                                                language))
        fragment.add_css_url(resource_url(self, "static/common/ilelln.css"))
        fragment.add_css_url(resource_url(self, f"static/{name}/{name}.css"))
        fragment.add_javascript_url(resource_url(self, "static/common/ilelln_common.js"))
        fragment.add_javascript_url(resource_url(self, f"static/{name}/{name}.js"))
        fragment.initialize_js("IlellnStart", {"init": self.js_class_name(), "data": data_id})
        return fragment

    @classmethod
    def template_package(cls):
        """The block's own package, whose ``templates/`` holds its templates (``ilelln_xblocks.english.gap_fill``).

        It is the package of the class that names the block: the runtime's mixed class (XBlock's
        ``Mixologist``) lives elsewhere.
        """
        owner = next(klass for klass in cls.__mro__ if "block_name" in vars(klass) and klass.block_name)
        return owner.__module__.rpartition(".")[0]

    @classmethod
    def js_class_name(cls):
        """Name of the JS initialise function, e.g. ``IlellnModuleOverview``."""
        return "Ilelln" + "".join(part.title() for part in cls.block_name.split("_"))

    # ----- grades, completion and progress --------------------------------------------------------

    def publish_grade(self, earned, possible, only_if_higher=None):
        """Publish a grade computed on the server for the requesting learner, and record it for the overview.

        Scorable blocks send it through ``ScorableXBlockMixin._publish_grade`` (the ``grade`` event the LMS's
        grades app stores in the courseware student module); ``only_if_higher`` tells the grades app that the
        block keeps the best score.
        """
        possible = float(possible)
        earned = max(0.0, min(float(earned), possible))
        score = Score(raw_earned=earned, raw_possible=possible)
        if only_if_higher is None:
            only_if_higher = bool(getattr(self, "keeps_best", False)) or None
        if hasattr(self, "_publish_grade"):
            self._publish_grade(score, only_if_higher)  # pylint: disable=no-member
        else:
            self.runtime.publish(self, "grade", {"value": earned, "max_value": possible,
                                                 "only_if_higher": only_if_higher})
        if self.identity.anonymous_id:
            fraction = earned / possible if possible else 0.0
            progress.record(self, self.identity.anonymous_id, score=fraction)

    def record_completion(self, fraction=1.0):
        """Publish completion (0 to 1) and record the learner's status for the module overview.

        Activities use XBlock's ``CompletableXBlockMixin`` (``has_custom_completion``), so the completion app
        takes their own rule instead of marking them complete on view or on their first score
        (openedx/completion completion/handlers.py ``scorable_block_completion``).
        """
        fraction = max(0.0, min(float(fraction), 1.0))
        if getattr(self, "has_custom_completion", False):
            self.emit_completion(fraction)  # pylint: disable=no-member
        if self.identity.anonymous_id:
            progress.record(self, self.identity.anonymous_id, status=progress.status_for(fraction))
