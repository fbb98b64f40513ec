"""Studio editing that only the course team can use, and that answers every bad save with a 4xx JSON.

XBlock's ``StudioEditableXBlockMixin`` gives the editor (``studio_view``) and its save handler
(``submit_studio_edits``), but the handler trusts its caller and its body: any learner could
post to it (in the workbench, and in the LMS, where every handler of a block is reachable), and
a body of the wrong shape raised inside XBlock or inside our ``clean_studio_edits`` /
``validate_field_data`` (HTTP 500).

Who may edit. Studio gives the editing runtime a ``studio_user_permissions`` service whose
``can_write(course_key)`` is the course-author check Studio itself applies
(``load_services_for_studio`` in cms/djangoapps/contentstore/xblock_storage_handlers/
view_handlers.py; ``component_handler`` in cms/djangoapps/contentstore/views/component.py runs
the handler and then saves only for authors). That service is the answer wherever it exists.
Without it:

- in the LMS (``edx-platform.*`` user attributes, no permission service) nobody edits: course
  content is read-only there, and a facilitator is not necessarily an author;
- in the XBlock SDK workbench the staff ids (``ILELLN_WORKBENCH_STAFF``) edit;
- in Studio's preview (``runtime.is_author_mode``) nothing is saved, as for every write.
"""
import json
import logging
import math
import re

from web_fragments.fragment import Fragment
from xblock.core import XBlock, XBlockMixin
from xblock.fields import Boolean, DateTime, Float, Integer, List, String
from xblock.utils.studio_editable import FutureFields, StudioEditableXBlockMixin
from xblock.validation import Validation, ValidationMessage

from .authoring import AuthorViewMixin
from .handlers import HandlerError, check_writable, error_response, json_response, parse_json_body
from .i18n import _
from .rendering import render_template

log = logging.getLogger(__name__)

NOT_AN_EDITOR = _("Only the course team can edit this component, in Studio.")
NOTHING_SAVED = _("Nothing was saved: %(problems)s")
ONE_PER_LINE = _("One item a line.")
MAX_TEXT = 100_000        # characters in one text field (a long dialogue script is ~10,000)
MAX_ITEMS = 500           # entries in one list field
MAX_NUMBER = 1_000_000_000
_TEXT_BOX = re.compile(r"<(textarea|input)\b")
_NUMBER = re.compile(r"^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)\s*$")


def course_key(block):
    """The key Studio's permission service expects: the usage key's course (or library)."""
    usage_id = block.scope_ids.usage_id
    return getattr(usage_id, "context_key", None) or getattr(usage_id, "course_key", None) or usage_id


def can_edit(block):
    """Whether the caller may change ``block``'s content (see the module docstring)."""
    permissions = block.runtime.service(block, "studio_user_permissions")
    if permissions is not None:
        try:
            return bool(permissions.can_write(course_key(block)))
        except Exception:  # pylint: disable=broad-except
            log.warning("studio_user_permissions.can_write failed for %s", block.block_key, exc_info=True)
            return False
    who = block.identity
    return bool(who.in_workbench and who.is_staff)


class FieldValueError(ValueError):
    """A value an author sent that the field cannot hold; ``message`` is a msgid, ``params`` its placeholders."""

    def __init__(self, message, **params):
        super().__init__(message)
        self.message, self.params = message, params

    def text(self, block):
        """The message in ``block``'s language, with the limit it names."""
        return block.gettext(self.message) % self.params if self.params else block.gettext(self.message)


def _number(value, kind):
    """``value`` as an int or float: JSON numbers, or text such as ``"3"``, ``"0.5"`` or ``"0,5"``."""
    if isinstance(value, bool) or value is None:
        raise FieldValueError(_("Enter a number."))
    if isinstance(value, str):
        if not _NUMBER.match(value):
            raise FieldValueError(_("Enter a number."))
        value = float(value.replace(",", "."))
    if not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > MAX_NUMBER:
        raise FieldValueError(_("Enter a number."))
    if kind is int:
        if value != int(value):
            raise FieldValueError(_("Enter a whole number."))
        return int(value)
    return float(value)


