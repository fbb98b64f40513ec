"""Translation helpers: the package's own catalogue first, in Python, in templates and in JS.

The compiled catalogues ship at ``ilelln_xblocks/translations/<lang>/LC_MESSAGES/text.mo``:
where, and with the ``text`` domain, the platform's XBlock i18n service looks for a third-party
block's bundled catalogue before it falls back to Django's global one (openedx-platform
xmodule/modulestore/django.py, ``XBlockI18nService.get_python_locale``). In Django's global
catalogue the platform's ``LOCALE_PATHS`` outrank every app's ``locale/``, so for each msgid the
platform also translates ("Submit", "Save", "Cancel", ...) the fallback shows the platform's
Arabic, not ours. So the blocks never rely on that fallback:

- Python: :func:`translations_for` is the same ``gettext.translation("text", <package>/translations,
  [locale])`` the platform's service builds, loaded once per language (catalogues are immutable)
  rather than on every call; where no catalogue ships for a language, the block uses the
  runtime's ``i18n`` service, as the platform does.
- Templates: :func:`catalogue_active` makes ``{% translate %}`` and ``{% blocktranslate %}``
  resolve through the same object while a template renders.
- JS: :func:`js_catalog` reads the same catalogue.
"""
import copy
import gettext
import json
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.signals import setting_changed
from django.utils import translation
from django.utils.html import avoid_wrapping
from django.utils.translation import trans_real

from .messages import _  # noqa: F401  (re-exported: the marker every block uses)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
DOMAIN = "text"

_JS_GETTEXT = re.compile(r"""\bgettext\(\s*(?P<q>['"])(?P<msg>(?:\\.|(?!(?P=q)).)*)(?P=q)\s*\)""")


def current_language():
    """The language of the current request (Django's active language), e.g. ``ar`` or ``en``."""
    return translation.get_language() or settings.LANGUAGE_CODE


def text_direction(language):
    """``rtl`` for right-to-left languages such as Arabic, else ``ltr``."""
    base = (language or "").split("-")[0].lower()
    return "rtl" if base in settings.LANGUAGES_BIDI else "ltr"


class BundledTranslations(gettext.GNUTranslations):
    """The package's catalogue for one language, usable where Django expects its translation object.

    ``to_language`` is what ``django.utils.translation.get_language()`` asks the active object,
    so a template rendered with this object active still knows its language (``{% get_current_language %}``,
    date formats, bidi).
    """

    language_code = None

    def to_language(self):
        """The Django language code this catalogue serves, e.g. ``ar``."""
        return self.language_code


@lru_cache(maxsize=32)
def bundled_catalogue(language):
    """Only the package's own catalogue for ``language`` (``None`` when none ships), loaded once."""
    try:
        catalogue = gettext.translation(
            DOMAIN, TRANSLATIONS_DIR, [translation.to_locale(language)], class_=BundledTranslations
        )
    except OSError:
        return None
    catalogue.language_code = language
    return catalogue


@lru_cache(maxsize=32)
def translations_for(language):
    """The package's catalogue for ``language`` backed by Django's for what it lacks, or ``None``.

    The fallback only serves msgids we do not have (Django's own strings inside a template, such
    as the month names of ``|date``): a msgid in our catalogue always answers with our text.
    """
    ours = bundled_catalogue(language)
    if ours is None:
        return None
    layered = copy.copy(ours)  # shares the immutable catalogue, with a fallback of its own
    layered.add_fallback(trans_real.translation(language))
    return layered


@contextmanager
def catalogue_active(language):
    """Make ``language``'s package catalogue Django's active translation for the ``with`` body.

    Django offers ``translation.override(code)``, which activates the *global* catalogue of a
    language code; it has no public way to activate a translation object of one's own, and the
    template tags read only the active object (django/templatetags/i18n.py calls
    ``translation.gettext``/``ngettext``/``pgettext``). Rewriting the tags would mean
    reimplementing ``{% blocktranslate %}``'s plural, context, ``asvar`` and ``trimmed`` handling,
    so this sets the object in the very slot ``translation.activate`` uses
    (``trans_real._active``, a per-thread, per-async-task ``asgiref.local.Local``) and puts the
    previous value back afterwards, whatever happens. Languages without a bundled catalogue fall
    back to ``translation.override``.
    """
    catalogue = translations_for(language)
    active = getattr(trans_real, "_active", None)
    if catalogue is None or active is None:
        with translation.override(language):
            yield
        return
    missing = object()
    previous = getattr(active, "value", missing)
    active.value = catalogue
    try:
        yield
    finally:
        if previous is missing:
            del active.value
        else:
            active.value = previous


