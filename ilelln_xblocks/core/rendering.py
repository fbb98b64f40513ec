"""Template rendering and asset loading, compiled or read once per process.

Templates and assets ship inside the package and never change while a process runs,
so caching them is safe in a multi-process LMS (nothing per-request is cached here).
"""
from functools import cache
from importlib import resources

from django.template import Context, Engine, Library

from .i18n import catalogue_active, current_language, text_direction
from .sanitize import isolate

PACKAGE = "ilelln_xblocks"

# ``{% load ilelln %}``: ``{{ name|isolate }}`` where a learner's name or title sits inside other text.
register = Library()
register.filter("isolate", isolate, is_safe=True)

_ENGINE = Engine(
    libraries={"i18n": "django.templatetags.i18n", "ilelln": __name__},
    autoescape=True,
)


def package_file(path):
    """A packaged file: ``static/...`` from ``ilelln_xblocks.static``, anything else from ``ilelln_xblocks``.

    The repository's top-level ``static/`` is installed as ``ilelln_xblocks/static`` (see setup.py).
    """
    if path.startswith("static/"):
        return resources.files(f"{PACKAGE}.static").joinpath(path[len("static/"):])
    return resources.files(PACKAGE).joinpath(path)


@cache
def asset_text(path):
    """The text of a packaged file, e.g. ``static/module_overview/module_overview.js``."""
    return package_file(path).read_text(encoding="utf-8")


@cache
def _template(name, package):
    """A compiled template from ``<package>/templates``: a block's own, or core's shared ones."""
    return _ENGINE.from_string(resources.files(package).joinpath("templates", name).read_text(encoding="utf-8"))


def render_template(name, context, language=None, package=PACKAGE):
    """Render ``<package>/templates/<name>`` in ``language`` (default: the request's language).

    A block passes its own package (``ilelln_xblocks.english.gap_fill``); core's shared templates
    (the author view, Studio's refusal) live in ``ilelln_xblocks/templates``.

    The context always has ``lang`` and ``dir`` so the block's root element can carry
    ``lang="ar" dir="rtl"`` for Arabic. ``{% translate %}`` and ``{% blocktranslate %}`` answer
    from the package's own catalogue (see :func:`~ilelln_xblocks.core.i18n.catalogue_active`),
    so a platform catalogue with other wording for the same msgid never wins.
    """
    language = language or current_language()
    full = {"lang": language, "dir": text_direction(language)}
    full.update(context)
    with catalogue_active(language):
        return _template(name, package).render(Context(full))
