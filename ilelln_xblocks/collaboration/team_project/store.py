"""The team project's database work: every write a transaction that starts by writing, every total in SQL.

Transactions begin with their write (an ``INSERT`` or a conditional ``UPDATE``) and any
checks that need no lock run before them, so concurrent requests queue on the database
instead of failing (SQLite) or deadlocking (MySQL). Learners reach their own team only
through :func:`membership`; nothing here takes a team id from a learner for private data. The
student view's reads are :class:`~ilelln_xblocks.core.db.Prepared` (compiled once, keys bound).
"""
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, Exists, F, Max, OuterRef, Q
from django.utils import timezone

from ...core.db import Prepared, upsert
from ...core.db import models as _models
from ...core.handlers import HandlerError
from ...core.i18n import _


def _teams(block_key, voter, showcased):
    """The block's teams (only the showcased ones if asked) by name, with their votes and ``voter``'s (0 or 1)."""
    rows = _models().ProjectTeam.objects.filter(block_key=block_key)
    rows = rows.filter(showcased__isnull=False) if showcased else rows
    return rows.annotate(vote_count=Count("votes"), my_votes=Count("votes", filter=Q(votes__voter=voter))) \
        .order_by("name")


def _view_teams(block_key, learner):
    """The student view's one read: :func:`_teams` (every team while ``learner`` is in none; else the showcased ones
    and their own), each with ``mine`` (the learner's team) and ``waiting`` (the learner is in the pool); the
    learner's membership and pool entry are looked up once, on their unique ``(block_key, learner)`` indexes."""
    models = _models()
    member = models.TeamMember.objects.filter(block_key=block_key, learner=learner)
    rows = _teams(block_key, learner, False).annotate(
        mine=Exists(member.filter(team=OuterRef("pk"))),
        waiting=Exists(models.TeamPoolEntry.objects.filter(block_key=block_key, learner=learner)))
    return rows.filter(Q(showcased__isnull=False) | Q(mine=True) | ~Exists(member))


# one membership and one pool entry per learner and block (unique constraints)
_MEMBERSHIP = Prepared(lambda block_key, learner: _models().TeamMember.objects.select_related("team").filter(
    block_key=block_key, learner=learner), block_key=str, learner=str)
_WAITING = Prepared(lambda block_key, learner: _models().TeamPoolEntry.objects.filter(
    block_key=block_key, learner=learner).values_list("id", flat=True), block_key=str, learner=str)
_MEMBERS = Prepared(lambda team: _models().TeamMember.objects.filter(team_id=team).order_by("learner_name", "learner")
                    .values_list("learner", "learner_name"), team=int)
_UPDATES = Prepared(lambda team: _models().TeamUpdate.objects.filter(team_id=team).order_by("-created", "-pk")[:50],
                    team=int)
_RATINGS = Prepared(lambda block_key, rater: _models().ContributionRating.objects.filter(
    block_key=block_key, rater=rater).values_list("ratee", "score"), block_key=str, rater=str)
_TEAMS = Prepared(lambda block_key, voter: _teams(block_key, voter, False), block_key=str, voter=str)
_SHOWCASES = Prepared(lambda block_key, voter: _teams(block_key, voter, True), block_key=str, voter=str)
_VIEW = Prepared(_view_teams, block_key=str, learner=str)
_COMMENTS = Prepared(lambda teams: _models().ShowcaseComment.objects.filter(team_id__in=teams)
                     .order_by("created", "pk"), teams=[int])


def membership(block_key, learner):
    """The learner's :class:`TeamMember` row (with its team) in this block, or ``None``."""
    if not learner:
        return None
    return _MEMBERSHIP.first(block_key=block_key, learner=learner)


def members_of(team_id):
    """``[(learner, learner_name)]`` of a team, by name."""
    return [(learner, name or learner) for learner, name in _MEMBERS(team=team_id)]


def open_teams(block_key, team_size):
    """Built-in teams of the block that still have room, by name."""
    return list(_models().ProjectTeam.objects.filter(block_key=block_key, external_id="",
                                                     member_count__lt=team_size).order_by("name"))


