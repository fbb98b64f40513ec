"""The team project in process: forming teams, versioned charter and plan, privacy between teams, votes, ratings."""
import csv
import io
from types import SimpleNamespace

import pytest
from django.utils import translation
from lxml import etree
from webob import Request

from ilelln_xblocks.collaboration.team_project.scenarios import MAKERSPACE, READING_CLUB
from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.models import ContributionRating, ProjectTeam, ShowcaseVote, TeamMember
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

CHARTER = {"roles": "سلمى: المنسقة\nكريم: الشراكة مع المدرسة", "agreements": "نلتقي كل أحد على الإنترنت"}
PLAN = {"problem": "تلاميذ المدرسة لا يزورون المكتبة", "community": "تلاميذ الصفين الثالث والرابع",
        "partners": "مدرسة النصر الابتدائية", "activities": [
            {"title": "اجتماع مع مديرة المدرسة", "owner": "karim", "due": "2026-12-01", "done": True},
            {"title": "اللقاء الأول لنادي القراءة", "owner": "salma", "due": "2026-12-10"}]}


@pytest.fixture
def club(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff", "facilitator")
    root = world.load(READING_CLUB)

    def as_user(user):
        return world.block(root, user)

    return SimpleNamespace(world=world, root=root, block=as_user)


def form_team(club, name, *learners):
    code, body = call_handler(club.block(learners[0]), "create_team", {"name": name})
    assert code == 200, body
    for learner in learners[1:]:
        code, body = call_handler(club.block(learner), "join_team", {"team": body.get("team", None) or
                                                                             ProjectTeam.objects.get(name=name).pk})
        assert code == 200, body
    return ProjectTeam.objects.get(name=name)


def test_learners_start_and_join_a_team_up_to_its_size(club):
    team = form_team(club, "نادي النصر", "salma", "karim", "mona", "hoda")
    code, body = call_handler(club.block("omar"), "join_team", {"team": team.pk})
    assert code == 409 and body["error"] == "This team is full."
    team.refresh_from_db()
    assert team.member_count == 4 == TeamMember.objects.filter(team=team).count()
    assert call_handler(club.block("salma"), "join_team", {"team": team.pk})[0] == 409   # already in a team
    assert call_handler(club.block("omar"), "join_team", {"team": 9999})[0] == 404
    assert club.world.events_of("completion", "karim") == [{"completion": 0.25}]


def test_team_changes_answer_the_block_and_the_workspace_so_the_page_updates_in_place(club):
    with translation.override("en"):
        code, body = call_handler(club.block("salma"), "create_team", {"name": "Readers"})
        assert code == 200 and body["message"] == "Your team is ready." and body["team"]
        # the name comes isolated (core's |isolate filter)
        assert "Team workspace: \u2068Readers\u2069" in body["html"] and body["workspace"]["team"]["name"] == "Readers"
        code, body = call_handler(club.block("salma"), "post_update", {"text": "First visit", "evidence_url": ""})
        assert code == 200 and "First visit" in body["html"]
        assert body["workspace"]["updates"][0]["text"] == "First visit"
        code, body = call_handler(club.block("salma"), "leave_team", {})
    assert code == 200 and body["workspace"] is None
    assert "Find your team" in body["html"] and "Team workspace" not in body["html"]

def test_leaving_frees_a_place_and_keeps_the_team_work(club):
    team = form_team(club, "Readers", "salma", "karim")
    call_handler(club.block("salma"), "save_charter", dict(CHARTER, version=1))
    assert call_handler(club.block("karim"), "leave_team", {})[0] == 200
    team.refresh_from_db()
    assert team.member_count == 1 and team.charter_roles == CHARTER["roles"]
    assert call_handler(club.block("karim"), "leave_team", {})[0] == 409


def test_team_names_are_unique_in_a_block(club):
    form_team(club, "Readers", "salma")
    code, body = call_handler(club.block("karim"), "create_team", {"name": "  Readers "})
    assert code == 409 and "name exists" in body["error"]
    assert call_handler(club.block("karim"), "create_team", {"name": "   "})[0] == 400
    assert not TeamMember.objects.filter(learner="karim").exists()


def test_a_stale_charter_save_answers_409_with_the_current_text_and_overwrites_nothing(club):
    form_team(club, "Readers", "salma", "karim")
    code, body = call_handler(club.block("salma"), "save_charter", dict(CHARTER, version=1))
    assert code == 200 and body["saved"]["version"] == 2
    code, body = call_handler(club.block("karim"), "save_charter", {"version": 1, "roles": "كريم وحده",
                                                                     "agreements": ""})
    assert code == 409
    assert body["current"]["roles"] == CHARTER["roles"] and body["current"]["version"] == 2
    assert body["current"]["by"] == "salma"
    assert ProjectTeam.objects.get(name="Readers").charter_roles == CHARTER["roles"]
    code, body = call_handler(club.block("karim"), "save_charter", {"version": 2, "roles": "كريم وحده",
                                                                     "agreements": "x"})
    assert code == 200 and body["saved"]["version"] == 3


def test_the_plan_keeps_activities_with_owners_and_dates_in_date_order(club):
    form_team(club, "Readers", "salma", "karim")
    code, body = call_handler(club.block("karim"), "save_plan", dict(PLAN, version=1))
    assert code == 200, body
    team = ProjectTeam.objects.get(name="Readers")
    assert [item["owner"] for item in team.plan_activities] == ["karim", "salma"]
    stale = call_handler(club.block("salma"), "save_plan", dict(PLAN, version=1, problem="mine"))
    assert stale[0] == 409 and stale[1]["current"]["activities"][0]["title"] == "اجتماع مع مديرة المدرسة"


@pytest.mark.parametrize("payload", [
    dict(PLAN, version=2, activities=[{"title": "x", "owner": "stranger"}]),
    dict(PLAN, version=2, activities=[{"title": "x", "due": "next week"}]),
    dict(PLAN, version=2, activities="not a list"),
    dict(PLAN, version=0),
    dict(PLAN, version=2, problem=["a list"]),
    dict(PLAN, version=2, problem="x" * 5001),
    dict(PLAN, version=2, team=5),
])
def test_bad_plans_are_refused_and_nothing_is_lost(club, payload):
    form_team(club, "Readers", "salma", "karim")
    assert call_handler(club.block("salma"), "save_plan", dict(PLAN, version=1))[0] == 200
    code, body = call_handler(club.block("karim"), "save_plan", payload)
    assert code == 400 and body["error"], body
    team = ProjectTeam.objects.get(name="Readers")
    assert team.plan_version == 2 and team.plan_problem == PLAN["problem"] and len(team.plan_activities) == 2


def test_updates_need_http_or_https_evidence(club):
    form_team(club, "Readers", "salma")
    code, body = call_handler(club.block("salma"), "post_update",
                              {"text": "First session: 18 pupils", "evidence_url": "javascript:alert(1)"})
    assert code == 400 and "evidence_url" in body["fields"]
    code, _body = call_handler(club.block("salma"), "post_update",
                               {"text": "First session: 18 pupils", "evidence_url": "https://example.org/p.jpg"})
    assert code == 200
    code, body = call_handler(club.block("salma"), "get_workspace", {})
    assert body["workspace"]["updates"][0]["evidence_url"] == "https://example.org/p.jpg"


def test_learners_of_one_team_never_see_another_teams_workspace(club):
    form_team(club, "Team A", "salma", "karim")
    form_team(club, "Team B", "mona", "hoda")
    call_handler(club.block("salma"), "save_charter", {"version": 1, "roles": "SECRET-ROLES-A", "agreements": ""})
    call_handler(club.block("salma"), "save_plan", dict(PLAN, version=1, problem="SECRET-PLAN-A"))
    call_handler(club.block("karim"), "post_update", {"text": "SECRET-UPDATE-A", "evidence_url": ""})
    call_handler(club.block("salma"), "rate", {"ratings": {"karim": 2}})
    team_a = ProjectTeam.objects.get(name="Team A")
    with translation.override("en"):
        html_b = club.block("mona").render("student_view").content
        data_b = club.block("mona").student_view_data()
    for secret in ("SECRET-ROLES-A", "SECRET-PLAN-A", "SECRET-UPDATE-A"):
        assert secret not in html_b and secret not in str(data_b)
    code, body = call_handler(club.block("mona"), "get_workspace", {})
    assert code == 200 and body["workspace"]["team"]["name"] == "Team B"
    assert "SECRET" not in str(body)
    assert call_handler(club.block("mona"), "team_detail", {"team": team_a.pk})[0] == 403
    # Handlers take no team id for private work: one sent anyway is refused, not used.
    code, _ = call_handler(club.block("mona"), "save_charter", {"version": 1, "roles": "x", "agreements": "", "team":
                                                                 team_a.pk})
    assert code == 400
    call_handler(club.block("mona"), "save_charter", {"version": 1, "roles": "B's roles", "agreements": ""})
    assert ProjectTeam.objects.get(name="Team A").charter_roles == "SECRET-ROLES-A"
    assert call_handler(club.block("omar"), "get_workspace", {})[0] == 403          # in no team
    code, body = call_handler(club.block("facilitator"), "team_detail", {"team": team_a.pk})
    assert code == 200 and body["workspace"]["charter"]["roles"] == "SECRET-ROLES-A"


def test_showcase_comments_and_one_vote_per_learner_not_for_their_own_team(club):
    team_a = form_team(club, "Team A", "salma", "karim")
    team_b = form_team(club, "Team B", "mona")
    assert call_handler(club.block("omar"), "vote", {"team": team_a.pk})[0] == 404       # not shown yet
    assert call_handler(club.block("salma"), "publish_showcase",
                        {"summary": "18 pupils joined", "url": "ftp://x"})[0] == 400
    assert call_handler(club.block("salma"), "publish_showcase",
                        {"summary": "18 pupils joined the club", "url": "https://example.org/slides"})[0] == 200
    call_handler(club.block("mona"), "publish_showcase", {"summary": "Story hour", "url": ""})
    assert call_handler(club.block("karim"), "vote", {"team": team_a.pk})[0] == 403      # own team
    assert call_handler(club.block("mona"), "vote", {"team": team_a.pk})[0] == 200
    code, body = call_handler(club.block("mona"), "vote", {"team": team_a.pk})
    assert code == 409 and body["error"] == "You have already given your vote."
    assert call_handler(club.block("mona"), "vote", {"team": team_b.pk})[0] in (403, 409)
    assert call_handler(club.block("omar"), "comment", {"team": team_a.pk, "text": "فكرة رائعة!"})[0] == 200
    assert ShowcaseVote.objects.filter(team=team_a).count() == 1
    with translation.override("en"):
        html = club.block("omar").render("student_view").content
    assert "1 recognition vote" in html and "فكرة رائعة!" in html and "18 pupils joined the club" in html
    assert "Your vote" not in html and html.count('ilelln-tp-vote"') == 2  # omar has not voted: both buttons


def test_the_view_marks_the_learners_vote_from_its_one_read_of_the_teams(club, django_assert_num_queries):
    team_a = form_team(club, "Team A", "salma")
    form_team(club, "Team B", "karim")
    for learner in ("salma", "karim"):
        call_handler(club.block(learner), "publish_showcase", {"summary": f"By {learner}", "url": ""})
    assert call_handler(club.block("mona"), "vote", {"team": team_a.pk})[0] == 200
    assert call_handler(club.block("omar"), "vote", {"team": team_a.pk})[0] == 200
    block = club.block("mona")
    block.my_membership()  # the runtime's own reads, outside the count
    with translation.override("en"), django_assert_num_queries(2):  # teams (membership, votes, pool), comments
        html = block.render("student_view").content
    assert html.count("Your vote") == 1 and 'ilelln-tp-vote"' not in html  # voted: no more buttons
    assert html.index("Your vote") < html.index("By karim")  # on Team A's showcase, the first by name
    assert "2 recognition votes" in html


def test_staff_see_every_team_but_not_the_learners_join_and_vote_controls(club):
    team = form_team(club, "Team A", "salma")
    call_handler(club.block("salma"), "publish_showcase", {"summary": "Story hour", "url": ""})
    with translation.override("en"):
        staff_html = club.block("staff").render("student_view").content
        omar_html = club.block("omar").render("student_view").content
    learner_controls = ('ilelln-tp-join-button"', 'ilelln-tp-create"', 'ilelln-tp-pool"', 'ilelln-tp-vote"')
    assert all(control in omar_html for control in learner_controls)
    assert [control for control in learner_controls if control in staff_html] == []
    assert "Every team (staff only)" in staff_html and f'data-team="{team.pk}"' in staff_html
    assert "You are course staff" in staff_html and "You are course staff" not in omar_html


def test_contribution_ratings_are_private_and_staff_see_sql_averages(club):
    form_team(club, "Team A", "salma", "karim", "mona")
    assert call_handler(club.block("salma"), "rate", {"ratings": {"karim": 4, "mona": 5}})[0] == 200
    assert call_handler(club.block("mona"), "rate", {"ratings": {"karim": 2}})[0] == 200
    assert call_handler(club.block("mona"), "rate", {"ratings": {"mona": 5}})[0] == 400      # self
    assert call_handler(club.block("mona"), "rate", {"ratings": {"omar": 5}})[0] == 400      # not a teammate
    assert call_handler(club.block("mona"), "rate", {"ratings": {"karim": 9}})[0] == 400
    assert call_handler(club.block("salma"), "rate", {"ratings": {"karim": 3}})[0] == 200    # replaces
    assert ContributionRating.objects.count() == 3
    with translation.override("en"):
        karim_html = club.block("karim").render("student_view").content
        staff_html = club.block("staff").render("student_view").content
    assert "(2.5)" not in karim_html and "Every team (staff only)" not in karim_html
    assert "(2.5)" in staff_html and "(5.0)" in staff_html
    assert club.world.events_of("completion", "salma")[-1] == {"completion": 1.0}


def test_facilitator_groups_waiting_learners_into_balanced_teams(club):
    form_team(club, "Team A", "salma", "karim", "mona")          # one place left
    waiting = ["l1", "l2", "l3", "l4", "l5", "l6"]
    for learner in waiting:
        assert call_handler(club.block(learner), "find_me_a_team", {})[0] == 200
    assert call_handler(club.block("l1"), "auto_group", {})[0] == 403
    code, body = call_handler(club.block("facilitator"), "auto_group", {})
    assert code == 200 and body["placed"] == 6 and body["new_teams"] == 2
    sizes = sorted(team.member_count for team in ProjectTeam.objects.all())
    assert sizes == [3, 3, 3]                                    # balanced, not 4 + 4 + 1
    assert TeamMember.objects.filter(learner__in=waiting).count() == 6


def test_staff_csv_lists_every_team_and_learners_cannot_download_it(club):
    form_team(club, "Team A", "salma", "karim")
    call_handler(club.block("salma"), "rate", {"ratings": {"karim": 4}})
    request = Request.blank("/", method="GET")
    assert club.block("salma").handle("teams_csv", request).status_code == 403
    response = club.block("facilitator").handle("teams_csv", Request.blank("/", method="GET"))
    assert response.status_code == 200 and response.content_type == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.body.decode("utf-8-sig"))))
    assert {row["member"] for row in rows} == {"salma", "karim"}
    assert next(row for row in rows if row["member"] == "karim")["contribution_average"] == "4.00"


