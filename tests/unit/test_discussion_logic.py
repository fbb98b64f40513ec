"""Discussion rules in plain Python: participation, edit windows, names, tags, cursors, Studio checks."""
import base64
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ilelln_xblocks.collaboration.discussion import logic

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("threads, replies, fraction", [
    (0, 0, 0.0), (1, 0, 1 / 3), (0, 2, 2 / 3), (1, 1, 2 / 3), (1, 2, 1.0), (5, 9, 1.0), (0, 9, 2 / 3),
])
def test_one_thread_and_two_replies_complete_the_activity(threads, replies, fraction):
    rule = logic.Rule(threads=1, replies=2)
    assert rule.fraction(threads, replies) == pytest.approx(fraction)
    assert rule.complete(threads, replies) == (fraction == 1.0)


def test_a_rule_of_nothing_is_met_by_any_post():
    rule = logic.Rule(threads=0, replies=0)
    assert rule.fraction(0, 0) == 0.0 and rule.fraction(0, 1) == 1.0


@pytest.mark.parametrize("age_minutes, window, allowed", [
    (0, 30, True), (29, 30, True), (30, 30, True), (31, 30, False), (0, 0, False), (1, -5, False),
])
def test_the_edit_window(age_minutes, window, allowed):
    created = NOW - timedelta(minutes=age_minutes)
    assert logic.can_change(created, NOW, window) is allowed
    assert (logic.minutes_left(created, NOW, window) > 0) is allowed


def test_minutes_left_counts_down():
    assert logic.minutes_left(NOW - timedelta(minutes=10), NOW, 30) == 20
    assert logic.minutes_left(NOW - timedelta(minutes=29, seconds=30), NOW, 30) == 1


@pytest.mark.parametrize("anonymous, staff, author, shown", [
    (False, False, False, ("salma", False)),
    (True, False, False, (4, True)),
    (True, True, False, ("salma", False)),
    (True, False, True, ("salma", False)),
])
def test_peers_see_a_participant_number_for_anonymous_posts(anonymous, staff, author, shown):
    assert logic.shown_name(anonymous=anonymous, participant=4, username="salma", viewer_is_staff=staff,
                            viewer_is_author=author) == shown


def test_tags_must_come_from_the_authors_list_and_keep_its_order():
    allowed = ["الأطفال", "الشباب", "شراكات"]
    assert logic.clean_tags(["شراكات", "الأطفال", "شراكات"], allowed) == ["الأطفال", "شراكات"]
    assert logic.clean_tags([], allowed) == []
    with pytest.raises(ValueError, match="list the author made"):
        logic.clean_tags(["other"], allowed)
    with pytest.raises(ValueError):
        logic.clean_tags([3], allowed)
    with pytest.raises(ValueError, match="at most five"):
        logic.clean_tags(list("abcdef"), list("abcdef"))


def test_stored_tags_are_found_by_one_like():
    text = logic.tags_text(["مساحة ابتكار", "Low budget"])
    assert text == ",مساحة ابتكار,Low budget,"
    assert logic.tags_text(["Low budget"]) in text
    assert logic.tags_list(text) == ["مساحة ابتكار", "Low budget"] and logic.tags_list("") == []


@pytest.mark.parametrize("tags, problem", [
    (["a,b"], "is not a tag"), (["x" * 41], "is not a tag"), ([""], "is not a tag"),
    (["Youth", "youth"], "appears twice"),
])
def test_bad_author_tags_are_named(tags, problem):
    problems = logic.tag_problems(tags)
    assert problems and problem in problems[0][0]


def test_cursors_round_trip_for_both_sorts():
    row = (True, NOW, 42)
    assert logic.decode_cursor(logic.NEWEST, logic.encode_cursor(logic.NEWEST, row)) == row
    assert logic.decode_cursor(logic.HELPFUL, logic.encode_cursor(logic.HELPFUL, (0, 7))) == (0, 7)


def _b64(text):
    return base64.urlsafe_b64encode(text.encode()).decode()


@pytest.mark.parametrize("sort, cursor", [
    (logic.NEWEST, "garbage!"), (logic.NEWEST, ""), (logic.HELPFUL, logic.encode_cursor(logic.NEWEST, (1, NOW, 3))),
    (logic.NEWEST, logic.encode_cursor(logic.HELPFUL, (1, 3))),
    (logic.NEWEST, _b64("n|1|2026-11-25T09:00:00|4")),  # a time without its zone
    (logic.NEWEST, _b64("n|1|2026-11-25T09:00:00+00:00|0")),
    (logic.HELPFUL, _b64("h|-1|3")),
])
def test_foreign_cursors_are_refused(sort, cursor):
    with pytest.raises(logic.CursorError):
        logic.decode_cursor(sort, cursor)


@given(st.text(max_size=60))
def test_no_text_crashes_the_cursor_parser(text):
    for sort in logic.SORTS:
        try:
            logic.decode_cursor(sort, text)
        except logic.CursorError:
            pass


def test_settings_problems_name_each_mistake():
    problems = logic.settings_problems(prompt=" ", scope="planet", anonymity="maybe", edit_minutes=-1, page_size=2,
                                       rule=logic.Rule(-1, 0), tags=["ok", "OK"])
    messages = " ".join(message for message, _params in problems)
    for part in ("prompt", "Scope", "Anonymity", "edit window", "Posts per page", "negative", "twice"):
        assert part in messages
    assert logic.settings_problems(prompt="Share an idea", scope="team", anonymity="off", edit_minutes=30,
                                   page_size=20, rule=logic.Rule(1, 2), tags=["Youth"]) == []