def create_team(course_key, block_key, name, learner, learner_name):
    """A new built-in team with the learner as its first member."""
    models = _models()
    if membership(block_key, learner):
        raise HandlerError(_("You are already in a team. Leave it first."), status=409)
    try:
        with transaction.atomic():
            team = models.ProjectTeam.objects.create(course_key=course_key, block_key=block_key, name=name,
                                                     member_count=1)
            models.TeamMember.objects.create(team=team, block_key=block_key, learner=learner,
                                             learner_name=learner_name)
    except IntegrityError:
        if models.ProjectTeam.objects.filter(block_key=block_key, name=name).exists():
            raise HandlerError(_("A team with this name exists already. Choose another name."), status=409) from None
        raise HandlerError(_("You are already in a team. Leave it first."), status=409) from None
    models.TeamPoolEntry.objects.filter(block_key=block_key, learner=learner).delete()
    return team


def join_team(block_key, team_id, learner, learner_name, team_size):
    """Add the learner to an open built-in team, never beyond ``team_size`` even under parallel joins."""
    models = _models()
    if membership(block_key, learner):
        raise HandlerError(_("You are already in a team. Leave it first."), status=409)
    try:
        with transaction.atomic():
            grown = models.ProjectTeam.objects.filter(
                pk=team_id, block_key=block_key, external_id="", member_count__lt=team_size,
            ).update(member_count=F("member_count") + 1)
            if not grown:
                exists = models.ProjectTeam.objects.filter(pk=team_id, block_key=block_key).exists()
                raise HandlerError(_("This team is full.") if exists else _("There is no such team."),
                                   status=409 if exists else 404)
            models.TeamMember.objects.create(team_id=team_id, block_key=block_key, learner=learner,
                                             learner_name=learner_name)
    except IntegrityError:
        raise HandlerError(_("You are already in a team. Leave it first."), status=409) from None
    models.TeamPoolEntry.objects.filter(block_key=block_key, learner=learner).delete()


def leave_team(block_key, learner):
    """Take the learner out of their built-in team; the team keeps its charter, plan and updates."""
    models = _models()
    row = membership(block_key, learner)
    if row is None:
        raise HandlerError(_("You are not in a team."), status=409)
    if row.team.external_id:
        raise HandlerError(_("Your team is managed on the course's Teams page."), status=409)
    with transaction.atomic():
        removed, _detail = models.TeamMember.objects.filter(pk=row.pk).delete()
        if removed:
            models.ProjectTeam.objects.filter(pk=row.team_id).update(member_count=F("member_count") - 1)


def ask_for_team(block_key, learner, learner_name):
    """Put the learner in the pool the facilitator groups."""
    if membership(block_key, learner):
        raise HandlerError(_("You are already in a team. Leave it first."), status=409)
    _models().TeamPoolEntry.objects.get_or_create(block_key=block_key, learner=learner,
                                                  defaults={"learner_name": learner_name})


def pool(block_key):
    """``{learner: learner_name}`` of learners waiting to be placed."""
    return dict(_models().TeamPoolEntry.objects.filter(block_key=block_key).values_list("learner", "learner_name"))


def waiting(block_key, learner):
    """Whether the learner is in the pool (the unique ``(block_key, learner)`` index answers)."""
    return bool(_WAITING(block_key=block_key, learner=learner))


def place(course_key, block_key, placements, new_groups, names, team_name, team_size):
    """Write the facilitator's automatic grouping: learners into existing teams, and new teams.

    ``team_name(n)`` names the n-th team of the block. Each placement is its own transaction,
    so a learner who joined a team meanwhile is simply skipped, and a team that filled up
    meanwhile is never pushed past ``team_size``.
    """
    models = _models()
    placed = 0
    for learner, team_id in placements.items():
        try:
            join_team(block_key, team_id, learner, names.get(learner, ""), team_size=team_size)
            placed += 1
        except HandlerError:
            continue
    number = models.ProjectTeam.objects.filter(block_key=block_key).count()
    for group in new_groups:
        number += 1
        while models.ProjectTeam.objects.filter(block_key=block_key, name=team_name(number)).exists():
            number += 1
        with transaction.atomic():
            team = models.ProjectTeam.objects.create(course_key=course_key, block_key=block_key,
                                                     name=team_name(number), member_count=0)
        for learner in group:
            try:
                join_team(block_key, team.pk, learner, names.get(learner, ""), team_size=team_size)
                placed += 1
            except HandlerError:
                continue
    return placed


