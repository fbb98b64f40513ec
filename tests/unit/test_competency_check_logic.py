"""Competency lines, ratings and growth: plain functions."""
import pytest

from ilelln_xblocks.curriculum.competency_check import logic

LINES = [
    "ict-audit | Module 1: ICT in libraries | I can audit my library's technology",
    "makerspace | Module 3: Innovation spaces | I can plan a makerspace on a small budget",
    "partnerships | Module 4: Partnerships | أستطيع بناء شراكة مع مدرسة محلية",
]


def test_lines_parse_and_group_by_module_in_order():
    items, errors = logic.parse_competencies(LINES + ["", "english | Module 1: ICT in libraries | Email"])
    assert errors == []
    assert [module for module, _members in logic.grouped(items)] == [
        "Module 1: ICT in libraries", "Module 3: Innovation spaces", "Module 4: Partnerships"]
    assert [m.key for m in logic.grouped(items)[0][1]] == ["ict-audit", "english"]


@pytest.mark.parametrize("line, complaint", [
    ("ict-audit | Module 1", "three parts"),
    ("ICT Audit | Module 1 | statement", "is not a key"),
    ("ict-audit |  | statement", "needs a module and a statement"),
])
def test_bad_lines_say_what_to_fix(line, complaint):
    _items, errors = logic.parse_competencies([line])
    assert complaint in str(errors[0][1])


def test_duplicate_keys_are_refused_with_their_line_number():
    _items, errors = logic.parse_competencies([LINES[0], LINES[0]])
    assert [(number, "used twice" in str(error)) for number, error in errors] == [(2, True)]


@pytest.mark.parametrize("submitted, complaint", [
    ({"unknown": 3}, "not one of this check's competencies"),
    ({"ict-audit": 0}, "from 1 to 5"),
    ({"ict-audit": 6}, "from 1 to 5"),
    ({"ict-audit": "3"}, "from 1 to 5"),
    ({"ict-audit": True}, "from 1 to 5"),
    ({"ict-audit": 2.5}, "from 1 to 5"),
])
def test_ratings_outside_the_scale_or_list_are_refused(submitted, complaint):
    items, _errors = logic.parse_competencies(LINES)
    with pytest.raises(logic.AuthorError) as raised:
        logic.clean_ratings(submitted, items, 5)
    assert complaint in str(raised.value)


def test_growth_compares_start_and_end_and_draws_proportional_bars():
    items, _errors = logic.parse_competencies(LINES)
    rows = logic.growth(items, {"ict-audit": 2, "makerspace": 4}, {"ict-audit": 5}, 5)
    assert [(row.start, row.end, row.change) for row in rows] == [(2, 5, 3), (4, None, None), (None, None, None)]
    assert (rows[0].bar(rows[0].start), rows[0].bar(rows[0].end), rows[2].bar(None)) == (40.0, 100.0, 0)