def _text(value, field):
    if value is None and field.default is None:
        return None
    if not isinstance(value, str):
        raise FieldValueError(_("Enter text here."))
    if len(value) > MAX_TEXT:
        raise FieldValueError(_("Keep this text under %(limit)s characters."), limit=MAX_TEXT)
    return value


def coerce(field, value):
    """``value`` (from the editor's JSON) as ``field`` stores it, or :class:`FieldValueError`."""
    if isinstance(field, Boolean):
        if not isinstance(value, bool):
            raise FieldValueError(_("Choose yes or no."))
    elif isinstance(field, Integer):
        value = _number(value, int)
    elif isinstance(field, Float):
        value = _number(value, float)
    elif isinstance(field, DateTime):
        if value not in (None, ""):
            if not isinstance(value, str) or len(value) > 40:
                raise FieldValueError(_("Enter a date."))
            try:
                value = field.from_json(value)
            except (TypeError, ValueError, OverflowError):
                raise FieldValueError(_("Enter a date.")) from None
        else:
            value = None
    elif isinstance(field, String):
        value = _text(value, field)
    elif isinstance(field, List):
        if isinstance(value, str):  # the editor's one-item-a-line box (see _make_field_info)
            value = [line.strip() for line in value.splitlines() if line.strip()]
        if isinstance(value, list) and len(value) > MAX_ITEMS:
            raise FieldValueError(_("Enter at most %(limit)s items."), limit=MAX_ITEMS)
        if not isinstance(value, list):
            raise FieldValueError(_("Enter a list of texts, such as [\"first\", \"second\"]."))
        if not all(isinstance(item, str) and len(item) <= MAX_TEXT for item in value):
            raise FieldValueError(_("Enter a list of texts, such as [\"first\", \"second\"]."))
    choices = field.values
    if choices and not isinstance(field, Boolean) and isinstance(choices, (list, tuple)):
        allowed = [choice["value"] if isinstance(choice, dict) else choice for choice in choices]
        if value not in allowed:
            raise FieldValueError(_("Choose one of the options."))
    return value


def _one_line_texts(items):
    """Whether a list can be edited one item a line: texts, none spanning lines."""
    return all(isinstance(item, str) and "\n" not in item and "\r" not in item for item in items)


def _field_label(block, field):
    return block.gettext(field.display_name) if field.display_name else field.name


def read_edits(block, data):
    """``(values, to_reset)`` from the editor's ``{"values": {...}, "defaults": [...]}``, or :class:`HandlerError`."""
    unknown = sorted(set(data) - {"values", "defaults"})
    values, defaults = data.get("values", {}), data.get("defaults", [])
    if unknown or not isinstance(values, dict) or not isinstance(defaults, list) \
            or not all(isinstance(name, str) for name in defaults):
        raise HandlerError(_("The editor sent something this component cannot read. Nothing was saved."))
    editable = set(block.editable_fields)
    strangers = sorted((set(values) | set(defaults)) - editable)
    if strangers:
        raise HandlerError(_("Unexpected fields: %(names)s. Nothing was saved."), names=", ".join(strangers)[:200])
    cleaned, problems = {}, {}
    for name, value in values.items():
        field = block.fields[name]
        try:
            cleaned[name] = coerce(field, value)
        except FieldValueError as problem:
            problems[name] = [f"{_field_label(block, field)}: {problem.text(block)}"]
    if problems:
        texts = [text[0] for text in problems.values()]
        raise HandlerError(NOTHING_SAVED, fields=problems, problems=" ".join(texts),
                           extra={"messages": [{"type": "error", "text": text} for text in texts]})
    to_reset = [name for name in defaults if name not in cleaned and block.fields[name].is_set_on(block)]
    return cleaned, to_reset


def check_edits(block, values, to_reset):
    """Run the block's own cleaning and validation on the edits; :class:`HandlerError` lists the problems."""
    try:
        block.clean_studio_edits(values)
        validation = Validation(block.scope_ids.usage_id)
        block.validate_field_data(validation, FutureFields(values, to_reset, block))
    except (TypeError, ValueError, AttributeError, KeyError, IndexError):
        # The values have the right types, so this is a gap in the block's checks: log it, answer 400.
        log.warning("Studio edits of %s could not be checked", block.block_key, exc_info=True)
        raise HandlerError(_("These values could not be checked. Nothing was saved.")) from None
    errors = [message for message in validation.messages if message.type == message.ERROR]
    if errors:
        raise HandlerError(NOTHING_SAVED, problems=" ".join(str(m.text) for m in errors),
                           extra={"messages": [{"type": m.type, "text": str(m.text)} for m in validation.messages]})