def sync_platform_team(course_key, block_key, external_id, name, learner, learner_name):
    """Mirror the learner's Open edX team as this block's team; returns the learner's membership row."""
    models = _models()
    team, _created = models.ProjectTeam.objects.get_or_create(
        block_key=block_key, external_id=external_id,
        defaults={"course_key": course_key, "name": (name or external_id)[:100]},
    )
    row = membership(block_key, learner)
    if row and row.team_id == team.pk:
        return row
    with transaction.atomic():
        if row:
            models.TeamMember.objects.filter(pk=row.pk).delete()
            models.ProjectTeam.objects.filter(pk=row.team_id).update(member_count=F("member_count") - 1)
        models.ProjectTeam.objects.filter(pk=team.pk).update(member_count=F("member_count") + 1)
        models.TeamMember.objects.create(team=team, block_key=block_key, learner=learner, learner_name=learner_name)
    return membership(block_key, learner)


CHARTER_FIELDS = {"roles": "charter_roles", "agreements": "charter_agreements"}
PLAN_FIELDS = {"problem": "plan_problem", "community": "plan_community", "partners": "plan_partners",
               "activities": "plan_activities"}


def document(team, kind):
    """The charter or plan of ``team`` as a dict with its ``version``."""
    fields = CHARTER_FIELDS if kind == "charter" else PLAN_FIELDS
    doc = {key: getattr(team, column) for key, column in fields.items()}
    doc["version"] = getattr(team, f"{kind}_version")
    doc["by"] = getattr(team, f"{kind}_by")
    return doc


def save_document(team_id, kind, version, values, by):
    """Save the charter or plan if nobody saved since ``version``: ``(True, new_doc)`` or ``(False, current)``.

    One ``UPDATE ... WHERE id = t AND <kind>_version = n``: of two saves from the same
    version, exactly one lands and the other learns what is there now.
    """
    models = _models()
    fields = CHARTER_FIELDS if kind == "charter" else PLAN_FIELDS
    version_field = f"{kind}_version"
    changes = {column: values[key] for key, column in fields.items()}
    changes.update({version_field: F(version_field) + 1, f"{kind}_by": by, "updated": timezone.now()})
    with transaction.atomic():
        saved = models.ProjectTeam.objects.filter(pk=team_id, **{version_field: version}).update(**changes)
    team = models.ProjectTeam.objects.get(pk=team_id)
    return bool(saved), document(team, kind)


def post_update(team_id, author, author_name, text, evidence_url):
    """A progress update of the team."""
    with transaction.atomic():
        return _models().TeamUpdate.objects.create(team_id=team_id, author=author, author_name=author_name,
                                                   text=text, evidence_url=evidence_url)


def updates_of(team_id, limit=50):
    """The team's latest updates, newest first."""
    if limit == 50:
        return _UPDATES(team=team_id)
    return list(_models().TeamUpdate.objects.filter(team_id=team_id).order_by("-created", "-pk")[:limit])


def publish_showcase(team_id, summary, url):
    """Show (or update) the team's showcase to the cohort."""
    with transaction.atomic():
        _models().ProjectTeam.objects.filter(pk=team_id).update(
            showcase_summary=summary, showcase_url=url, showcased=timezone.now(), updated=timezone.now())


def showcases(block_key, voter=""):
    """Teams that showcased their service, with their vote counts and ``my_votes``, 1 for the one team ``voter``
    voted for (one query; :func:`voted_for` reads it).

    Counting comments too would join votes and comments and multiply the rows by each other.
    """
    return _SHOWCASES(block_key=block_key, voter=voter or "")


def teams(block_key, voter=""):
    """Every team of the block with its vote count and ``voter``'s (``my_votes``), by name (one query on the
    block's name index)."""
    return _TEAMS(block_key=block_key, voter=voter or "")


