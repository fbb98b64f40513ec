"""Team project rules in plain Python: balanced grouping, plan activities, evidence links, status, ratings."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ilelln_xblocks.collaboration.team_project import logic


def sizes_after(placements, groups, open_teams):
    sizes = dict(open_teams)
    for team in placements.values():
        sizes[team] += 1
    return sizes, [len(group) for group in groups]


def test_a_cohort_of_29_in_teams_of_5_makes_six_balanced_teams():
    placements, groups = logic.group_learners([f"l{n:02d}" for n in range(29)], {}, 5)
    assert placements == {}
    assert sorted(len(group) for group in groups) == [4, 5, 5, 5, 5, 5]


def test_seven_learners_in_teams_of_four_are_split_four_and_three_not_four_three_zero():
    _placements, groups = logic.group_learners(list("abcdefg"), {}, 4)
    assert sorted(len(group) for group in groups) == [3, 4]


def test_existing_small_teams_are_filled_before_new_ones_are_made():
    placements, groups = logic.group_learners(["x", "y", "z"], {"t1": 2, "t2": 3}, 4)
    assert groups == []
    sizes, _new = sizes_after(placements, groups, {"t1": 2, "t2": 3})
    assert sizes == {"t1": 4, "t2": 4}


def test_a_team_alone_is_balanced_with_a_new_one():
    placements, groups = logic.group_learners(list("abcd"), {"t1": 2}, 5)
    sizes, new = sizes_after(placements, groups, {"t1": 2})
    assert new == [3] and sizes["t1"] == 3


def test_full_teams_are_ignored_and_duplicates_count_once():
    placements, groups = logic.group_learners(["a", "a", "b"], {"full": 4}, 4)
    assert placements == {} and groups == [["a", "b"]]


def test_team_size_must_be_positive():
    with pytest.raises(ValueError):
        logic.group_learners(["a"], {}, 0)


@given(pool=st.lists(st.text(min_size=1, max_size=4), max_size=60),
       existing=st.lists(st.integers(min_value=0, max_value=6), max_size=6),
       team_size=st.integers(min_value=2, max_value=6))
def test_grouping_loses_nobody_overfills_nothing_and_keeps_new_teams_balanced(pool, existing, team_size):
    open_teams = {f"t{n}": min(size, team_size) for n, size in enumerate(existing)}
    placements, groups = logic.group_learners(pool, open_teams, team_size)
    placed = list(placements) + [learner for group in groups for learner in group]
    assert sorted(placed) == sorted(set(pool))                               # nobody lost, nobody twice
    sizes, new = sizes_after(placements, groups, open_teams)
    assert all(size <= team_size for size in list(sizes.values()) + new)     # nobody over the size
    assert all(size > 0 for size in new)                                    # no empty team made
    if new:
        assert max(new) - min(new) <= 1                                     # new teams balanced
        assert all(size >= min(new) - 1 for team, size in sizes.items() if open_teams[team] < team_size)
    free = sum(team_size - size for size in open_teams.values())
    assert len(groups) == logic.new_team_count(len(set(pool)), free, team_size)


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/photos", "https://example.org/photos"),
    ("  http://library.gov.eg/club?week=3 ", "http://library.gov.eg/club?week=3"),
    ("", ""),
])
def test_evidence_links_are_http_or_https(url, expected):
    assert logic.check_url(url) == expected


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "https://", "example.org",
    "https://exa mple.org", "http://[::1",
])
def test_other_links_are_refused(url):
    with pytest.raises(logic.AuthorError):
        logic.check_url(url)


def test_activities_are_cleaned_sorted_by_date_and_empty_rows_dropped():
    activities = logic.clean_activities([
        {"title": "اللقاء الأول لنادي القراءة", "owner": "salma", "due": "2026-12-10", "done": False},
        {"title": "", "owner": "", "due": ""},
        {"title": "اجتماع مع مديرة المدرسة", "owner": "karim", "due": "2026-12-01", "done": True},
        {"title": "Reading list", "owner": "", "due": ""},
    ], members={"salma", "karim"})
    assert [activity.due for activity in activities] == ["2026-12-01", "2026-12-10", ""]
    assert activities[0].as_dict() == {"title": "اجتماع مع مديرة المدرسة", "owner": "karim",
                                       "due": "2026-12-01", "done": True}


@pytest.mark.parametrize("items, message", [
    ({"title": "x"}, "The activities must be a list."),
    (["x"], "Activity %(number)s is not valid."),
    ([{"title": "", "owner": "salma"}], "Activity %(number)s needs a title (up to 300 characters)."),
    ([{"title": "x", "due": "10/12/2026"}], "Activity %(number)s: write the date as YYYY-MM-DD."),
    ([{"title": "x", "owner": "stranger"}], "Activity %(number)s: the owner must be a member of the team."),
    ([{"title": str(n)} for n in range(21)], "A plan can have at most %(limit)s activities."),
])
def test_bad_activities_are_refused_with_a_reason(items, message):
    with pytest.raises(logic.AuthorError) as caught:
        logic.clean_activities(items, members={"salma"})
    assert caught.value.message == message


def test_milestones_done_counts_done_activities():
    assert logic.milestones_done([{"done": True}, {"done": False}, {}]) == (1, 3)


@pytest.mark.parametrize("charter, plan, updates, showcased, expected", [
    (False, False, 0, False, logic.FORMING),
    (True, False, 0, False, logic.CHARTERED),
    (True, True, 0, False, logic.PLANNED),
    (True, True, 2, False, logic.RUNNING),
    (False, False, 0, True, logic.SHOWCASED),
])
def test_team_status(charter, plan, updates, showcased, expected):
    assert logic.team_status(charter, plan, updates, showcased) == expected


def test_ratings_are_only_for_teammates_and_from_one_to_five():
    assert logic.clean_ratings({"b": 5, "c": 1}, ["b", "c"]) == {"b": 5, "c": 1}
    for bad in ({}, {"z": 3}, {"b": 0}, {"b": 6}, {"b": "5"}, {"b": True}, ["b"]):
        with pytest.raises(logic.AuthorError):
            logic.clean_ratings(bad, ["b", "c"])
