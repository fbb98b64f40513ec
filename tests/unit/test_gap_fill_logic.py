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


GLOSSED = ("We are interested [[in ; wrong: on => We are interested IN something. ; ar: حرف الجر بعد interested هو in."
           " ; wrong: by => Say 'interested in'. ; hint: a preposition]] your collection.")


def test_an_arabic_gloss_follows_the_feedback_it_translates():
    _pieces, gaps = logic.parse_markup(GLOSSED)
    assert gaps[0].wrong == {"on": "We are interested IN something.", "by": "Say 'interested in'."}
    assert gaps[0].glosses == {"on": "حرف الجر بعد interested هو in."}
    assert gaps[0].hint == "a preposition"
    results, _fraction = logic.score(gaps, ["on"], 0.5)
    assert results[0].gloss == "حرف الجر بعد interested هو in." and results[0].feedback.startswith("We are")
    # A feedback without a gloss, a right answer and a plain wrong one carry none.
    assert [logic.score(gaps, [answer], 0.5)[0][0].gloss for answer in ("by", "in", "at")] == ["", "", ""]


def test_markup_without_glosses_reads_as_before():
    _pieces, gaps = logic.parse_markup(EMAIL)
    assert all(gap.glosses == {} for gap in gaps)


@pytest.mark.parametrize("text, complaint", [
    ("[[in ; ar: حرف الجر in]] it", "right after the 'wrong: answer => feedback'"),
    ("[[in ; hint: x ; ar: حرف الجر in]] it", "right after the 'wrong: answer => feedback'"),
    ("[[in ; wrong: on => IN. ; ar: حرف ; ar: ثانية]] it", "right after the 'wrong: answer => feedback'"),
    ("[[in ; wrong: on => IN. ; ar: the preposition is in]] it", "write the Arabic of the feedback for 'on'"),
    ("[[in ; wrong: on => IN. ; ar:]] it", "write the Arabic of the feedback for 'on'"),
])
def test_gloss_mistakes_are_explained(text, complaint):
    with pytest.raises(logic.AuthorError) as raised:
        logic.parse_markup(text)
    assert complaint in str(raised.value)


def test_english_examples_in_a_gloss_are_cut_out_to_be_isolated():
    gloss = "نعبّر عن الغرض بـ to ثم الفعل: I am writing to ask. أما for فيأتي بعدها اسم."
    assert logic.english_runs(gloss) == [
        ("نعبّر عن الغرض بـ ", False), ("to", True), (" ثم الفعل: ", False), ("I am writing to ask.", True),
        (" أما ", False), ("for", True), (" فيأتي بعدها اسم.", False)]
    assert logic.english_runs("بلا أمثلة.") == [("بلا أمثلة.", False)] and logic.english_runs("") == []