@XBlock.wants("studio_user_permissions")
class IlellnStudioMixin(AuthorViewMixin, StudioEditableXBlockMixin, XBlockMixin):
    """XBlock's Studio editor, open only to the course team, a save handler that never answers 500, and
    an ``author_view`` (core/authoring.py)."""

    def studio_view(self, context=None):
        """The editor for the course team; anyone else sees a short notice and no content.

        Every text box takes its direction from its own text (``dir="auto"``): English content on
        an Arabic Studio page must not be edited right to left.
        """
        if not can_edit(self):
            html = render_template("studio_refused.html", {"message": self.gettext(NOT_AN_EDITOR)})
            return Fragment(html)
        fragment = super().studio_view(context)
        fragment.content = _TEXT_BOX.sub(r'<\1 dir="auto"', fragment.content)
        return fragment

    def _make_field_info(self, field_name, field):
        """XBlock's description of a field for its editor, made readable for Arabic-speaking authors.

        Labels and help come in the author's language; a list of one-line texts is a box with one
        item a line, as written (Arabic stays Arabic; XBlock's editor would show JSON with ``\\u``
        escapes); other values are JSON with Arabic as written; numbers are plain text, never
        localised (an Arabic page would write "0,5" into a number box, which the browser then shows
        empty). The box is XBlock's own ``text`` type (xblock/utils/templates/studio_edit.html), so its
        JS sends the text as typed and :func:`coerce` splits it into items.
        """
        info = super()._make_field_info(field_name, field)
        info["display_name"] = self.gettext(field.display_name) if field.display_name else ""
        info["help"] = self.gettext(field.help) if field.help else ""
        items = field.read_from(self) if isinstance(field, List) else None
        if info["type"] == "generic" and isinstance(items, list) and _one_line_texts(items) \
                and _one_line_texts(field.default or []):
            info["type"] = "text"
            info["value"] = "\n".join(items)
            info["default"] = "\n".join(field.default or [])
            info["help"] = f'{info["help"]} {self.gettext(ONE_PER_LINE)}'.strip()
        elif info["type"] == "generic":
            info["value"] = json.dumps(field.to_json(field.read_from(self)), ensure_ascii=False, indent=1)
            info["default"] = json.dumps(field.to_json(field.default), ensure_ascii=False)
        elif info["type"] in ("integer", "float"):
            info["value"] = "" if info["value"] is None else str(info["value"])
            info["default"] = "" if info["default"] is None else str(info["default"])
        return info

    def validate(self):
        """The messages Studio shows on the unit page: the block's own checks, then the shared ones.

        Studio calls this while it draws the unit page, so a check that fails on odd stored content
        becomes a message instead of breaking the page.
        """
        validation = Validation(self.scope_ids.usage_id)
        try:
            self.validate_field_data(validation, self)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError):
            log.warning("Validating %s failed", self.block_key, exc_info=True)
            validation.add(ValidationMessage(ValidationMessage.ERROR, self.gettext(
                _("This component's settings could not be checked: open the editor and save them again."))))
        if not (self.display_name or "").strip():
            validation.add(ValidationMessage(ValidationMessage.WARNING, self.gettext(
                _("Give this component a display name: learners see it in the course navigation."))))
        return validation

    @XBlock.handler
    def submit_studio_edits(self, request, suffix=""):  # pylint: disable=unused-argument
        """Save the editor's values: course team only, nothing saved in a preview, 4xx JSON for any bad body."""
        try:
            check_writable(self)
            if not can_edit(self):
                raise HandlerError(NOT_AN_EDITOR, status=403)
            values, to_reset = read_edits(self, parse_json_body(request))
            check_edits(self, values, to_reset)
        except HandlerError as error:
            return error_response(self, error)
        for name, value in values.items():
            setattr(self, name, value)
        for name in to_reset:
            self.fields[name].delete_from(self)
        return json_response({"result": "success"})

    submit_studio_edits.ilelln_writes = True
