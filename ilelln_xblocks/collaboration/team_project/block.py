"""``ilelln_team_project``: a team designs a new library service and runs it: charter, plan, updates, showcase."""
import logging

from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Boolean, Float, Integer, List, Scope, String
from xblock.validation import ValidationMessage

from ...core import compat, fields, keys
from ...core.base import IlellnBlockMixin
from ...core.export import csv_response
from ...core.handlers import HandlerError, json_handler, raw_handler
from ...core.i18n import _
from ...core.olx import ReadableOLXMixin
from ...core.sanitize import plain_name
from ...core.studio import IlellnStudioMixin
from . import forms, logic, store
from .scenarios import team_project_scenarios

log = logging.getLogger(__name__)


@XBlock.wants("teams")
class TeamProjectBlock(ReadableOLXMixin, IlellnStudioMixin, CompletableXBlockMixin, IlellnBlockMixin, XBlock):
    """A team workspace with a versioned charter and plan, updates, a showcase with votes, and private ratings."""

    block_name = "team_project"
    ilelln_activity = True

    display_name = fields.display_name(_("Team project: a new library service"))
    brief = String(display_name=_("Project brief"),
                   help=_("What the teams design and run in their libraries, and what they hand in."),
                   scope=Scope.content, default="", multiline_editor=True)
    roles = List(display_name=_("Suggested roles"), help=_("Roles a team can share out in its charter, one per item."),
                 scope=Scope.content, default=[])
    team_size = Integer(display_name=_("Team size"),
                        help=_("The most members a team can have (built-in teams only)."),
                        scope=Scope.settings, default=4)
    teamset_id = String(display_name=_("Open edX team-set id"),
                        help=_("Use the course's Teams (this team-set) instead of built-in teams; empty for "
                               "built-in teams."), scope=Scope.settings, default="")
    ratings_open = Boolean(display_name=_("Contribution ratings open"),
                           help=_("Let team members rate each other's contribution (usually at the end)."),
                           scope=Scope.settings, default=True)

    progress_level = Float(help=_("How far the learner has come: 0.25 in a team, 0.5 planning, 0.75 reporting, "
                                  "1 after rating their teammates."), scope=Scope.user_state, default=0.0)

    editable_fields = ("display_name", "brief", "roles", "team_size", "teamset_id", "ratings_open")
    olx_lists = (("roles", "role"),)
    olx_texts = (("brief", "brief"),)

    # ----- who is in which team ------------------------------------------------------------------------------

    @property
    def course_key(self):
        """The course key as text."""
        return keys.course_key_of(self)

    def _platform_membership(self):
        """The learner's Open edX team mirrored as a block team, or ``None`` (no teams, or not in a team)."""
        if not self.teamset_id or not self.identity.anonymous_id:
            return None
        teams = self.runtime.service(self, "teams")
        user = compat.django_user(self, self.identity.anonymous_id) if teams is not None else None
        if user is None:
            return None
        try:
            team = teams.get_team(user, self.course_key, self.teamset_id)
        except Exception:  # pylint: disable=broad-except
            log.warning("Teams service failed for %s; the learner sees no team until it answers",
                        self.block_key, exc_info=True)
            return None
        if team is None:
            return None
        if self.identity.read_only:  # viewing as a learner: show the mirror as it is, change nothing
            return store.membership(self.block_key, self.identity.anonymous_id)
        return store.sync_platform_team(self.course_key, self.block_key, str(team.team_id), team.name,
                                        self.identity.anonymous_id, self.identity.username or "")

    def platform_teams(self):
        """Whether this block uses the course's Open edX teams (a team-set id and a teams service)."""
        return bool(self.teamset_id) and self.runtime.service(self, "teams") is not None

    def my_membership(self):
        """The caller's membership row (with its team), or ``None``."""
        if self.platform_teams():
            return self._platform_membership()
        return store.membership(self.block_key, self.identity.anonymous_id)

    def _my_team(self):
        row = self.my_membership()
        if row is None:
            raise HandlerError(_("Join a team first."), status=403)
        return row.team

    def _advance(self, fraction):
        """Publish completion when the learner reaches a further step (completion never goes back)."""
        if fraction > self.progress_level:
            self.progress_level = fraction
            self.record_completion(fraction)

    def _built_in_only(self):
        if self.platform_teams():
            raise HandlerError(_("Your team is managed on the course's Teams page."), status=409)

    # ----- views -----------------------------------------------------------------------------------------------

    def workspace(self, team):
        """The private workspace of ``team``: only its members and staff may see this."""
        members = store.members_of(team.pk)
        ratings = store.my_ratings(self.block_key, self.identity.anonymous_id)
        return {
            "team": {"id": team.pk, "name": team.name, "platform": bool(team.external_id)},
            "members": [{"id": learner, "name": name} for learner, name in members],
            "charter": store.document(team, "charter"),
            "plan": store.document(team, "plan"),
            "updates": [{"author": row.author_name or row.author, "text": row.text, "evidence_url": row.evidence_url,
                         "created": row.created.isoformat()} for row in store.updates_of(team.pk)],
            "showcase": {"summary": team.showcase_summary, "url": team.showcase_url, "shown": bool(team.showcased)},
            "my_ratings": {learner: ratings[learner] for learner, _name in members if learner in ratings},
        }

    def _status(self, team, update_count):
        return logic.team_status(store.filled(team.charter_roles, team.charter_agreements),
                                 store.filled(team.plan_problem) and bool(team.plan_activities),
                                 update_count, bool(team.showcased))

    def staff_overview(self):
        """Every team with its status, members and contribution averages (staff only)."""
        teams, members = store.overview(self.block_key)
        averages = store.contribution_averages(self.block_key)
        rows = []
        for team in teams:
            done, total = logic.milestones_done(team.plan_activities)
            status = self._status(team, team.update_count)
            rows.append({
                "team": team, "status": status, "status_label": self.gettext(logic.STATUS_LABELS[status]),
                "milestones": f"{done}/{total}",
                "members": [{"id": row.learner, "name": row.learner_name or row.learner,
                             "average": averages.get((team.pk, row.learner), (None, 0))[0],
                             "ratings": averages.get((team.pk, row.learner), (None, 0))[1]}
                            for row in members.get(team.pk, [])],
            })
        return rows

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The learner's team workspace (or the ways to find a team), the showcases, and for staff every team."""
        who, platform = self.identity, self.platform_teams()
        if platform:  # the Open edX team first (mirrored here), then the showcases with the learner's vote
            row = self._platform_membership() if who.anonymous_id else None
            mine, waiting = row.team if row else None, False
            teams = store.showcases(self.block_key, who.anonymous_id or "")
        else:  # one read: the teams (all while the learner has none), theirs, their vote, whether they wait
            teams, mine, waiting = store.view_teams(self.block_key, who.anonymous_id or "", not who.is_staff)
        finding = not mine and not platform
        shows = [team for team in teams if team.showcased is not None]
        comments = store.comments_by_team([team.pk for team in shows]) if shows else {}  # only showcases have them
        pool = store.pool(self.block_key) if who.is_staff else {}
        team_size, ratings_open = self.team_size, self.ratings_open  # a field read costs a few µs: once each
        can_vote = bool(who.anonymous_id) and not who.is_staff
        context = {
            "who": who, "signed_in": bool(who.anonymous_id),
            "display_name": self.display_name, "brief": self.brief, "roles": tuple(self.roles),
            "team_size": team_size, "ratings_open": ratings_open, "platform": platform,
            "workspace": self.workspace(mine) if mine else None,
            "open_teams": tuple((team.pk, team.name, team.member_count) for team in teams if finding
                                and not team.external_id and team.member_count < team_size),
            "waiting": bool(who.anonymous_id) and finding and (who.anonymous_id in pool if who.is_staff else waiting),
            # A showcase's row (rendered once per distinct values): its content, and whether this learner may vote.
            "showcases": [{"team": team, "comments": tuple((c.author_name or c.author, c.text)
                                                           for c in comments.get(team.pk, [])),
                           "can_vote": can_vote and not (mine and mine.pk == team.pk)} for team in shows],
            "my_vote": store.voted_for(shows) if who.anonymous_id else None,
            "staff": self.staff_overview() if who.is_staff else None, "pool": pool,
            "csv_url": self.runtime.handler_url(self, "teams_csv") if who.is_staff else "",
        }
        init = {"workspace": context["workspace"], "ratings_open": ratings_open}
        return self.render_fragment(context, init)

    def _refreshed(self, message, **answer):
        """A handler's ``answer`` with its message, the block as it is now (``html``) and the caller's workspace,
        so the page shows the change in place instead of reloading."""
        row = self.my_membership()
        return dict(answer, message=message, html=self.student_view().content,
                    workspace=self.workspace(row.team) if row else None)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The brief and team settings, for the mobile apps (no learner bound)."""
        return {
            "display_name": self.display_name, "brief": self.brief, "roles": list(self.roles),
            "team_size": self.team_size,
        }

    def user_state_data(self):
        """The learner's workspace and the cohort's showcases."""
        row = self.my_membership()
        return {
            "platform_teams": self.platform_teams(),
            "workspace": self.workspace(row.team) if row else None,
            "showcases": [{"id": team.pk, "name": team.name, "summary": team.showcase_summary,
                           "url": team.showcase_url, "votes": team.vote_count}
                          for team in store.showcases(self.block_key)],
        }

    # ----- forming teams ----------------------------------------------------------------------------------------

    @json_handler(form=forms.NameForm)
    def create_team(self, data, suffix=""):  # pylint: disable=unused-argument
        """Start a new team with the caller in it."""
        self._built_in_only()
        name = plain_name(data["name"])
        if not name:
            raise HandlerError(_("Give your team a name."))
        team = store.create_team(self.course_key, self.block_key, name, self.identity.anonymous_id,
                                 self.identity.username or "")
        self._advance(0.25)
        return self._refreshed(self.gettext(_("Your team is ready.")), team=team.pk)

    @json_handler(form=forms.TeamForm)
    def join_team(self, data, suffix=""):  # pylint: disable=unused-argument
        """Join an open team of this block."""
        self._built_in_only()
        store.join_team(self.block_key, data["team"], self.identity.anonymous_id, self.identity.username or "",
                        self.team_size)
        self._advance(0.25)
        return self._refreshed(self.gettext(_("You joined the team.")), team=data["team"])

    @json_handler(form=forms.EmptyForm)
    def leave_team(self, data, suffix=""):  # pylint: disable=unused-argument
        """Leave the caller's team."""
        self._built_in_only()
        store.leave_team(self.block_key, self.identity.anonymous_id)
        return self._refreshed(self.gettext(_("You left the team.")))

    @json_handler(form=forms.EmptyForm)
    def find_me_a_team(self, data, suffix=""):  # pylint: disable=unused-argument
        """Ask the facilitator to place the caller in a team."""
        self._built_in_only()
        store.ask_for_team(self.block_key, self.identity.anonymous_id, self.identity.username or "")
        return self._refreshed(self.gettext(_("The facilitator will place you in a team.")))

    @json_handler(form=forms.EmptyForm, staff_only=True)
    def auto_group(self, data, suffix=""):  # pylint: disable=unused-argument
        """Place every waiting learner: open teams first, then new teams of balanced size."""
        self._built_in_only()
        waiting = store.pool(self.block_key)
        sizes = {team.pk: team.member_count for team in store.open_teams(self.block_key, self.team_size)}
        placements, groups = logic.group_learners(list(waiting), sizes, self.team_size)
        label = self.gettext(_("Team %(number)s"))
        placed = store.place(self.course_key, self.block_key, placements, groups, waiting,
                             lambda number: label % {"number": number}, self.team_size)
        return self._refreshed(self.gettext(_("%(placed)s learners placed in teams.")) % {"placed": placed},
                               placed=placed, new_teams=len(groups))

    # ----- the private workspace ----------------------------------------------------------------------------------

    @json_handler(form=forms.EmptyForm, writes=False)
    def get_workspace(self, data, suffix=""):  # pylint: disable=unused-argument
        """The caller's own team workspace, fresh from the database."""
        return {"workspace": self.workspace(self._my_team())}

    def _save(self, kind, data, values):
        team = self._my_team()
        saved, current = store.save_document(team.pk, kind, data["version"], values, self.identity.username or "")
        if not saved:
            raise HandlerError(
                _("A teammate saved a newer version while you were editing. Your text is kept on this page: "
                  "compare it with theirs, then save again."),
                status=409, extra={"current": current},
            )
        self._advance(0.5)
        return {"saved": current, "message": self.gettext(_("Saved. Your team sees it now."))}

    @json_handler(form=forms.CharterForm)
    def save_charter(self, data, suffix=""):  # pylint: disable=unused-argument
        """Save the charter unless a teammate saved since the caller's version (then 409 with theirs)."""
        return self._save("charter", data, {"roles": data["roles"], "agreements": data["agreements"]})

    @json_handler(form=forms.PlanForm)
    def save_plan(self, data, suffix=""):  # pylint: disable=unused-argument
        """Save the action plan unless a teammate saved since the caller's version (then 409 with theirs)."""
        team = self._my_team()
        names = {name for _learner, name in store.members_of(team.pk)}
        try:
            activities = logic.clean_activities(data["activities"] or [], names)
        except logic.AuthorError as error:
            raise HandlerError(error.message, fields={"activities": [self.gettext(error.message) % error.params]},
                               **error.params) from None
        values = {"problem": data["problem"], "community": data["community"], "partners": data["partners"],
                  "activities": [activity.as_dict() for activity in activities]}
        return self._save("plan", data, values)

    @json_handler(form=forms.UpdateForm)
    def post_update(self, data, suffix=""):  # pylint: disable=unused-argument
        """Add a progress update with an optional http(s) evidence link."""
        team = self._my_team()
        url = self._url(data["evidence_url"], "evidence_url")
        if not data["text"].strip():
            raise HandlerError(_("Write what your team did."))
        store.post_update(team.pk, self.identity.anonymous_id, self.identity.username or "", data["text"], url)
        self._advance(0.75)
        return self._refreshed(self.gettext(_("Update posted.")))

    def _url(self, url, field):
        try:
            return logic.check_url(url)
        except logic.AuthorError as error:
            raise HandlerError(error.message, fields={field: [self.gettext(error.message)]}) from None

    # ----- showcase, votes and ratings ---------------------------------------------------------------------------

    @json_handler(form=forms.ShowcaseForm)
    def publish_showcase(self, data, suffix=""):  # pylint: disable=unused-argument
        """Show the team's service to the cohort."""
        team = self._my_team()
        url = self._url(data["url"], "url")
        store.publish_showcase(team.pk, data["summary"].strip(), url)
        return self._refreshed(self.gettext(_("Your showcase is visible to the cohort.")))

    @json_handler(form=forms.CommentForm)
    def comment(self, data, suffix=""):  # pylint: disable=unused-argument
        """Comment on a team's showcase."""
        if not data["text"].strip():
            raise HandlerError(_("Write your comment first."))
        store.comment(self.block_key, data["team"], self.identity.anonymous_id, self.identity.username or "",
                      data["text"].strip())
        return self._refreshed(self.gettext(_("Comment posted.")))

    @json_handler(form=forms.TeamForm)
    def vote(self, data, suffix=""):  # pylint: disable=unused-argument
        """The caller's one recognition vote, for another team's showcase."""
        row = self.my_membership()
        store.vote(self.block_key, data["team"], self.identity.anonymous_id, row.team_id if row else None)
        return self._refreshed(self.gettext(_("Thank you: your vote is counted.")))

    @json_handler(form=forms.RatingsForm)
    def rate(self, data, suffix=""):  # pylint: disable=unused-argument
        """Rate each teammate's contribution, privately; completes the activity."""
        if not self.ratings_open:
            raise HandlerError(_("Contribution ratings are not open yet."), status=409)
        team = self._my_team()
        teammates = [learner for learner, _name in store.members_of(team.pk)
                     if learner != self.identity.anonymous_id]
        try:
            ratings = logic.clean_ratings(data["ratings"], teammates)
        except logic.AuthorError as error:
            raise HandlerError(error.message) from None
        store.rate(team.pk, self.block_key, self.identity.anonymous_id, ratings)
        self._advance(1.0)
        return {"message": self.gettext(_("Thank you. Only the facilitators see the ratings."))}

    # ----- facilitator -------------------------------------------------------------------------------------------

    @json_handler(form=forms.TeamForm, staff_only=True, writes=False)
    def team_detail(self, data, suffix=""):  # pylint: disable=unused-argument
        """Any team's workspace, for facilitators."""
        from ...models import ProjectTeam  # pylint: disable=import-outside-toplevel
        team = ProjectTeam.objects.filter(pk=data["team"], block_key=self.block_key).first()
        if team is None:
            raise HandlerError(_("There is no such team."), status=404)
        return {"workspace": self.workspace(team)}

    @raw_handler(writes=False, staff_only=True, methods=("GET",))
    def teams_csv(self, request, suffix=""):  # pylint: disable=unused-argument
        """For facilitators: every team, its status, members and contribution averages, as CSV."""
        rows = []
        for row in self.staff_overview():
            team = row["team"]
            for member in row["members"] or [{"name": "", "average": None, "ratings": 0}]:
                average = "" if member["average"] is None else f"{member['average']:.2f}"
                rows.append([team.name, row["status"], team.member_count, row["milestones"], team.update_count,
                             team.last_update.isoformat() if team.last_update else "",
                             "yes" if team.showcased else "no", team.vote_count, member["name"], average,
                             member["ratings"]])
        return csv_response("team-project.csv", ["team", "status", "members", "milestones_done", "updates",
                                                 "last_update", "showcased", "votes", "member",
                                                 "contribution_average", "ratings"], rows)

    # ----- Studio ------------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message):
            validation.add(ValidationMessage(ValidationMessage.ERROR, self.gettext(message)))

        if not 2 <= data.team_size <= 12:
            error(_("A team has between 2 and 12 members."))
        if not (data.brief or "").strip():
            error(_("Write the project brief for the teams."))
        if any(not str(role).strip() for role in data.roles):
            error(_("Remove the empty suggested roles."))
        if data.teamset_id and not data.teamset_id.replace("-", "").replace("_", "").isalnum():
            error(_("A team-set id has only letters, digits, '-' and '_'."))

    @staticmethod
    def workbench_scenarios():
        """A reading club with a nearby primary school."""
        return team_project_scenarios()
