"""Vocabulary lines and the Leitner schedule."""
from datetime import date

import pytest

from ilelln_xblocks.english import vocabulary_logic as logic

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


@pytest.mark.parametrize("answers, boxes, due", [
    ([True], [1], "2026-12-02"),
    ([True, True, True], [1, 2, 3], "2026-12-08"),
    ([True, True, True, True, True, True], [1, 2, 3, 4, 4, 4], "2026-12-15"),   # the last box caps
    ([True, True, False], [1, 2, 0], "2026-12-01"),                              # a miss goes back to box 0, due now
])
def test_leitner_boxes_move_up_when_known_and_back_when_missed(answers, boxes, due):
    entry, seen = None, []
    for known in answers:
        entry = logic.review(entry, known, TODAY)
        seen.append(entry["box"])
    assert seen == boxes and entry["due"] == due


def test_study_order_puts_due_terms_first_then_new_then_later():
    schedule = {"a": {"box": 2, "due": "2026-12-05"}, "b": {"box": 1, "due": "2026-11-30"},
                "c": {"box": 0, "due": "2026-12-01"}}
    assert logic.due_order(["a", "b", "c", "d"], schedule, TODAY) == ["b", "c", "d", "a"]
    assert logic.due_count(["a", "b", "c", "d"], schedule, TODAY) == 3
    assert logic.mastered_count(["a"], {"a": {"box": 4, "due": "2027-01-01"}}) == 1
