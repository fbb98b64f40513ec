"""JSON handlers that answer every problem with a 4xx JSON body in the learner's language.

A handler declares the Django form that validates its input, who may call it, and
whether it writes; the wrapper does the rest: method, size, JSON parsing, unknown keys,
validation, caller checks, and mapping of errors to answers. Nothing the learner sent is
stored unless the whole request is valid, and every rejection says what was wrong.

A handler that writes (the default) answers 403 in Studio preview and while staff view
the course as a specific learner (see :mod:`.identity`): the platform keeps XBlock field
writes in the session there and drops grade and completion events, but rows in our own
tables would be real. Handlers that only read (``writes=False``) still answer.
"""
import functools
import json
import logging

from django import forms
from django.db import DatabaseError, IntegrityError
from webob import Response
from xblock.core import XBlock

from .i18n import _

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024


class HandlerError(Exception):
    """A problem with a request, answered as ``{"error": message}`` with ``status``.

    ``message`` is an untranslated msgid (marked with ``_``) that may use
    ``%(name)s`` placeholders filled from ``params``. ``extra`` adds keys to the answer's
    body (a 409 carries the current saved text, for instance).
    """

    def __init__(self, message, status=400, fields=None, extra=None, **params):
        super().__init__(message)
        self.message = message
        self.status = status
        self.fields = fields or {}
        self.extra = extra or {}
        self.params = params


def json_response(payload, status=200):
    """A webob JSON response."""
    return Response(
        json.dumps(payload, ensure_ascii=False),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )


def error_response(block, error):
    """Translate a :class:`HandlerError` into a JSON response."""
    message = block.gettext(error.message)
    if error.params:
        message = message % error.params
    body = {"error": message}
    if error.fields:
        body["fields"] = error.fields
    body.update(error.extra)
    return json_response(body, status=error.status)


def check_caller(block, staff_only=False):
    """Raise :class:`HandlerError` unless the caller is a signed-in learner (and staff, if asked)."""
    who = block.identity
    if not who.anonymous_id:
        raise HandlerError(_("Sign in to use this activity."), status=403)
    if staff_only and not who.is_staff:
        raise HandlerError(_("Only course staff can do this."), status=403)
    return who


METHOD_MESSAGES = {"GET": _("This action needs a GET request."), "POST": _("This action needs a POST request.")}
PREVIEW_MESSAGE = _("This is a preview: nothing is saved.")
MASQUERADE_MESSAGE = _("You are viewing the course as a specific learner: nothing is saved, and that learner's "
                       "work stays as they left it.")


def read_only_message(block):
    """The msgid saying why nothing is saved for this caller, or ``None`` when their work is saved."""
    who = block.identity
    if who.is_preview:
        return PREVIEW_MESSAGE
    if who.is_masquerading:
        return MASQUERADE_MESSAGE
    return None


def check_writable(block):
    """Raise :class:`HandlerError` (403) where nothing may be saved: Studio preview, viewing as a learner."""
    message = read_only_message(block)
    if message:
        raise HandlerError(message, status=403)


class BlockForm(forms.Form):
    """A Django form for a handler's JSON input; ``block`` lets choices depend on the block's content.

    Every field declares a translatable ``label`` (marked with ``_``): a refused request names
    the field by it, in the learner's language (see :func:`problems_message`). A number field
    with both bounds says its range whatever is wrong with it ("enter a whole number from 0 to
    100"), where Django would name only the bound that was crossed, or none for a non-number.
    """

    def __init__(self, data, block=None):
        self.block = block
        super().__init__(data)
        # self.fields is this instance's deep copy of the class's fields, so they may be changed.
        for field in self.fields.values():
            low, high = getattr(field, "min_value", None), getattr(field, "max_value", None)
            if isinstance(field, forms.IntegerField) and low is not None and high is not None:
                text = self._gettext(_("Enter a whole number from %(low)s to %(high)s.")) % {
                    "low": low, "high": high}
                # Django's Field.run_validators puts error_messages[code] in place of a validator's
                # own message (django/forms/fields.py), so one text serves every way to miss the range.
                for code in ("invalid", "min_value", "max_value"):
                    field.error_messages[code] = text

    def _gettext(self, message):
        return self.block.gettext(message) if self.block is not None else message

    def clean(self):
        """Refuse non-text values for text fields (Django would quietly turn a list into its repr)."""
        cleaned = super().clean()
        for name, field in self.fields.items():
            text_field = isinstance(field, forms.CharField) and not isinstance(field, forms.JSONField)
            if text_field and name in self.data and not isinstance(self.data[name], str):
                self.add_error(name, forms.ValidationError(self._gettext(_("Send text here."))))
        return cleaned


