"""Vocabulary sets and an FSRS spaced-repetition schedule kept on the server, in plain Python.

The schedule is FSRS (the ``fsrs`` package, py-fsrs: pure Python, its default parameters, which
beat SM-2 even without fitting them to a learner, per open-spaced-repetition/srs-benchmark). A
flashcard answered "I knew it" is rated Good, "Not yet" Again. Cards are studied in day-sized
sessions: a card not known comes back in the same session (one ten-minute step) and a known one in
whole days; there is no random fuzz, so the learner is told "next review in N days" and the same
answers always give the same dates. Each term's entry
is ``{"card": <fsrs Card as a dict>, "due": "YYYY-MM-DD"}``; entries of the old Leitner schedule
(``{"box": n, "due": ...}``) are migrated when they are next read.

An author writes one term per line::

    interlibrary loan | الإعارة بين المكتبات | Borrowing an item from another library. | We asked for it.

term | Arabic gloss | definition | example sentence (| optional audio address).
"""
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State

from ...core.memo import per_content
from ...core.messages import AuthorError, _
from .. import checking

# The old Leitner boxes' intervals in days, kept to migrate their entries: a term in box n had proved
# itself over about LEITNER_STABILITY[n] days.
INTERVALS = (0, 1, 3, 7, 14)
LEITNER_STABILITY = (None, 1.0, 3.0, 7.0, 21.0)
MASTERED_DAYS = 21   # a term whose memory is stable for three weeks counts as mastered


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


@per_content
def parse_terms(lines):
    """``(terms, errors)``; errors are ``(line number, AuthorError)``."""
    terms, errors, seen = [], [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) not in (4, 5) or not all(parts[:4]):
            errors.append((number, AuthorError(
                _("Write 'term | Arabic gloss | definition | example', with an optional '| audio address'."))))
            continue
        if len(parts) == 5 and parts[4] and not parts[4].startswith(("https://", "/static/")):
            errors.append((number, AuthorError(_("The audio must be an https:// address or a /static/ course file."))))
            continue
        if parts[0].lower() in seen:
            errors.append((number, AuthorError(_("'%(term)s' appears twice."), term=parts[0])))
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


@lru_cache(maxsize=1)
def scheduler():
    """The FSRS scheduler: default parameters and retention; one short step, so "Not yet" comes back today."""
    return Scheduler(learning_steps=(timedelta(minutes=10),), relearning_steps=(timedelta(minutes=10),),
                     enable_fuzzing=False)


def _moment(day):
    """Noon UTC of ``day`` (a date) or ``day`` itself (a datetime): reviews happen on a day."""
    if isinstance(day, datetime):
        return day if day.tzinfo else day.replace(tzinfo=UTC)
    return datetime.combine(day, time(12), tzinfo=UTC)


def migrate(entry):
    """An FSRS entry from an old Leitner one (or an FSRS entry unchanged; ``None`` for an unseen term)."""
    if not entry or "card" in entry:
        return entry or None
    box = min(max(int(entry.get("box", 0)), 0), len(INTERVALS) - 1)
    due = date.fromisoformat(entry.get("due") or today_utc().isoformat())
    if box == 0:
        card = Card(card_id=1, due=_moment(due))
    else:
        stability = LEITNER_STABILITY[box]
        card = Card(card_id=1, state=State.Review, stability=stability, difficulty=5.0, due=_moment(due),
                    last_review=_moment(due - timedelta(days=INTERVALS[box])))
    return {"card": card.to_dict(), "due": due.isoformat()}


def review(entry, known, today):
    """The new entry of a term after the learner knew it (or not) ``today``: ``{"card", "due"}``."""
    entry = migrate(entry)
    card = Card.from_dict(entry["card"]) if entry else Card(card_id=1, due=_moment(today))  # one card per term
    card, _log = scheduler().review_card(card, Rating.Good if known else Rating.Again, _moment(today))
    return {"card": card.to_dict(), "due": card.due.date().isoformat()}


def days_until(entry, today):
    """Whole days from ``today`` to the term's next review (0: today)."""
    entry = migrate(entry)
    if not entry:
        return 0
    return max((date.fromisoformat(entry["due"]) - today).days, 0)


def stability(entry):
    """How many days the learner's memory of the term is expected to last (0 for a new term)."""
    entry = migrate(entry)
    return float((entry or {}).get("card", {}).get("stability") or 0.0)


def due_order(words, schedule, today):
    """``words`` ordered for study: due ones first (oldest due first), never-seen next, the rest by due date."""
    today_text = today.isoformat()

    def key(word):
        entry = schedule.get(word)
        if entry is None:
            return (1, "", 0)
        due = entry.get("due", today_text)
        return (0 if due <= today_text else 2, due, stability(entry))   # the least stable first among equals

    return sorted(words, key=key)


def due_count(words, schedule, today):
    """How many of ``words`` are due today or were never studied."""
    today_text = today.isoformat()
    return sum(1 for word in words if schedule.get(word, {}).get("due", today_text) <= today_text)


def mastered_count(words, schedule):
    """How many of ``words`` the learner should remember for three weeks or more."""
    return sum(1 for word in words if stability(schedule.get(word)) >= MASTERED_DAYS)


def today_utc():
    """Today's date on the server (UTC), the clock the schedule runs on."""
    return datetime.now(UTC).date()
