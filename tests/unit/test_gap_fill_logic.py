"""Gap-fill markup and scoring, with the answers learners really type."""
import pytest

from ilelln_xblocks.english.gap_fill import logic

EMAIL = (
    "Dear Ms Okafor,\nWe are writing [[to]] ask whether your library could lend us two titles. "
    "We would like to discuss [[the loan period ; wrong: about the loan period => We discuss something directly: "
    "no 'about'. ; hint: discuss + the thing]] and could send the books [[by courier | by post]]. "
    "I look forward [[to hearing ; forms ; hint: to + -ing]] from you."
)


def test_markup_splits_text_and_gaps():
    pieces, gaps = logic.parse_markup(EMAIL)
    assert [piece for piece in pieces if isinstance(piece, int)] == [0, 1, 2, 3]
    assert pieces[0].startswith("Dear Ms Okafor")
    assert gaps[1].wrong == {"about the loan period": "We discuss something directly: no 'about'."}
    assert gaps[1].hint == "discuss + the thing"
    assert gaps[2].accepted == ("by courier", "by post")
    assert gaps[3].same_inflection is True and gaps[0].same_inflection is False


@pytest.mark.parametrize("text, complaint", [
    ("No gaps here.", "no gaps"),
    ("Open [[to but never closed", "never closed"),
    ("Empty [[ ; hint: x]] gap", "no accepted answer"),
    ("Bad [[to ; wrong: for]] part", "not understood"),
    ("Bad [[to ; wrong:  => feedback]] part", "wrong: answer => feedback"),
    ("Bad [[to ; colour: red]] part", "not understood"),
])
def test_markup_mistakes_are_explained(text, complaint):
    with pytest.raises(logic.AuthorError) as raised:
        logic.parse_markup(text)
    assert complaint in str(raised.value)


@pytest.mark.parametrize("answers, statuses, fraction", [
    (["to", "the loan period", "by post", "to hearing"], ["correct"] * 4, 1.0),
    (["To", "The loan period.", "By Courier", "to hearing"], ["correct"] * 4, 1.0),      # case, full stop
    # "forms" no longer takes any form of the lemma: "look forward to hear" is a grammar error.
    (["to", "the loan period", "by post", "to hear"], ["correct"] * 3 + ["wrong"], 3 / 4),
    (["for", "about the loan period", "by cuorier", "to hearing"],
     ["wrong", "expected", "almost", "correct"], (0 + 0 + 0.5 + 1) / 4),
    (["", "  ", "", ""], ["empty"] * 4, 0.0),
])
def test_scoring_with_partial_credit_for_typos(answers, statuses, fraction):
    _pieces, gaps = logic.parse_markup(EMAIL)
    results, earned = logic.score(gaps, answers, almost_credit=0.5)
    assert [result.status for result in results] == statuses
    assert earned == pytest.approx(fraction)


def test_anticipated_errors_carry_the_authors_feedback():
    _pieces, gaps = logic.parse_markup(EMAIL)
    results, _fraction = logic.score(gaps, ["to", "about the loan period", "by post", "to hearing"], 0.5)
    assert results[1].feedback == "We discuss something directly: no 'about'."