def problems_message(form, block=None):
    """One sentence per refused field, each naming the field by its label: "Score: enter ...".

    Django's own messages (required, lengths, bounds) already carry the limit, and ours must
    too; problems that concern no single field (``clean()``) come without a name.
    """
    translate = block.gettext if block is not None else (lambda message: message)
    parts = []
    for name, errors in form.errors.items():
        problem = " ".join(str(message) for message in errors)
        field = form.fields.get(name)
        if field is None:
            parts.append(problem)
            continue
        label = translate(field.label) if field.label else name
        # Translators: a field's name, then what is wrong with it, e.g. "Score: Enter a whole number from 0 to 100."
        parts.append(translate(_("%(field)s: %(problem)s")) % {"field": label, "problem": problem})
    return " ".join(parts)


def parse_json_body(request, form_class=None, block=None):
    """The request's JSON object, validated by ``form_class`` when given (its cleaned data)."""
    check_method(request, ("POST",))
    body = request.body
    if len(body) > MAX_BODY_BYTES:
        raise HandlerError(
            _("What you sent is too large (more than %(limit)s KB). Nothing was saved."),
            status=413, limit=MAX_BODY_BYTES // 1024,
        )
    try:
        data = json.loads(body.decode("utf-8")) if body else {}
    except (UnicodeDecodeError, ValueError):
        raise HandlerError(_("The request was not valid JSON. Nothing was saved.")) from None
    if not isinstance(data, dict):
        raise HandlerError(_("The request must be a JSON object. Nothing was saved."))
    if form_class is None:
        return data
    form = form_class(data, block=block)
    unknown = sorted(set(data) - set(form.fields))
    if unknown:
        raise HandlerError(
            _("Unexpected fields: %(names)s. Nothing was saved."),
            names=", ".join(unknown)[:200],
        )
    if not form.is_valid():
        fields = {name: [str(message) for message in errors] for name, errors in form.errors.items()}
        # Translators: the problems are one or more sentences such as "Score: Enter a whole number from 0 to 100."
        raise HandlerError(_("%(problems)s Nothing was saved."), fields=fields,
                           problems=problems_message(form, block))
    return form.cleaned_data


def check_method(request, methods):
    """Raise :class:`HandlerError` (405) unless ``request`` uses one of ``methods`` (any, when empty)."""
    if methods and request.method not in methods:
        raise HandlerError(METHOD_MESSAGES.get(methods[0], METHOD_MESSAGES["POST"]), status=405)


def _guarded(func, body, writes, staff_only, methods):
    """The XBlock handler that runs ``body`` after the checks every handler makes, with errors answered as JSON.

    In order: nothing saved here (``writes``), the caller (signed in, staff if ``staff_only``), the method.
    A :class:`HandlerError` becomes its 4xx answer; a write that lost a race, a 409; the database down, a 503.
    """
    @XBlock.handler
    @functools.wraps(func)
    def wrapper(self, request, suffix=""):
        try:
            if writes:
                check_writable(self)
            check_caller(self, staff_only=staff_only)
            check_method(request, methods)
            return body(self, request, suffix)
        except HandlerError as error:
            return error_response(self, error)
        except IntegrityError:
            log.warning("Concurrent write in %s.%s", type(self).__name__, func.__name__, exc_info=True)
            return error_response(self, HandlerError(
                _("Someone else saved at the same moment. Your work is kept on this page: try again."),
                status=409,
            ))
        except DatabaseError:
            log.exception("Database unavailable in %s.%s", type(self).__name__, func.__name__)
            return error_response(self, HandlerError(
                _("The server is busy. Your work is kept on this page: try again in a moment."),
                status=503,
            ))

    wrapper.ilelln_writes = writes
    return wrapper


def json_handler(form=None, staff_only=False, writes=True):
    """Decorate a block method ``f(self, data, suffix)`` returning a dict as an XBlock JSON handler.

    ``writes=False`` declares a handler that saves nothing, so it keeps working in Studio
    preview and while staff view the course as a learner.
    """

    def decorator(func):
        def body(self, request, suffix):
            return json_response(func(self, parse_json_body(request, form, self), suffix))

        wrapper = _guarded(func, body, writes, staff_only, ("POST",))
        wrapper.ilelln_form = form  # the form it validates with, for the contract tests
        return wrapper

    return decorator


def raw_handler(writes, staff_only=False, methods=()):
    """Decorate a plain XBlock handler ``f(self, request, suffix)`` (uploads, files, CSV) returning a Response.

    Every handler says whether it writes; one that does answers 403 JSON in Studio preview and
    while staff view the course as a learner, before it reads the request. The caller must be a
    signed-in learner (course staff with ``staff_only``) using one of ``methods`` (``("GET",)``);
    a :class:`HandlerError` the handler raises is answered as JSON, as :func:`json_handler` does.
    """

    def decorator(func):
        wrapper = _guarded(func, func, writes, staff_only, tuple(methods))
        wrapper.ilelln_raw = True
        return wrapper

    return decorator
