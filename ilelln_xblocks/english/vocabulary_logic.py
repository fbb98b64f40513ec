"""Vocabulary sets and a Leitner spaced-repetition schedule, in plain Python.

An author writes one term per line::

    interlibrary loan | الإعارة بين المكتبات | Borrowing an item from another library. | We asked for it.

term | Arabic gloss | definition | example sentence (| optional audio address).
"""
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..core.messages import _
from . import checking

# Days until a term in each Leitner box is due again; a known term moves up a box, a missed one back to the first.
INTERVALS = (0, 1, 3, 7, 14)


class TermError(ValueError):
    """A term line an author must fix."""

    def __init__(self, message, **params):
        super().__init__(message % params if params else message)
        self.message = message
        self.params = params


@dataclass(frozen=True)
class Term:
    """One library term with its Arabic gloss."""

    word: str
    gloss: str
    definition: str
    example: str
    audio: str = ""

    def to_line(self):
        """The author's one-line form."""
        parts = [self.word, self.gloss, self.definition, self.example] + ([self.audio] if self.audio else [])
        return " | ".join(parts)


def parse_terms(lines):
    """``(terms, errors)``; errors are ``(line number, TermError)``."""
    terms, errors, seen = [], [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) not in (4, 5) or not all(parts[:4]):
            errors.append((number, TermError(
                _("Write 'term | Arabic gloss | definition | example', with an optional '| audio address'."))))
            continue
        if len(parts) == 5 and parts[4] and not parts[4].startswith(("https://", "http://", "/static/")):
            errors.append((number, TermError(_("The audio must be an https:// address or a /static/ course file."))))
            continue
        if parts[0].lower() in seen:
            errors.append((number, TermError(_("'%(term)s' appears twice."), term=parts[0])))
            continue
        seen.add(parts[0].lower())
        terms.append(Term(*parts[:4], audio=parts[4] if len(parts) == 5 else ""))
    return terms, errors


def check_recall(answer, accepted):
    """A :class:`~checking.Verdict` for a typed recall of a term out of context.

    Any real form of the term counts (``shelves`` for ``shelf``, but not ``shelfs``, and no plural
    of an uncountable noun such as ``informations``), a leading article or "to" is optional, and
    numbers may be written either way; slips are judged word by word as everywhere else.
    """
    accepted = [accepted] if isinstance(accepted, str) else list(accepted)
    return checking.check_answer(answer, accepted, any_form=True, optional_articles=True, numbers=True)


def review(entry, known, today):
    """The new ``{"box": n, "due": "YYYY-MM-DD"}`` of a term after the learner knew it (or not) ``today``."""
    box = min((entry or {}).get("box", 0) + 1, len(INTERVALS) - 1) if known else 0
    return {"box": box, "due": (today + timedelta(days=INTERVALS[box])).isoformat()}


def due_order(words, schedule, today):
    """``words`` ordered for study: due ones first (oldest due first), never-seen next, the rest by due date."""
    today_text = today.isoformat()

    def key(word):
        entry = schedule.get(word)
        if entry is None:
            return (1, "", 0)
        due = entry.get("due", today_text)
        return (0 if due <= today_text else 2, due, entry.get("box", 0))

    return sorted(words, key=key)


def due_count(words, schedule, today):
    """How many of ``words`` are due today or were never studied."""
    today_text = today.isoformat()
    return sum(1 for word in words if schedule.get(word, {}).get("due", today_text) <= today_text)


def mastered_count(words, schedule):
    """How many of ``words`` sit in the last Leitner box."""
    return sum(1 for word in words if schedule.get(word, {}).get("box", 0) == len(INTERVALS) - 1)


def today_utc():
    """Today's date on the server (UTC), the clock the schedule runs on."""
    return datetime.now(UTC).date()
