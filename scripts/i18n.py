"""Extract, update, compile and check the translation catalogues, with Babel (no GNU gettext needed).

    python scripts/i18n.py update   # extract strings, merge into every .po, add the Arabic, compile .mo
    python scripts/i18n.py check    # list strings without an Arabic translation, and stale .mo files

The Arabic text is kept in ``scripts/translations/*.py`` (``AR = {msgid: text}``, with
``(context, msgid)`` as the key for a string marked with a context, and
``PLURALS = {msgid: (six Arabic plural forms)}``), one file per family of blocks, so that
work on different blocks never conflicts in the generated .po files.

One catalogue per language, ``ilelln_xblocks/translations/<lang>/LC_MESSAGES/text.po``
(under version control) compiled to ``text.mo`` beside it: the place and the ``text`` domain
where the platform's XBlock i18n service looks for a block's bundled catalogue before it falls
back to Django's global one (openedx-platform xmodule/modulestore/django.py,
``XBlockI18nService.get_python_locale``). It holds every string: Python, Django templates and
static/js. Django's own lookups (admin labels of the models) find the same compiled file
through ``ilelln_xblocks/locale/<lang>/LC_MESSAGES/django.mo``, a symlink made here.

Templates are turned into Python-like source by Django's own ``templatize`` and read by Babel's
Python extractor, so ``{% translate %}`` and ``{% blocktranslate %}`` are found as Django finds them.
"""
import copy
import io
import os
import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the demo settings (demo/settings.py) live beside the package
PACKAGE = ROOT / "ilelln_xblocks"
TRANSLATIONS = PACKAGE / "translations"
DJANGO_LOCALE = PACKAGE / "locale"
DOMAIN = "text"
LANGUAGES = ("ar", "en")
KEYWORDS = {
    "_": None, "gettext": None, "gettext_noop": None, "gettext_lazy": None,
    "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3),
}


def _python_sources():
    return sorted(path for folder in (PACKAGE, ROOT / "demo") for path in folder.rglob("*.py")
                  if "migrations" not in path.parts)


def _templates():
    return sorted(path for folder in (PACKAGE, ROOT / "demo") for path in folder.rglob("*.html"))


def _scripts():
    return sorted((ROOT / "static").rglob("*.js"))


def _add(catalog, path, method, source):
    for lineno, message, comments, context in extract(method, io.BytesIO(source), KEYWORDS, ["Translators:"], {}):
        catalog.add(message, None, [(str(path.relative_to(ROOT)), lineno)],
                    auto_comments=comments, context=context)


def extract_catalog():
    """The :class:`Catalog` of every string in the sources: Python, templates and static JS."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
    import django  # pylint: disable=import-outside-toplevel
    django.setup()
    from django.utils.translation.template import templatize  # pylint: disable=import-outside-toplevel

    catalog = Catalog(project="ilelln-xblocks", domain=DOMAIN)
    for path in _python_sources():
        _add(catalog, path, "python", path.read_bytes())
    for path in _templates():
        source = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        # templatize keeps the template's indentation, which Python's tokenizer would reject.
        _add(catalog, path, "python", "\n".join(line.lstrip() for line in source.splitlines()).encode())
    for path in _scripts():
        _add(catalog, path, "javascript", path.read_bytes())
    return catalog


def po_path(language):
    """``translations/<language>/LC_MESSAGES/text.po``."""
    return TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_po(language):
    """The catalogue of ``language`` as it is on disk (empty when missing)."""
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="ilelln-xblocks")
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def compiled(catalog):
    """The .mo bytes of ``catalog``."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def arabic_tables():
    """``(singles, plurals)``: every Arabic translation in ``scripts/translations``."""
    singles, plurals = {}, {}
    for path in sorted((ROOT / "scripts" / "translations").glob("*.py")):
        table = runpy.run_path(str(path))
        singles.update(table.get("AR", {}))
        plurals.update(table.get("PLURALS", {}))
    return singles, plurals


def _apply_arabic(catalog):
    """Fill in the Arabic; a msgid with a context (``pgettext``) takes only the entry keyed ``(context, msgid)``,
    so one English word with two meanings ("Not yet" on a flashcard and on a rating scale) gets two translations."""
    singles, plurals = arabic_tables()
    for message in catalog:
        if isinstance(message.id, (list, tuple)):
            key = (message.context, message.id[0]) if message.context else message.id[0]
            if key in plurals:
                message.string = tuple(plurals[key])
        else:
            key = (message.context, message.id) if message.context else message.id
            if key in singles:
                message.string = singles[key]


def django_link(language):
    """``locale/<language>/LC_MESSAGES/django.mo``: where Django's own catalogue search finds the app's."""
    return DJANGO_LOCALE / language / "LC_MESSAGES" / "django.mo"


def _link_target(language):
    return os.path.relpath(po_path(language).with_suffix(".mo"), django_link(language).parent)


def _link_for_django(language):
    link = django_link(language)
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(_link_target(language))


def update():
    """Merge freshly extracted strings into every .po, add the Arabic, then compile each to .mo."""
    template = extract_catalog()
    for language in LANGUAGES:
        catalog = load_po(language)
        catalog.update(copy.deepcopy(template), no_fuzzy_matching=True)
        catalog.obsolete.clear()
        if language == "ar":
            _apply_arabic(catalog)
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, sort_output=False)
        path.with_suffix(".mo").write_bytes(compiled(catalog))
        _link_for_django(language)
        print(f"{path.relative_to(ROOT)}: {len(catalog)} strings")


def untranslated(language="ar"):
    """``[(domain, msgid)]`` of extracted strings with no (or a fuzzy) translation in ``language``."""
    missing = []
    catalog = load_po(language)
    for message in extract_catalog():
        if not message.id:
            continue
        existing = catalog.get(message.id, context=message.context)
        strings = existing.string if existing else None
        values = strings if isinstance(strings, (list, tuple)) else [strings]
        if existing is None or existing.fuzzy or not all(values):
            missing.append((DOMAIN, message.id if isinstance(message.id, str) else message.id[0]))
    return missing


def _plain(value):
    return tuple(value) if isinstance(value, (list, tuple)) else value


def stale_mo_files():
    """Compiled files that differ from their .po, and Django links that do not point at them."""
    stale = []
    for language in LANGUAGES:
        mo_path = po_path(language).with_suffix(".mo")
        if not mo_path.exists():
            stale.append(str(mo_path.relative_to(ROOT)))
            continue
        with mo_path.open("rb") as handle:
            on_disk = {(_plain(m.id), m.context): _plain(m.string) for m in read_mo(handle)
                       if m.id and m.string and any(_plain(m.string)) and _plain(m.string) != _plain(m.id)}
        expected = {(_plain(m.id), m.context): _plain(m.string) for m in load_po(language)
                    if m.id and m.string and any(_plain(m.string)) and not m.fuzzy
                    and _plain(m.string) != _plain(m.id)}  # a text the same in Arabic ("%(field)s: ...")
        if on_disk != expected:
            stale.append(str(mo_path.relative_to(ROOT)))
        link = django_link(language)
        if not link.is_symlink() or os.readlink(link) != _link_target(language):
            stale.append(str(link.relative_to(ROOT)))
    return stale


def main(argv):
    """Command line entry point."""
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
        return 0
    missing, stale = untranslated(), stale_mo_files()
    for domain, msgid in missing:
        print(f"untranslated ({domain}): {msgid}")
    for path in stale:
        print(f"stale: {path} (run: make translations)")
    return 1 if missing or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
