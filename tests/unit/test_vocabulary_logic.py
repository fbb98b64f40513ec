"""Vocabulary lines and the Leitner schedule."""
from datetime import date

import pytest

from ilelln_xblocks.english.vocabulary import logic

TODAY = date(2026, 12, 1)
LINES = [
    "interlibrary loan | الإعارة بين المكتبات | Borrowing an item from another library. | We asked for it.",
    "call number | رقم الطلب | Where a book stands on the shelf. | Its call number is 025.04.",
    "makerspace | مساحة ابتكارية | A room for making things. | It has a 3D printer. | /static/makerspace.mp3",
]


def test_terms_parse_with_optional_audio():
    terms, errors = logic.parse_terms(LINES)
    assert errors == [] and [t.word for t in terms] == ["interlibrary loan", "call number", "makerspace"]
    assert terms[2].audio == "/static/makerspace.mp3" and terms[0].audio == ""
    assert logic.parse_terms([terms[2].to_line()])[0][0] == terms[2]


@pytest.mark.parametrize("line, complaint", [
    ("catalogue | فهرس | A list of a library's holdings.", "Write 'term"),
    ("catalogue | فهرس |  | An example.", "Write 'term"),
    ("catalogue | فهرس | A list. | An example. | ftp://x.mp3", "https://"),
])
def test_bad_lines_are_explained(line, complaint):
    _terms, errors = logic.parse_terms([line])
    assert complaint in str(errors[0][1])


def test_duplicates_are_refused():
    _terms, errors = logic.parse_terms([LINES[0], LINES[0].upper().replace("الإعارة", "الإعارة")])
    assert "appears twice" in str(errors[0][1])


def _walk(answers):
    """Review one term with ``answers``, each on the day it falls due; the days between reviews."""
    entry, day, gaps = None, TODAY, []
    for known in answers:
        entry = logic.review(entry, known, day)
        gaps.append(logic.days_until(entry, day))
        day = date.fromisoformat(entry["due"])
    return entry, gaps


def test_fsrs_intervals_grow_while_the_term_is_known():
    entry, gaps = _walk([True, True, True, True])
    assert gaps == sorted(gaps) and gaps[0] >= 1 and gaps[-1] > 3 * gaps[1]
    assert entry["card"]["state"] == 2 and entry["card"]["stability"] > 10   # FSRS Review state


def test_a_term_not_known_comes_back_today_and_its_stability_drops():
    before, _gaps = _walk([True, True, True])
    day = date.fromisoformat(before["due"])
    after = logic.review(before, False, day)
    assert after["due"] == day.isoformat() and logic.days_until(after, day) == 0
    assert logic.stability(after) < logic.stability(before)


def test_the_schedule_is_deterministic_and_kept_as_json():
    import json
    assert _walk([True, False, True, True]) == _walk([True, False, True, True])
    entry, _gaps = _walk([True, True])
    assert json.loads(json.dumps(entry)) == entry


@pytest.mark.parametrize("box, due, stability, state", [
    (0, "2026-12-01", 0.0, 1), (1, "2026-12-02", 1.0, 2), (3, "2026-12-08", 7.0, 2), (4, "2026-12-15", 21.0, 2),
])
def test_old_leitner_entries_migrate_to_fsrs_cards(box, due, stability, state):
    entry = logic.migrate({"box": box, "due": due})
    assert entry["due"] == due and entry["card"]["state"] == state
    assert logic.stability(entry) == stability
    assert logic.review({"box": box, "due": due}, True, TODAY)["card"]["last_review"].startswith("2026-12-01")


def test_study_order_puts_due_terms_first_then_new_then_later():
    schedule = {"a": {"box": 2, "due": "2026-12-05"}, "b": {"box": 1, "due": "2026-11-30"},
                "c": {"box": 0, "due": "2026-12-01"}}
    assert logic.due_order(["a", "b", "c", "d"], schedule, TODAY) == ["b", "c", "d", "a"]
    assert logic.due_count(["a", "b", "c", "d"], schedule, TODAY) == 3
    assert logic.mastered_count(["a"], {"a": {"box": 4, "due": "2027-01-01"}}) == 1   # migrated
    assert logic.mastered_count(["a"], {"a": {"box": 3, "due": "2027-01-01"}}) == 0