def test_not_signed_in_cannot_act(club):
    block = club.world.runtime(None).get_block(club.root)
    assert call_handler(block, "create_team", {"name": "x"})[0] == 403


class FakeTeams:
    """The part of edx-platform's TeamsService the block uses."""

    def __init__(self, teams):
        self.teams = teams

    def get_team(self, user, course_id, teamset_id):
        assert teamset_id == "reading-clubs"
        return self.teams.get(user)


def platform_block(club, user, teams):
    block = club.world.block(club.root, user)
    block.teamset_id = "reading-clubs"
    block.runtime._services["teams"] = teams  # pylint: disable=protected-access
    block.runtime.service(block, "user").get_user_by_anonymous_id = lambda anonymous_id: anonymous_id
    return block


def test_open_edx_teams_are_used_when_the_course_has_them(club):
    cairo = SimpleNamespace(team_id="t-cairo", name="Cairo readers")
    teams = FakeTeams({"salma": cairo, "karim": cairo})
    for learner in ("salma", "karim"):
        assert call_handler(platform_block(club, learner, teams), "save_charter" if learner == "karim" else
                            "get_workspace", {"version": 1, "roles": "r", "agreements": "a"}
                            if learner == "karim" else {})[0] == 200
    team = ProjectTeam.objects.get(external_id="t-cairo")
    assert team.name == "Cairo readers" and team.member_count == 2 and team.charter_roles == "r"
    assert call_handler(platform_block(club, "salma", teams), "create_team", {"name": "x"})[0] == 409
    assert call_handler(platform_block(club, "omar", teams), "get_workspace", {})[0] == 403


