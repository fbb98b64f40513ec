"""The shape of the course: modules (sections) of units, each unit a list of learning pages and blocks.

Content modules (``content/*.py``) build these objects; ``builder.py`` turns them into an Open
edX course export (OLX) and into workbench scenarios for the demo.
"""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    """Interface text in both languages; ``en`` falls back to the Arabic when not given."""

    ar: str
    en: str = ""

    def get(self, lang):
        """The text in ``lang`` (``ar`` or ``en``)."""
        return self.en if lang == "en" and self.en else self.ar

    def language(self, lang):
        """The language :meth:`get` answers in for ``lang``: the Arabic stands in for missing English."""
        return "en" if lang == "en" and self.en else "ar"


@dataclass(frozen=True)
class Page:
    """A learning page: an HTML component. ``body`` is HTML (Arabic first; English where given)."""

    key: str
    title: Text
    body: Text

    def html(self, lang):
        """The body in ``lang``, in an element that carries its language and direction: an Arabic page stays
        right to left in an English interface, and an English one left to right in an Arabic interface."""
        shown = self.body.language(lang)
        direction = "rtl" if shown == "ar" else "ltr"
        return f'<div lang="{shown}" dir="{direction}">\n{self.body.get(lang).strip()}\n</div>'


@dataclass(frozen=True)
class Block:
    """An ilelln block, written as its OLX (the same OLX an author would import)."""

    olx: str


@dataclass(frozen=True)
class Unit:
    """A unit: one subsection with one page of components. ``graded`` names its assignment type, if any."""

    key: str
    title: Text
    items: tuple
    graded: str = ""


@dataclass(frozen=True)
class Module:
    """A course section: the orientation, one of the five modules, or the capstone."""

    key: str
    title: Text
    units: tuple = field(default_factory=tuple)
