"""The thinking behind the team project, in plain Python: grouping, plan checks, evidence links, team status.

Nothing here imports Django or XBlock, so every rule is unit tested directly.
"""
import datetime
import math
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...core.messages import AuthorError, _

MAX_ACTIVITIES = 20
RATING_MIN, RATING_MAX = 1, 5

# Team status, from forming to showcased; the facilitator view shows the step each team has reached.
FORMING, CHARTERED, PLANNED, RUNNING, SHOWCASED = "forming", "chartered", "planned", "running", "showcased"
STATUS_LABELS = {
    FORMING: _("Forming"),
    CHARTERED: _("Charter agreed"),
    PLANNED: _("Plan ready"),
    RUNNING: _("Service running"),
    SHOWCASED: _("Showcased"),
}


# ----- grouping ------------------------------------------------------------------------------------------


def new_team_count(pool_size, free_places, team_size):
    """How many new teams are needed for ``pool_size`` learners once existing free places are used."""
    if team_size < 1:
        raise ValueError("team_size must be at least 1")
    return max(0, math.ceil((pool_size - free_places) / team_size))


def group_learners(pool, open_teams, team_size):
    """Place every learner of ``pool`` in a team, keeping team sizes balanced.

    ``open_teams`` maps an existing team id to its current size. Returns
    ``(placements, new_groups)``: ``{learner: team_id}`` for learners put in existing teams,
    and a list of lists of learners, one per new team. The fewest new teams are made; each
    learner goes to the smallest team that still has room (existing teams first on a tie),
    so no team passes ``team_size`` and the teams filled here differ by at most one member
    wherever the existing teams allow it.
    """
    pool = sorted(dict.fromkeys(pool))
    existing = sorted((team for team, size in open_teams.items() if size < team_size), key=str)
    sizes = {team: open_teams[team] for team in existing}
    free = sum(team_size - size for size in sizes.values())
    groups = [[] for _ in range(new_team_count(len(pool), free, team_size))]
    placements = {}
    for learner in pool:
        candidates = [(sizes[team], 0, order) for order, team in enumerate(existing) if sizes[team] < team_size]
        candidates += [(len(group), 1, order) for order, group in enumerate(groups) if len(group) < team_size]
        _size, kind, order = min(candidates)
        if kind == 0:
            placements[learner] = existing[order]
            sizes[existing[order]] += 1
        else:
            groups[order].append(learner)
    return placements, groups


# ----- plan and evidence -----------------------------------------------------------------------------------


def check_url(url):
    """``url`` stripped, if it is an http or https link with a host; raises :class:`AuthorError` otherwise."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise AuthorError(_("Evidence links must start with http:// or https://.")) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(ch.isspace() for ch in url):
        raise AuthorError(_("Evidence links must start with http:// or https://."))
    return url


@dataclass(frozen=True)
class Activity:
    """One activity of the action plan: what, who, by when, and whether it is done."""

    title: str
    owner: str
    due: str  # ISO date, or "" when not yet set
    done: bool = False

    def as_dict(self):
        """JSON-ready form."""
        return {"title": self.title, "owner": self.owner, "due": self.due, "done": self.done}


def clean_activities(items, members=None):
    """The plan's activities as :class:`Activity` objects, in date order; raises :class:`AuthorError`.

    Each item is a dict with ``title`` (required), ``owner`` (a team member's name when
    ``members`` is given), ``due`` (``YYYY-MM-DD``) and ``done``. Empty rows are dropped.
    """
    if not isinstance(items, list):
        raise AuthorError(_("The activities must be a list."))
    activities = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise AuthorError(_("Activity %(number)s is not valid."), number=number)
        title = str(item.get("title") or "").strip()
        owner = str(item.get("owner") or "").strip()
        due = str(item.get("due") or "").strip()
        if not (title or owner or due):
            continue
        if not title or len(title) > 300 or len(owner) > 150:
            raise AuthorError(_("Activity %(number)s needs a title (up to 300 characters)."), number=number)
        if due:
            try:
                due = datetime.date.fromisoformat(due).isoformat()
            except ValueError:
                raise AuthorError(_("Activity %(number)s: write the date as YYYY-MM-DD."), number=number) from None
        if owner and members is not None and owner not in members:
            raise AuthorError(_("Activity %(number)s: the owner must be a member of the team."), number=number)
        activities.append(Activity(title, owner, due, bool(item.get("done"))))
    if len(activities) > MAX_ACTIVITIES:
        raise AuthorError(_("A plan can have at most %(limit)s activities."), limit=MAX_ACTIVITIES)
    return sorted(activities, key=lambda activity: (activity.due or "9999-12-31", activity.title))


def milestones_done(activities):
    """``(done, total)`` for a list of activity dicts."""
    return sum(1 for item in activities if item.get("done")), len(activities)


def team_status(charter_filled, plan_filled, updates, showcased):
    """Where a team is in the project, as one of the status keys."""
    if showcased:
        return SHOWCASED
    if plan_filled and updates:
        return RUNNING
    if plan_filled:
        return PLANNED
    if charter_filled:
        return CHARTERED
    return FORMING


def clean_ratings(ratings, teammates):
    """``{member: score}`` checked against the rater's teammates; raises :class:`AuthorError`."""
    if not isinstance(ratings, dict) or not ratings:
        raise AuthorError(_("Rate each of your teammates from 1 to 5."))
    unknown = set(ratings) - set(teammates)
    if unknown:
        raise AuthorError(_("You can rate only the other members of your team."))
    cleaned = {}
    for member, score in ratings.items():
        if isinstance(score, bool) or not isinstance(score, int) or not RATING_MIN <= score <= RATING_MAX:
            raise AuthorError(_("Rate each of your teammates from 1 to 5."))
        cleaned[member] = score
    return cleaned
