"""Live sessions of a module and a learner's progress through its activities, in plain Python.

A course author writes one live session per line::

    workshop | 2026-12-06 10:00 Africa/Cairo | Mapping your library's ICT needs | Cairo Public Library, Hall 2

kind, start (date, time and an IANA time zone, or an ISO 8601 time with an offset),
title, and a place or a link.
"""
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ...core.memo import per_content
from ...core.messages import AuthorError, _
from ...core.time import in_zone, utc_iso

KINDS = {
    "workshop": _("Workshop"),
    "seminar": _("Seminar"),
    "field_visit": _("Field visit"),
    "discussion": _("Group discussion"),
}
_KIND_ALIASES = {"field visit": "field_visit", "field-visit": "field_visit", "group discussion": "discussion"}
_LOCAL_START = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})\s+(\S+)$")


@dataclass(frozen=True)
class Session:
    """One live session: a workshop, seminar, field visit or group discussion."""

    kind: str
    start_text: str
    start: datetime
    title: str
    place: str

    @property
    def is_link(self):
        """Whether the place is an online meeting link."""
        return self.place.startswith(("https://", "http://"))

    @property
    def kind_label(self):
        """The untranslated label of the kind (translate it at render time)."""
        return KINDS[self.kind]

    def to_line(self):
        """The author's one-line form of this session."""
        return join_line(self.kind, self.start_text, self.title, self.place)


def parse_start(text):
    """An aware datetime from ``2026-12-06 10:00 Africa/Cairo`` or ``2026-12-06T10:00+02:00``."""
    text = text.strip()
    local = _LOCAL_START.match(text)
    if local:
        day, clock, zone = local.groups()
        try:
            tzinfo = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise AuthorError(_("'%(zone)s' is not a time zone name such as Africa/Cairo."), zone=zone) from None
        text_to_read, moment_zone = f"{day}T{clock.zfill(5)}", tzinfo
    else:
        text_to_read, moment_zone = text, None
    try:
        moment = datetime.fromisoformat(text_to_read)
    except ValueError:
        raise AuthorError(
            _("'%(start)s' is not a date and time such as 2026-12-06 10:00 Africa/Cairo."), start=text
        ) from None
    if moment_zone is not None:
        moment = moment.replace(tzinfo=moment_zone)
    if moment.tzinfo is None:
        raise AuthorError(_("'%(start)s' needs a time zone, such as Africa/Cairo or +02:00."), start=text)
    return moment


def join_line(kind, start, title, place):
    """The one-line form of a session's four parts."""
    return " | ".join(part.strip() for part in (kind, start, title, place))


def split_line(line):
    """The four parts of a session line; a title may itself contain '|', the place may not."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) > 4:
        parts = parts[:2] + [" | ".join(parts[2:-1]), parts[-1]]
    return tuple(parts + [""] * (4 - len(parts)))


def parse_session(line):
    """A :class:`Session` from one author line; :class:`AuthorError` says what to fix."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) < 4:
        raise AuthorError(
            _("Write four parts separated by '|': kind | start | title | place or link (found %(count)s)."),
            count=len(parts),
        )
    kind, start_text, title, place = split_line(line)
    kind = _KIND_ALIASES.get(kind.lower(), kind.lower())
    if kind not in KINDS:
        raise AuthorError(
            _("'%(kind)s' is not a kind of session. Use one of: %(kinds)s."), kind=parts[0], kinds=", ".join(KINDS)
        )
    if not title:
        raise AuthorError(_("The session needs a title."))
    if not place:
        raise AuthorError(_("The session needs a place or a meeting link."))
    return Session(kind=kind, start_text=start_text, start=parse_start(start_text), title=title, place=place)


@per_content
def parse_sessions(lines):
    """``(sessions sorted by start, errors)`` where each error is ``(line number from 1, AuthorError)``."""
    sessions, errors = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            sessions.append(parse_session(line))
        except AuthorError as error:
            errors.append((number, error))
    sessions.sort(key=lambda session: session.start)
    return sessions, errors


@dataclass(frozen=True)
class ProgressSummary:
    """How far a learner is through a module's activities."""

    total: int
    completed: int
    started: int
    mean_score: float | None

    @property
    def percent(self):
        """Completed activities as a whole percentage (0 when the module has no activities)."""
        return round(100 * self.completed / self.total) if self.total else 0


@per_content
def shown_sessions(lines, time_zone):
    """The parsable sessions as the student view shows them in ``time_zone``: ``(label, title, place, is_link,
    UTC text, local text)`` each, label untranslated (the template translates it), soonest first."""
    shown = []
    for session in parse_sessions(lines)[0]:
        local = in_zone(session.start, time_zone)
        shown.append((session.kind_label, session.title, session.place, session.is_link, utc_iso(session.start),
                       # Shown until the browser rewrites it in the learner's language and zone.
                       f"{local:%Y-%m-%d %H:%M} ({local.tzname()})"))
    return tuple(shown)


@per_content
def paragraphs(text):
    """The paragraphs of an author's text (separated by a blank line), stripped, empty ones left out."""
    return tuple(part.strip() for part in text.split("\n\n") if part.strip())


def summarise_progress(activity_keys, records):
    """A :class:`ProgressSummary` from the module's activity keys and ``{key: (status, score)}`` records."""
    completed = started = 0
    scores = []
    for key in activity_keys:
        status, score = records.get(key, (None, None))
        if status == "completed":
            completed += 1
        elif status == "started":
            started += 1
        if score is not None:
            scores.append(score)
    mean = sum(scores) / len(scores) if scores else None
    return ProgressSummary(total=len(activity_keys), completed=completed, started=started, mean_score=mean)
