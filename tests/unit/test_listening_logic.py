"""Listening: question markup, scoring, and dictation compared word by word."""
import pytest

from ilelln_xblocks.english.listening import logic

QUESTIONS = """
? single | What is the loan period?
+ four weeks
- two weeks
- six weeks
? multiple | What does Grace tell Salma?
+ The books are ready to send.
+ She should confirm her address.
- The books are lost.
? short | On which day will the books be posted?
= Monday
= on Monday
"""


def test_questions_parse():
    questions = logic.parse_questions(QUESTIONS)
    assert [q.kind for q in questions] == ["single", "multiple", "short"]
    assert questions[0].choices[0] == ("four weeks", True)
    assert questions[2].answers == ["Monday", "on Monday"]


@pytest.mark.parametrize("text, complaint", [
    ("+ four weeks", "start with a question"),
    ("? essay | Why?", "'? single|multiple|short"),
    ("? single | Q\n+ a\n+ b", "exactly one right one"),
    ("? multiple | Q\n- a\n- b", "one or more right ones"),
    ("? short | Q\n+ a", "not understood"),
    ("? short | Q", "at least one accepted answer"),
])
def test_question_mistakes_are_explained(text, complaint):
    with pytest.raises(logic.AuthorError) as raised:
        logic.parse_questions(text)
    assert complaint in str(raised.value)


@pytest.mark.parametrize("index, answer, credit", [
    (0, 0, 1.0), (0, 1, 0.0),
    (1, [0, 1], 1.0), (1, [0], 0.5), (1, [0, 2], 0.0), (1, [0, 1, 2], 0.5), (1, [], 0.0),
    (2, "monday", 1.0), (2, "On Monday.", 1.0), (2, "Mondy", 0.5), (2, "Friday", 0.0),
])
def test_question_scores(index, answer, credit):
    questions = logic.parse_questions(QUESTIONS)
    assert logic.score_question(questions[index], answer) == pytest.approx(credit)


@pytest.mark.parametrize("index, answer, valid", [
    (0, 2, True), (0, 3, False), (0, "0", False), (0, True, False),
    (1, [0, 2], True), (1, [0, 0], False), (1, [5], False), (1, 1, False),
    (2, "Monday", True), (2, 3, False), (2, "x" * 201, False),
])
def test_answer_shapes(index, answer, valid):
    assert logic.answer_is_valid(logic.parse_questions(QUESTIONS)[index], answer) is valid


REFERENCE = "The loan period is four weeks, and we will post them on Monday."


@pytest.mark.parametrize("typed, fraction, statuses", [
    ("the loan period is four weeks and we will post them on monday", 1.0, None),
    ("The loan periode is four weeks, and we will post them on Monday.", 12.5 / 13, {"almost": 1}),
    ("The loan is four weeks and we post them on Monday", 11 / 13, {"missing": 2}),
    ("The loan period is five weeks and we will post them on Monday", 12 / 13, {"wrong": 1}),
    ("The loan period is four weeks and we will post them on Monday please", 12 / 13, {"extra": 1}),
    ("", 0.0, {"missing": 13}),
])
def test_dictation_is_compared_word_by_word(typed, fraction, statuses):
    earned, comparison = logic.dictation(REFERENCE, typed)
    assert earned == pytest.approx(fraction)
    counts = {}
    for status, _want, _got in comparison:
        counts[status] = counts.get(status, 0) + 1
    for status, count in (statuses or {}).items():
        assert counts.get(status) == count


@pytest.mark.parametrize("answer, credit, feedback", [
    ("in Monday", 0.0, "We say 'on' with days."),
    ("in Mondy", 0.0, "We say 'on' with days."),     # a slip of the anticipated answer keeps its feedback
    ("Tuesday", 0.0, ""),
    ("on Mondy", 0.5, ""),
    ("Monday\u061f", 1.0, ""),
])
def test_anticipated_short_answers_bring_the_authors_feedback(answer, credit, feedback):
    question = logic.parse_questions(QUESTIONS + "! in Monday => We say 'on' with days.\n")[2]
    assert question.wrong == {"in Monday": "We say 'on' with days."}
    assert logic.score_question(question, answer) == credit
    assert logic.short_feedback(question, answer) == feedback


def test_an_anticipated_answer_needs_its_feedback():
    with pytest.raises(logic.AuthorError) as raised:
        logic.parse_questions(QUESTIONS + "! in Monday =>\n")
    assert "! answer => feedback" in str(raised.value)
