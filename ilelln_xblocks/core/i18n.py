"""Translation helpers.

Python strings and templates use the ``django`` catalogue in ``ilelln_xblocks/locale``:
Django finds it there because the package is an installed app (the Open edX plugin
framework installs it in the LMS and Studio; the demo settings install it in the
workbench), and the runtime's ``i18n`` service in both runtimes delegates to Django's
translation machinery. Strings built in the browser come from the ``djangojs``
catalogue, handed to each block's JS as a small per-language dictionary.
"""
import gettext
import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils import translation

from .messages import _  # noqa: F401  (re-exported: the marker every block uses)

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_JS_GETTEXT = re.compile(r"""\bgettext\(\s*(?P<q>['"])(?P<msg>(?:\\.|(?!(?P=q)).)*)(?P=q)\s*\)""")


def current_language():
    """The language of the current request (Django's active language), e.g. ``ar`` or ``en``."""
    return translation.get_language() or settings.LANGUAGE_CODE


def text_direction(language):
    """``rtl`` for right-to-left languages such as Arabic, else ``ltr``."""
    base = (language or "").split("-")[0].lower()
    return "rtl" if base in settings.LANGUAGES_BIDI else "ltr"


@lru_cache(maxsize=32)
def _js_translations(language):
    """The compiled ``djangojs`` catalogue for ``language`` (immutable, so cached)."""
    return gettext.translation(
        "djangojs", LOCALE_DIR, languages=[translation.to_locale(language)], fallback=True
    )


@lru_cache(maxsize=256)
def js_catalog(js_source, language):
    """Translations of every ``gettext('...')`` string in ``js_source``, for ``language``.

    Only strings that have a translation are included, so an English page carries an
    empty dictionary and the JS falls back to the English source text.
    """
    catalog = _js_translations(language)
    found = {}
    for match in _JS_GETTEXT.finditer(js_source):
        msgid = re.sub(r"\\(.)", r"\1", match.group("msg"))
        text = catalog.gettext(msgid)
        if text != msgid:
            found[msgid] = text
    return found
