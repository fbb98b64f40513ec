"""Discussion board rules in plain Python: participation, edit windows, names, tags and page cursors.

No Django or XBlock import here: the block and its store call these functions, and the
unit tests check them with tables of cases.
"""
import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from ...core.messages import _

NEWEST, HELPFUL = "newest", "helpful"
SORTS = (NEWEST, HELPFUL)
REACTIONS = ("helpful", "insightful")
COURSE, COHORT, TEAM = "course", "cohort", "team"
SCOPES = (COURSE, COHORT, TEAM)
ANONYMITY_OFF, ANONYMITY_OPTIONAL, ANONYMITY_ALWAYS = "off", "optional", "always"
ANONYMITY = (ANONYMITY_OFF, ANONYMITY_OPTIONAL, ANONYMITY_ALWAYS)
TAG = re.compile(r"^[\w\u0600-\u06FF][\w\u0600-\u06FF -]{0,39}$")
MAX_TAGS_PER_POST = 5


class CursorError(ValueError):
    """A page cursor that this board did not give out."""


@dataclass(frozen=True)
class Rule:
    """The author's participation rule: this many threads and this many replies complete the activity."""

    threads: int = 1
    replies: int = 2

    def fraction(self, threads, replies):
        """Completion from 0 to 1: each required post counts the same; posts beyond the rule add nothing."""
        needed = max(self.threads, 0) + max(self.replies, 0)
        if needed == 0:
            return 1.0 if threads + replies else 0.0
        done = min(threads, max(self.threads, 0)) + min(replies, max(self.replies, 0))
        return done / needed

    def complete(self, threads, replies):
        """Whether the rule is met."""
        return self.fraction(threads, replies) >= 1.0


def can_change(created, now, window_minutes):
    """Whether a post made at ``created`` may still be edited or deleted by its author at ``now``.

    A window of 0 minutes means posts can never be changed once made; a negative one is
    treated as 0.
    """
    return window_minutes > 0 and now - created <= timedelta(minutes=window_minutes)


def minutes_left(created, now, window_minutes):
    """Whole minutes left in the edit window (0 when closed)."""
    if not can_change(created, now, window_minutes):
        return 0
    remaining = timedelta(minutes=window_minutes) - (now - created)
    return max(1, int(remaining.total_seconds() // 60))


def shown_name(*, anonymous, participant, username, viewer_is_staff, viewer_is_author):
    """What a reader sees as a post's author: the username, or ``("Participant", n)`` to peers of an anonymous post.

    Returns ``(name, is_alias)``: for an alias the caller formats the translated
    "Participant %(number)s" with ``participant``. Staff always see the username.
    """
    if anonymous and not viewer_is_staff and not viewer_is_author:
        return participant, True
    return username, False


def clean_tags(values, allowed):
    """The author-defined tags a post may carry: known tags only, in the author's order, without repeats.

    Raises ``ValueError`` with an untranslated message naming the problem.
    """
    allowed = list(allowed)
    chosen = []
    for value in values or ():
        if not isinstance(value, str) or value.strip() not in allowed:
            raise ValueError(_("Choose tags from the list the author made."))
        if value.strip() not in chosen:
            chosen.append(value.strip())
    if len(chosen) > MAX_TAGS_PER_POST:
        raise ValueError(_("Choose at most five tags."))
    return [tag for tag in allowed if tag in chosen]


def tag_problems(tags):
    """Problems with the author's tag list, as untranslated messages with ``%(tag)s``: ``[(message, tag)]``."""
    problems, seen = [], set()
    for tag in tags:
        if not TAG.match(tag or "") or "," in tag:
            problems.append((_("'%(tag)s' is not a tag: use letters, digits, spaces or '-' (40 at most)."), tag))
        elif tag.lower() in seen:
            problems.append((_("The tag '%(tag)s' appears twice."), tag))
        seen.add((tag or "").lower())
    return problems


def tags_text(tags):
    """Tags stored as ``,a,b,`` so one ``LIKE '%,a,%'`` finds posts with tag ``a``."""
    return "," + ",".join(tags) + "," if tags else ""


def tags_list(text):
    """The tags stored by :func:`tags_text`."""
    return [tag for tag in (text or "").split(",") if tag]


def encode_cursor(sort, row):
    """An opaque cursor after ``row`` for ``sort``.

    ``row`` is ``(pinned, created, id)`` for *newest* and ``(helpful_count, id)`` for
    *helpful*: the values of the last post on the page, which the next page starts after.
    """
    if sort == NEWEST:
        pinned, created, post_id = row
        text = f"n|{int(bool(pinned))}|{created.isoformat()}|{int(post_id)}"
    elif sort == HELPFUL:
        helpful, post_id = row
        text = f"h|{int(helpful)}|{int(post_id)}"
    else:
        raise CursorError(sort)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(sort, cursor):
    """The row values encoded by :func:`encode_cursor`, checked; raises :class:`CursorError`."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        parts = text.split("|")
        if sort == NEWEST and parts[0] == "n" and len(parts) == 4 and parts[1] in ("0", "1"):
            created = datetime.fromisoformat(parts[2])
            if created.tzinfo is None:
                raise ValueError(parts[2])
            return (parts[1] == "1", created, _positive(parts[3]))
        if sort == HELPFUL and parts[0] == "h" and len(parts) == 3:
            return (_positive(parts[1], zero=True), _positive(parts[2]))
    except (binascii.Error, UnicodeDecodeError, ValueError, IndexError):
        pass
    raise CursorError(cursor)


def _positive(text, zero=False):
    if not text.isdigit() or (int(text) == 0 and not zero):
        raise ValueError(text)
    return int(text)


def settings_problems(*, prompt, scope, anonymity, edit_minutes, page_size, rule, tags):
    """Untranslated messages (with params) about the author's settings, for Studio."""
    problems = []
    if not (prompt or "").strip():
        problems.append((_("Write the prompt for the learners."), {}))
    if scope not in SCOPES:
        problems.append((_("Scope must be course, cohort or team."), {}))
    if anonymity not in ANONYMITY:
        problems.append((_("Anonymity must be off, optional or always."), {}))
    if not 0 <= edit_minutes <= 10080:
        problems.append((_("The edit window must be between 0 and 10080 minutes (a week)."), {}))
    if not 5 <= page_size <= 100:
        problems.append((_("Posts per page must be between 5 and 100."), {}))
    if rule.threads < 0 or rule.replies < 0:
        problems.append((_("The participation rule cannot ask for a negative number of posts."), {}))
    for message, tag in tag_problems(tags):
        problems.append((message, {"tag": tag}))
    return problems
