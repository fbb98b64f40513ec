"""Live-session lines and progress summaries: plain functions, tested with tables of real author input."""
from datetime import UTC, datetime

import pytest

from ilelln_xblocks.core.time import in_zone, utc_iso
from ilelln_xblocks.curriculum.module_overview import logic as schedule

GOOD_LINES = [
    ("workshop | 2026-12-06 10:00 Africa/Cairo | Mapping ICT needs | Cairo Public Library",
     "workshop", datetime(2026, 12, 6, 8, 0, tzinfo=UTC), "Cairo Public Library"),
    ("Seminar | 2026-12-09T18:00+02:00 | Koha and beyond | https://meet.example.org/x",
     "seminar", datetime(2026, 12, 9, 16, 0, tzinfo=UTC), "https://meet.example.org/x"),
    ("field visit | 2026-12-13 9:30 Africa/Cairo | Bibliotheca Alexandrina | Alexandria",
     "field_visit", datetime(2026, 12, 13, 7, 30, tzinfo=UTC), "Alexandria"),
    ("discussion | 2027-01-10 19:00 Asia/Riyadh | نقاش: الشراكات | منصة Zoom",
     "discussion", datetime(2027, 1, 10, 16, 0, tzinfo=UTC), "منصة Zoom"),
]


@pytest.mark.parametrize("line, kind, utc, place", GOOD_LINES)
def test_author_lines_parse_to_sessions_in_utc(line, kind, utc, place):
    session = schedule.parse_session(line)
    assert session.kind == kind
    assert session.start == utc
    assert session.place == place


BAD_LINES = [
    ("workshop | 2026-12-06 10:00 Africa/Cairo | Title", "four parts"),
    ("lecture | 2026-12-06 10:00 Africa/Cairo | Title | Hall", "not a kind of session"),
    ("workshop | 2026-13-06 10:00 Africa/Cairo | Title | Hall", "not a date and time"),
    ("workshop | 2026-12-06 10:00 Mars/Olympus | Title | Hall", "not a time zone name"),
    ("workshop | 2026-12-06T10:00 | Title | Hall", "needs a time zone"),
    ("workshop | 2026-12-06 10:00 Africa/Cairo |  | Hall", "needs a title"),
    ("workshop | 2026-12-06 10:00 Africa/Cairo | Title | ", "needs a place"),
]


@pytest.mark.parametrize("line, complaint", BAD_LINES)
def test_bad_lines_say_what_to_fix(line, complaint):
    with pytest.raises(schedule.AuthorError) as raised:
        schedule.parse_session(line)
    assert complaint in str(raised.value)


def test_sessions_are_sorted_and_errors_carry_line_numbers():
    lines = [GOOD_LINES[2][0], "", "nonsense", GOOD_LINES[0][0]]
    sessions, errors = schedule.parse_sessions(lines)
    assert [s.kind for s in sessions] == ["workshop", "field_visit"]
    assert [number for number, _error in errors] == [3]


def test_a_title_may_contain_a_bar_and_round_trips():
    line = "seminar | 2026-12-09 18:00 Africa/Cairo | Koha | DSpace compared | Hall 1"
    session = schedule.parse_session(line)
    assert session.title == "Koha | DSpace compared"
    assert schedule.parse_session(session.to_line()) == session


def test_times_show_in_the_learners_zone_and_fall_back_to_the_authors():
    start = schedule.parse_start("2026-12-06 10:00 Africa/Cairo")
    assert in_zone(start, "Asia/Riyadh").hour == 11
    assert in_zone(start, "").hour == 10
    assert in_zone(start, "Not/AZone").hour == 10
    assert utc_iso(start) == "2026-12-06T08:00:00Z"


def test_progress_summary_counts_only_the_modules_activities():
    records = {"a": ("completed", 1.0), "b": ("started", 0.5), "zzz": ("completed", 0.0)}
    summary = schedule.summarise_progress(["a", "b", "c"], records)
    assert (summary.total, summary.completed, summary.started) == (3, 1, 1)
    assert summary.percent == 33
    assert summary.mean_score == pytest.approx(0.75)


def test_progress_summary_of_an_empty_module_is_zero_not_an_error():
    summary = schedule.summarise_progress([], {})
    assert (summary.total, summary.percent, summary.mean_score) == (0, 0, None)