def translate_like_template(messages, language):
    """``messages`` as ``{% translate variable %}`` renders each in ``language`` (before escaping).

    For a view that would otherwise translate the same few labels once per row of a loop: the
    tag translates a variable's value with percent signs doubled, then restores them
    (django/template/base.py ``Variable.resolve``, django/templatetags/i18n.py ``TranslateNode``).
    """
    with catalogue_active(language):
        return [translation.gettext(str(message).replace("%", "%%")).replace("%%", "%") for message in messages]


@lru_cache(maxsize=256)
def js_catalog(js_source, language):
    """Translations of every ``gettext('...')`` string in ``js_source``, for ``language``.

    Only strings that have a translation in the package's catalogue are included, so an
    English page carries an empty dictionary and the JS falls back to the English source text.
    """
    catalogue = bundled_catalogue(language)
    if catalogue is None:
        return {}
    found = {}
    for match in _JS_GETTEXT.finditer(js_source):
        msgid = re.sub(r"\\(.)", r"\1", match.group("msg"))
        text = catalogue.gettext(msgid)
        if text != msgid:
            found[msgid] = text
    return found


# What Django's ``json_script`` escapes, so the JSON cannot end the <script> element it sits in
# (django/utils/html.py ``_json_script_escapes``).
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@lru_cache(maxsize=256)
def js_catalog_json(js_source, language):
    """:func:`js_catalog` as JSON escaped for a ``<script>`` element: encoded once per page source and
    language (an Arabic catalogue is a few KB, encoded on every view before)."""
    return json.dumps(js_catalog(js_source, language)).translate(JSON_SCRIPT_ESCAPES)


# The fallback half of translations_for() is Django's catalogue, rebuilt when these change.
LOCALE_SETTINGS = frozenset({"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS", "INSTALLED_APPS"})


def clear_caches():
    """Forget the loaded catalogues (tests that rewrite them, or change Django's locale settings)."""
    bundled_catalogue.cache_clear()
    translations_for.cache_clear()
    js_catalog.cache_clear()
    js_catalog_json.cache_clear()
    from . import rendering  # pylint: disable=import-outside-toplevel  (rendering imports this module)
    rendering.clear_template_cache()


def _on_setting_changed(*, setting, **kwargs):
    if setting in LOCALE_SETTINGS:
        clear_caches()


setting_changed.connect(_on_setting_changed, dispatch_uid="ilelln_xblocks.core.i18n")


def format_number(value, digits=None):
    """``value`` with a "." decimal point and Western digits, in every language (``4.67``, never ``4,67``).

    Django's Arabic formats (django/conf/locale/ar/formats.py) write "," for the decimal point, which readers of
    the Western digits these pages use do not expect; every decimal a block shows goes through here instead.
    ``digits`` fixes the places after the point; ``None`` writes the value as Python does (``4.67``, ``1.0``).
    """
    if value is None or value == "":
        return ""
    if digits is None:
        return str(value)
    return f"{float(value):.{int(digits)}f}"


DJANGO_BYTES = ("%(size)d byte", "%(size)d bytes")


def format_file_size(size):
    """A size in bytes as Django's ``filesizeformat`` words it ("%s MB", ...: ours first, as every msgid, then
    Django's catalogue), with the number as :func:`format_number` writes it: ``5.0 MB`` / ``5.0 ميغابايت``, a
    no-break space between them as Django writes it (django/template/defaultfilters.py ``filesizeformat``).
    The browser's ``IlellnCommon.file_size`` (static/common/ilelln_common.js) words a size the same way."""
    try:
        size = float(size)
    except (TypeError, ValueError):
        size = 0
    kib, mib, gib = 1 << 10, 1 << 20, 1 << 30
    if size < kib:  # Django's own msgids, answered by its catalogue (the fallback of ours); the units are ours too
        byte, bytes_ = DJANGO_BYTES
        return avoid_wrapping(translation.ngettext(byte, bytes_, int(size)) % {"size": int(size)})
    unit, scale = ("%s KB", kib) if size < mib else ("%s MB", mib) if size < gib else ("%s GB", gib)
    return avoid_wrapping(translation.gettext(unit) % format_number(round(size / scale, 1), 1))