def view_teams(block_key, learner, ask_pool=True):
    """``(teams, my_team, waiting)`` for the student view of a block with built-in teams, in one query when the block
    has a team: every team by name with its votes and ``learner``'s (``my_votes``) while the learner is in none (then
    ``my_team`` is ``None``), else the showcased teams and the learner's own; ``waiting``: the learner is in the pool
    (the query's rows say it; with no team in the block, a second query asks, if ``ask_pool``)."""
    rows = _VIEW(block_key=block_key, learner=learner)
    if not rows:
        return rows, None, bool(learner and ask_pool) and waiting(block_key, learner)
    return rows, next((team for team in rows if learner and team.mine), None), bool(rows[0].waiting)


def voted_for(teams_read):
    """The team id the voter of :func:`teams` or :func:`showcases` voted for, or ``None``: what :func:`my_vote`
    answers, without its query (a vote is only ever for a showcased team, and showcases stay shown)."""
    return next((team.pk for team in teams_read if team.my_votes), None)


def comments_by_team(team_ids):
    """``{team_id: [comments]}`` on the showcases of ``team_ids`` (the block's own teams), oldest first."""
    found = {}
    rows = _COMMENTS(teams=list(team_ids)) if team_ids else []
    for row in rows:
        found.setdefault(row.team_id, []).append(row)
    return found


def _showcased_team(block_key, team_id):
    team = _models().ProjectTeam.objects.filter(pk=team_id, block_key=block_key, showcased__isnull=False).first()
    if team is None:
        raise HandlerError(_("This team has not shown its project yet."), status=404)
    return team


def comment(block_key, team_id, author, author_name, text):
    """A peer comment on a showcase."""
    team = _showcased_team(block_key, team_id)
    with transaction.atomic():
        return _models().ShowcaseComment.objects.create(team=team, author=author, author_name=author_name, text=text)


def vote(block_key, team_id, voter, own_team_id):
    """The voter's one recognition vote, never for their own team."""
    if own_team_id is not None and int(team_id) == own_team_id:
        raise HandlerError(_("You cannot vote for your own team."), status=403)
    team = _showcased_team(block_key, team_id)
    try:
        with transaction.atomic():
            _models().ShowcaseVote.objects.create(block_key=block_key, voter=voter, team=team)
    except IntegrityError:
        raise HandlerError(_("You have already given your vote."), status=409) from None


def rate(team_id, block_key, rater, ratings):
    """Store (or replace) the rater's ratings of their teammates."""
    models = _models()
    rows = [models.ContributionRating(team_id=team_id, block_key=block_key, rater=rater, ratee=ratee, score=score)
            for ratee, score in ratings.items()]
    with transaction.atomic():
        upsert(models.ContributionRating, rows, ["block_key", "rater", "ratee"], ["score", "team", "updated"])


def my_ratings(block_key, rater):
    """``{ratee: score}`` the rater gave."""
    return dict(_RATINGS(block_key=block_key, rater=rater))


def contribution_averages(block_key):
    """``{(team_id, ratee): (average, count)}``, computed with SQL ``AVG`` (staff only)."""
    rows = (_models().ContributionRating.objects.filter(block_key=block_key)
            .values("team_id", "ratee").annotate(average=Avg("score"), count=Count("id")))
    return {(row["team_id"], row["ratee"]): (row["average"], row["count"]) for row in rows}


def overview(block_key):
    """Every team of the block with its members, update and vote counts (staff only)."""
    models = _models()
    teams = list(models.ProjectTeam.objects.filter(block_key=block_key)
                 .annotate(update_count=Count("updates", distinct=True), vote_count=Count("votes", distinct=True),
                           last_update=Max("updates__created"))
                 .order_by("name"))
    members = {}
    for row in models.TeamMember.objects.filter(block_key=block_key).order_by("learner_name", "learner"):
        members.setdefault(row.team_id, []).append(row)
    return teams, members


def filled(*texts):
    """Whether every text has something in it."""
    return all(str(text or "").strip() for text in texts)

