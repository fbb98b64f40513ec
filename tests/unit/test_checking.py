"""Tolerant answer checking, tested with answers real learners type."""
import pytest

from ilelln_xblocks.english import checking
from ilelln_xblocks.english.checking import ALMOST, CORRECT, EMPTY, EXPECTED_WRONG, WRONG

L1_ERRORS = {"discuss about": "We discuss a topic: no 'about' after discuss."}

CASES = [
    # given, accepted, allow_forms, expected status
    ("Discuss", ["discuss"], False, CORRECT),
    ("  discuss  ", ["discuss"], False, CORRECT),
    ("we’re", ["we're"], False, CORRECT),              # curly apostrophe from a phone keyboard
    ("look forward to", ["look forward to"], False, CORRECT),
    ("look  forward   to.", ["look forward to"], False, CORRECT),
    ("discuss about", ["discuss"], False, EXPECTED_WRONG),
    ("dicuss", ["discuss"], False, ALMOST),             # one letter missing
    ("recieve", ["receive"], False, ALMOST),             # swapped letters count as one edit
    ("catalog", ["catalogue"], False, CORRECT),          # US spelling: the same word
    ("on", ["in"], False, WRONG),                        # another real word is never a typo
    ("discussed", ["discuss"], True, WRONG),             # the bare forms switch: same inflection only
    ("discussed", ["discuss"], False, WRONG),
    ("learned", ["learnt"], True, CORRECT),              # the same inflection, spelt the other way
    ("libraries", ["library"], True, WRONG),
    ("borrowing the books", ["borrow the book"], True, WRONG),
    ("", ["discuss"], False, EMPTY),
    ("   ", ["discuss"], False, EMPTY),
    ("مناقشة", ["discuss"], False, WRONG),               # Arabic typed by mistake
]


@pytest.mark.parametrize("given, accepted, allow_forms, status", CASES)
def test_real_learner_answers(given, accepted, allow_forms, status):
    verdict = checking.check_answer(given, accepted, L1_ERRORS, allow_forms=allow_forms)
    assert verdict.status == status


def test_expected_wrong_answers_carry_the_authors_feedback_and_are_never_typos():
    verdict = checking.check_answer("discuss about", ["discuss"], L1_ERRORS)
    assert verdict.feedback == L1_ERRORS["discuss about"]


def test_an_almost_answer_names_the_answer_it_is_close_to():
    assert checking.check_answer("colaborate", ["collaborate", "cooperate"]).matched == "collaborate"


@pytest.mark.parametrize("length, allowance", [(1, 0), (2, 1), (3, 1), (4, 1), (7, 1), (8, 2), (20, 2)])
def test_typo_allowance_grows_with_length(length, allowance):
    assert checking.typo_allowance(length) == allowance
