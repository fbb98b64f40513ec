"""Peer review in plain Python: rubric lines, scoring, medians, grades and allocation."""
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ilelln_xblocks.collaboration.peer_review import logic
from ilelln_xblocks.core.messages import AuthorError

LINES = [
    "purpose | Clear purpose | 0 = Missing : no purpose ; 1 = Partly : late ; 2 = Clear : first paragraph",
    "register | Register | 0 = Informal ; 2 = Professional : polite and formal",
]


def test_rubric_lines_parse_and_round_trip():
    criteria, errors = logic.parse_rubric(LINES + [""])
    assert errors == []
    assert [(c.key, c.max_points, len(c.levels)) for c in criteria] == [("purpose", 2, 3), ("register", 2, 2)]
    assert criteria[1].levels[0] == logic.Level(0, "Informal", "")
    again, _errors = logic.parse_rubric([c.to_line() for c in criteria])
    assert again == criteria
    assert [logic.Criterion.from_dict(c.as_dict()) for c in criteria] == criteria


@pytest.mark.parametrize("line, complaint", [
    ("purpose | Clear purpose", "three parts"),
    ("Purpose! | Clear | 0 = a ; 1 = b", "is not a key"),
    ("purpose |  | 0 = a ; 1 = b", "needs a label"),
    ("purpose | Clear | 0 = a", "at least two levels"),
    ("purpose | Clear | 0 = a ; x = b", "not a whole number"),
    ("purpose | Clear | 1 = a ; 1 = b", "same points"),
    ("purpose | Clear | 0 = a ; 0 b", "points = label"),
    ("purpose | Clear | 0 = a ; 200 = b", "between 0 and 100"),
])
def test_bad_lines_say_what_to_fix(line, complaint):
    _criteria, errors = logic.parse_rubric([line])
    assert complaint in str(errors[0][1])


def test_duplicate_keys_are_refused():
    _criteria, errors = logic.parse_rubric([LINES[0], LINES[0]])
    assert [(number, "used twice" in str(error)) for number, error in errors] == [(2, True)]


def test_digest_changes_with_the_rubric_only():
    criteria, _ = logic.parse_rubric(LINES)
    assert logic.rubric_digest(criteria) == logic.rubric_digest(logic.parse_rubric(LINES)[0])
    changed, _ = logic.parse_rubric([LINES[0], LINES[1].replace("Professional", "Formal")])
    assert logic.rubric_digest(criteria) != logic.rubric_digest(changed)


def test_a_review_is_scored_from_level_indexes():
    criteria, _ = logic.parse_rubric(LINES)
    parts, points, fraction = logic.score_review(criteria, {"purpose": 1, "register": 1})
    assert (points, fraction) == (3, 0.75)
    assert parts["purpose"] == {"level": 1, "points": 1, "max": 2}


@pytest.mark.parametrize("choices", [{"purpose": 1}, {"purpose": 3, "register": 0}, {"purpose": "1", "register": 0},
                                     {"purpose": True, "register": 0}, {"purpose": -1, "register": 0}])
def test_incomplete_or_invented_choices_are_refused(choices):
    criteria, _ = logic.parse_rubric(LINES)
    with pytest.raises(AuthorError):
        logic.score_review(criteria, choices)


def test_medians_per_criterion_survive_a_rubric_change():
    old = {"purpose": {"level": 2, "points": 2, "max": 2}}
    new = [{"purpose": {"level": 1, "points": 2, "max": 4}}, {"purpose": {"level": 0, "points": 0, "max": 4}}]
    medians = logic.criterion_medians([old, *new])
    assert medians["purpose"] == (0.5, 4)  # fractions 1.0, 0.5, 0.0; the newest maximum weighs it
    assert logic.received_score([old, *new]) == 0.5
    assert logic.received_score([]) is None


def test_the_grade_weighs_work_received_and_reviews_given():
    assert logic.combined_grade(0.5, 2, 2, 80, 20) == pytest.approx(0.6)
    assert logic.combined_grade(0.5, 1, 2, 80, 20) == pytest.approx(0.5)
    assert logic.combined_grade(0.5, 0, 0, 80, 20) == pytest.approx(0.6)  # nobody to review: full credit
    assert logic.combined_grade(None, 2, 2, 80, 20) is None


def _check_allocation(groups, k, pairs):
    authors = {author for members in groups.values() for author in members}
    received = Counter(author for _reviewer, author in pairs)
    given = Counter(reviewer for reviewer, _author in pairs)
    assert all(reviewer != author for reviewer, author in pairs)
    assert len(set(pairs)) == len(pairs)
    group_of = {author: group for group, members in groups.items() for author in members}
    for group, members in groups.items():
        big = len(set(members)) > k
        for author in set(members):
            assert received[author] == (k if big else 1), (group, author)
            assert given[author] == (k if big else 0)
    for reviewer, author in pairs:
        assert reviewer == logic.STAFF or group_of[reviewer] == group_of[author]
    assert set(received) == authors


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["", "team:a", "team:b", "team:c"]),
                       st.lists(st.integers(0, 400).map(lambda n: f"learner-{n}"), max_size=40, unique=True),
                       max_size=4),
       st.integers(1, 6), st.text(max_size=8))
def test_every_submission_gets_exactly_k_reviews_when_its_group_can_give_them(groups, k, seed):
    # ids are unique across groups, as a learner belongs to one group
    seen, cleaned = set(), {}
    for group, members in groups.items():
        cleaned[group] = [member for member in members if member not in seen]
        seen.update(cleaned[group])
    _check_allocation(cleaned, k, logic.allocate(cleaned, k, seed))


def test_allocation_is_reproducible_and_shuffled():
    learners = [f"l{n}" for n in range(10)]
    assert logic.allocate({"": learners}, 3, "x") == logic.allocate({"": list(reversed(learners))}, 3, "x")
    assert logic.allocate({"": learners}, 3, "x") != logic.allocate({"": learners}, 3, "y")
