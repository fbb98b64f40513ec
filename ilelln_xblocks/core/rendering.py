"""Template rendering and asset loading, compiled or read once per process.

Templates and assets ship inside the package and never change while a process runs,
so caching them is safe in a multi-process LMS. Rows rendered by ``{% partial %}`` are kept by
exactly what they show (bounded in size), so they are never stale either.
"""
from collections import OrderedDict
from functools import cache
from importlib import resources
from threading import Lock

from django.template import Context, Engine, Library, Node, TemplateSyntaxError
from django.template.base import TextNode, token_kwargs
from django.template.defaulttags import AutoEscapeControlNode
from django.templatetags.i18n import LanguageNode, TranslateNode
from django.utils.safestring import mark_safe

from .i18n import catalogue_active, current_language, format_file_size, format_number, text_direction
from .sanitize import isolate

PACKAGE = "ilelln_xblocks"

# ``{% load ilelln %}``: ``{{ name|isolate }}`` where a learner's name or title sits inside other text;
# ``{{ mean|number:2 }}`` and ``{{ bytes|file_size }}`` for every decimal shown ("4.67" and "5.0 MB" in Arabic too).
register = Library()
register.filter("isolate", isolate, is_safe=True)
register.filter("number", format_number, is_safe=True)
register.filter("file_size", format_file_size, is_safe=True)


@register.tag
def partial(parser, token):
    """``{% partial "ordering_item.html" text=row.text finished=finished %}``: a small template of the block's,
    rendered once per distinct set of values and language, and reused.

    A list shows the same content to every learner, in rows that vary with few learner values (checked or
    not, finished or not); Django's nodes and escaping for each row are most of a view's time. The rendered
    row depends only on what is passed (the partial sees nothing else of the page: pass ``dom_id`` when it
    needs it), so the cache is keyed by exactly that and never goes stale; values must be hashable (text,
    numbers, booleans, tuples). The tag is compiled once with its names in order (a ``simple_tag`` resolved and
    sorted them on every call: a third of a cached row's cost).

    A trailing ``uncached`` renders the same template each time without keeping it: for a part kept whole while
    it shows only the block's content (every gap empty, nothing rated yet) and rendered afresh once it holds the
    learner's own answers, so both states come from one template.
    """
    bits = token.split_contents()
    keep = bits[-1] != "uncached"
    if not keep:
        bits = bits[:-1]
    if len(bits) < 2 or bits[1][0] not in "'\"" or bits[1][-1] != bits[1][0]:
        raise TemplateSyntaxError('{% partial %} takes a quoted template name, then name=value pairs')
    values = token_kwargs(bits[2:], parser)
    if len(values) != len(bits) - 2:
        raise TemplateSyntaxError(f"{{% partial {bits[1]} %}} takes only name=value pairs after the name")
    return PartialNode(bits[1][1:-1], tuple(sorted(values.items())), keep)


class PartialNode(Node):
    """A compiled ``{% partial %}``: the template's name, its ``(name, value expression)`` pairs in order, and
    whether its rendering is kept."""

    def __init__(self, name, values, keep=True):
        self.name, self.values, self.keep = name, values, keep

    def render(self, context):
        values = tuple((key, value.resolve(context)) for key, value in self.values)
        package, language = context["template_package"], context["lang"]
        if not self.keep:
            return mark_safe(render_template(self.name, dict(values), language, package=package))  # noqa: S308
        return _partial(self.name, package, language, values)


class _Rows:
    """Rendered rows by their key, the least recently used dropped first, ``max_chars`` in all per process; a row
    longer than ``max_row`` (a long post) is rendered each time rather than kept."""

    def __init__(self, max_chars, max_row):
        self.max_chars, self.max_row = max_chars, max_row
        self._rows, self._chars, self._lock = OrderedDict(), 0, Lock()
        self.hits = self.misses = 0

    def get(self, key, render):
        with self._lock:
            html = self._rows.get(key)
            if html is not None:
                self._rows.move_to_end(key)
                self.hits += 1
                return html
            self.misses += 1
        html = render()
        if len(html) <= self.max_row:
            with self._lock:
                if key not in self._rows:
                    self._rows[key] = html
                    self._chars += len(html)
                while self._chars > self.max_chars:
                    self._chars -= len(self._rows.popitem(last=False)[1])
        return html

    def cache_clear(self):
        with self._lock:
            self._rows.clear()
            self._chars = self.hits = self.misses = 0


_ROWS = _Rows(max_chars=4_000_000, max_row=16_000)  # about 8 MB of text at most in each LMS process


def render_partial(name, package, language, **values):
    """``{% partial name a=... %}`` from Python: ``name`` of ``package`` rendered once per ``values`` and language."""
    return _partial(name, package, language, tuple(sorted(values.items())))


def _partial(name, package, language, values):
    return _ROWS.get((name, package, language, values), lambda: mark_safe(  # noqa: S308 (rendered)
        render_template(name, dict(values), language, package=package)))

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
def _template(name, package, language):
    """A compiled template from ``<package>/templates`` (a block's own, or core's shared ones), for ``language``.

    Its fixed strings (``{% translate "..." %}`` of a quoted text, no filter, no ``as``) are
    translated once, here, and kept as plain text: rendering them is the same every time, and
    otherwise each would build and resolve a lazy translation on every view.
    """
    template = _ENGINE.from_string(resources.files(package).joinpath("templates", name).read_text(encoding="utf-8"))
    with catalogue_active(language):
        _translate_fixed_strings(template.nodelist, Context(autoescape=_ENGINE.autoescape))
    return template


def _translate_fixed_strings(nodelist, context):
    for index, node in enumerate(nodelist):
        if isinstance(node, TranslateNode) and _fixed(node):
            nodelist[index] = TextNode(node.render(context))
            continue
        if isinstance(node, (AutoEscapeControlNode, LanguageNode)):  # another escaping or language inside
            continue
        if hasattr(node, "conditions_nodelists"):  # {% if %} keeps a node list per branch
            children = [branch for _condition, branch in node.conditions_nodelists]
        else:
            children = [getattr(node, attr, None) for attr in node.child_nodelists]
        for child in children:
            if child:
                _translate_fixed_strings(child, context)


def _fixed(node):
    """Whether a ``{% translate %}`` renders the same text whatever the context holds."""
    expression, message_context = node.filter_expression, node.message_context
    return (node.asvar is None and not expression.filters and expression.var.literal is not None
            and (message_context is None or (not message_context.is_var and not message_context.filters)))


def clear_template_cache():
    """Compile the templates again (their fixed strings were translated from catalogues that changed)."""
    _template.cache_clear()
    _ROWS.cache_clear()


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
    # No per-value localisation (``use_l10n=False``): numbers shown to people go through ``|number`` (a decimal
    # point in Arabic too, core/i18n.py), and Django's ``localize`` on every other value cost a fifth of a render.
    full = {"lang": language, "dir": text_direction(language), "template_package": package}
    full.update(context)
    with catalogue_active(language):
        return _template(name, package, language).render(Context(full, use_l10n=False))