def test_a_failing_teams_service_falls_back_to_nothing_broken(club):
    class Broken:
        def get_team(self, *args):
            raise RuntimeError("teams down")

    block = platform_block(club, "salma", Broken())
    with translation.override("en"):
        html = block.render("student_view").content
    assert "Join a team there, then come back here." in html


def test_studio_validation(world):
    root = world.load('<ilelln_team_project team_size="20" teamset_id="bad id!"/>')
    block = world.block(root)
    block.roles = ["Coordinator", "  "]
    with translation.override("en"):
        messages = [m.text for m in block.validate().messages]
    assert "A team has between 2 and 12 members." in messages
    assert "Write the project brief for the teams." in messages
    assert "Remove the empty suggested roles." in messages
    assert "A team-set id has only letters, digits, '-' and '_'." in messages
    with translation.override("ar"):
        arabic = [m.text for m in block.validate().messages]
    assert all(text not in messages for text in arabic)


@pytest.mark.parametrize("source", [READING_CLUB, MAKERSPACE])
def test_olx_round_trip(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<role>" in exported and "<brief>" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("display_name", "brief", "roles", "team_size", "teamset_id", "ratings_open"):
        assert getattr(second, name) == getattr(first, name), name


def test_the_page_renders_in_arabic_right_to_left(club):
    with translation.override("ar"):
        html = club.block("salma").render("student_view").content
    assert 'dir="rtl"' in html and "ابدأ فريقًا" in html


def test_completion_only_moves_forward(club):
    form_team(club, "Team A", "salma", "karim")
    call_handler(club.block("salma"), "rate", {"ratings": {"karim": 4}})
    call_handler(club.block("salma"), "save_charter", dict(CHARTER, version=1))
    call_handler(club.block("salma"), "post_update", {"text": "Met the head teacher", "evidence_url": ""})
    assert club.world.events_of("completion", "salma") == [{"completion": 0.25}, {"completion": 1.0}]


def test_staff_aggregates_take_a_fixed_number_of_queries(club, django_assert_num_queries):
    from ilelln_xblocks.collaboration.team_project import store  # pylint: disable=import-outside-toplevel
    for number in range(4):
        form_team(club, f"Team {number}", f"a{number}", f"b{number}", f"c{number}")
        call_handler(club.block(f"a{number}"), "rate", {"ratings": {f"b{number}": 3, f"c{number}": 5}})
        call_handler(club.block(f"b{number}"), "post_update", {"text": "done", "evidence_url": ""})
    key = club.block("staff").block_key
    with django_assert_num_queries(3):
        teams, members = store.overview(key)
        averages = store.contribution_averages(key)
    assert len(teams) == 4 and all(team.update_count == 1 for team in teams)
    assert sum(len(rows) for rows in members.values()) == 12
    assert {value for value, _count in averages.values()} == {3.0, 5.0}


def test_studio_editor_lists_the_editable_fields(club):
    html = club.block("staff").render("studio_view").content
    for name in ("brief", "roles", "team_size", "teamset_id", "ratings_open"):
        assert name in html
