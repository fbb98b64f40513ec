"""Competencies, rating scales and growth, in plain Python.

An author writes one competency per line, ``key | module | statement``::

    ict-audit | Module 1: ICT in libraries | I can audit my library's technology against users' needs

The key links the ratings of the start and end checks, so it must stay the same when the
statement's wording changes.
"""
import re
from dataclasses import dataclass

from ...core.memo import per_content
from ...core.messages import AuthorError, _

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
START, END = "start", "end"
PHASES = (START, END)


@dataclass(frozen=True)
class Competency:
    """One competency of the programme, in the module that develops it."""

    key: str
    module: str
    statement: str

    def to_line(self):
        """The author's one-line form."""
        return f"{self.key} | {self.module} | {self.statement}"


def parse_competency(line):
    """A :class:`Competency` from ``key | module | statement``."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 3:
        raise AuthorError(_("Write three parts separated by '|': key | module | statement."))
    key, module, statement = parts
    if not _KEY.match(key):
        raise AuthorError(
            _("'%(key)s' is not a key: use lower-case letters, digits and hyphens, such as ict-audit."), key=key
        )
    if not module or not statement:
        raise AuthorError(_("Each competency needs a module and a statement."))
    return Competency(key, module, statement)


@per_content
def parse_competencies(lines):
    """``(competencies, errors)``; errors are ``(line number, AuthorError)``, duplicate keys included."""
    found, errors, seen = [], [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            competency = parse_competency(line)
        except AuthorError as error:
            errors.append((number, error))
            continue
        if competency.key in seen:
            errors.append((number, AuthorError(_("The key '%(key)s' is used twice."), key=competency.key)))
            continue
        seen.add(competency.key)
        found.append(competency)
    return found, errors


def grouped(competencies):
    """``[(module, [competency, ...]), ...]`` in the order the modules first appear."""
    groups = {}
    for competency in competencies:
        groups.setdefault(competency.module, []).append(competency)
    return list(groups.items())


@dataclass(frozen=True)
class Growth:
    """A learner's start and end ratings of one competency, and the bars that draw them."""

    competency: Competency
    start: int | None
    end: int | None
    scale_size: int

    @property
    def change(self):
        """End minus start, or None until both exist."""
        return None if self.start is None or self.end is None else self.end - self.start

    def bar(self, value, width=100):
        """Length of a bar for ``value`` on a ``width``-wide axis (0 when there is no rating)."""
        return round(width * value / self.scale_size, 1) if value else 0


def growth(competencies, start_ratings, end_ratings, scale_size):
    """One :class:`Growth` per competency from ``{key: rating}`` of each phase."""
    return [
        Growth(competency, start_ratings.get(competency.key), end_ratings.get(competency.key), scale_size)
        for competency in competencies
    ]


def clean_ratings(submitted, competencies, scale_size):
    """``{key: rating}`` keeping only known keys with ratings 1..scale_size; raises on anything else."""
    known = {competency.key for competency in competencies}
    ratings = {}
    for key, value in submitted.items():
        if key not in known:
            raise AuthorError(_("'%(key)s' is not one of this check's competencies."), key=str(key)[:64])
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= scale_size:
            raise AuthorError(_("Ratings go from 1 to %(size)s."), size=scale_size)
        ratings[key] = value
    return ratings
