"""The team project's showcases and open teams render once per distinct row and language ({% partial %}): a vote,
a comment or a new member shows at once, and one learner's row (their vote) never reaches another learner."""
import pytest
from django.utils import translation

from tests.block.test_team_project import club, form_team  # noqa: F401 (the fixture)
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db


def html_of(club, user, language="en"):  # noqa: F811
    with translation.override(language):
        return club.block(user).render("student_view").content


def test_a_vote_and_a_comment_show_at_once_and_the_vote_only_as_the_voters(club):  # noqa: F811
    team = form_team(club, "Team A", "salma")
    call_handler(club.block("salma"), "publish_showcase", {"summary": "Story hour", "url": ""})
    assert html_of(club, "mona").count('ilelln-tp-vote"') == 1 and "0 recognition votes" in html_of(club, "omar")
    assert call_handler(club.block("mona"), "vote", {"team": team.pk})[0] == 200
    assert call_handler(club.block("omar"), "comment", {"team": team.pk, "text": "Lovely idea"})[0] == 200
    mona, omar = html_of(club, "mona"), html_of(club, "omar")
    assert "Your vote" in mona and 'ilelln-tp-vote"' not in mona
    assert "Your vote" not in omar and 'ilelln-tp-vote"' in omar
    assert "1 recognition vote" in omar and "Lovely idea" in omar and "Lovely idea" in mona
    assert "Your vote" not in html_of(club, "salma")  # her own team: no vote at all


def test_an_open_team_shows_its_new_member_count_in_each_language(club):  # noqa: F811
    team = form_team(club, "Team A", "salma")
    assert "(1 of 4 members)" in html_of(club, "omar")
    assert call_handler(club.block("mona"), "join_team", {"team": team.pk})[0] == 200
    english, arabic = html_of(club, "omar"), html_of(club, "omar", "ar")
    assert "(2 of 4 members)" in english and "members" not in arabic and "Team A" in arabic
    assert "Suggested roles" in english and "Suggested roles" not in arabic


def test_the_pool_entry_shows_with_no_team_in_the_block_and_with_teams_read_in_the_same_query(club):  # noqa: F811
    assert call_handler(club.block("omar"), "find_me_a_team", {})[0] == 200
    waiting, button = "You are waiting", 'ilelln-tp-pool"'
    assert waiting in html_of(club, "omar") and button not in html_of(club, "omar")  # no team: asked on its own
    form_team(club, "Team A", "salma")
    omar, mona, salma = html_of(club, "omar"), html_of(club, "mona"), html_of(club, "salma")
    assert waiting in omar and button not in omar and "Team A" in omar  # the teams' read says it
    assert waiting not in mona and button in mona
    assert waiting not in salma and button not in salma and "Team workspace" in salma
