"""Listening exercises: comprehension questions and word-by-word dictation scoring, in plain Python.

Questions are written one after another::

    ? single | What is the loan period?
    + four weeks
    - two weeks
    ? multiple | What does Grace ask for?        (several + lines)
    ? short | On which day will the books be posted?
    = Monday
    = on Monday

``+`` marks a right choice, ``-`` a wrong one, ``=`` an accepted short answer (checked
tolerantly, with typos forgiven).
"""
import difflib
import re
from dataclasses import dataclass, field

from ..core.messages import _
from . import checking

SINGLE, MULTIPLE, SHORT = "single", "multiple", "short"
KINDS = (SINGLE, MULTIPLE, SHORT)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


class QuestionError(ValueError):
    """Something in the questions an author must fix."""

    def __init__(self, message, **params):
        super().__init__(message % params if params else message)
        self.message = message
        self.params = params


@dataclass
class Question:
    """One comprehension question."""

    kind: str
    prompt: str
    choices: list = field(default_factory=list)   # [(text, is_right)]
    answers: list = field(default_factory=list)   # accepted short answers


def parse_questions(text):
    """The questions in ``text``; :class:`QuestionError` names the line to fix."""
    questions, current = [], None
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        marker, rest = line[0], line[1:].strip()
        if marker == "?":
            kind, _sep, prompt = rest.partition("|")
            kind, prompt = kind.strip().lower(), prompt.strip()
            if kind not in KINDS or not prompt:
                raise QuestionError(_("Line %(number)s: a question is '? single|multiple|short | the question'."),
                                    number=number)
            current = Question(kind, prompt)
            questions.append(current)
        elif current is None:
            raise QuestionError(_("Line %(number)s: start with a question line ('? single | ...')."), number=number)
        elif marker in "+-" and current.kind != SHORT and rest:
            current.choices.append((rest, marker == "+"))
        elif marker == "=" and current.kind == SHORT and rest:
            current.answers.append(rest)
        else:
            raise QuestionError(_("Line %(number)s is not understood: use + or - for choices, = for short answers."),
                                number=number)
    for index, question in enumerate(questions, start=1):
        right = sum(is_right for _text, is_right in question.choices)
        if question.kind == SINGLE and (right != 1 or len(question.choices) < 2):
            raise QuestionError(_("Question %(number)s needs at least two choices and exactly one right one."),
                                number=index)
        if question.kind == MULTIPLE and (right < 1 or len(question.choices) < 2):
            raise QuestionError(_("Question %(number)s needs at least two choices and one or more right ones."),
                                number=index)
        if question.kind == SHORT and not question.answers:
            raise QuestionError(_("Question %(number)s needs at least one accepted answer ('= ...')."),
                                number=index)
    return questions


def score_question(question, answer, almost_credit=0.5):
    """Credit from 0 to 1 for ``answer`` (a choice index, a list of indexes, or a text)."""
    if question.kind == SINGLE:
        return 1.0 if question.choices[answer][1] else 0.0
    if question.kind == MULTIPLE:
        right = {index for index, (_text, is_right) in enumerate(question.choices) if is_right}
        chosen = set(answer)
        return max(0.0, (len(chosen & right) - len(chosen - right)) / len(right))
    verdict = checking.check_answer(answer, question.answers)
    return {checking.CORRECT: 1.0, checking.ALMOST: almost_credit}.get(verdict.status, 0.0)


def answer_is_valid(question, answer):
    """Whether ``answer`` has the right shape for ``question`` (no scoring)."""
    count = len(question.choices)
    if question.kind == SINGLE:
        return isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < count
    if question.kind == MULTIPLE:
        return (isinstance(answer, list) and len(set(answer)) == len(answer)
                and all(isinstance(item, int) and not isinstance(item, bool) and 0 <= item < count
                        for item in answer))
    return isinstance(answer, str) and len(answer) <= 200


def words(text):
    """The words of ``text`` as written (punctuation dropped)."""
    return _TOKEN.findall(checking.normalise(text).replace("'", "'"))


def dictation(reference, typed):
    """``(fraction, comparison)``: the share of the reference's words written right, and the word-by-word diff.

    ``comparison`` is a list of ``(status, reference word, typed word)`` with status ``ok``,
    ``almost`` (a small typo, counted as half), ``wrong``, ``missing`` or ``extra``.
    """
    expected, given = words(reference), words(typed)
    matcher = difflib.SequenceMatcher(a=expected, b=given, autojunk=False)
    comparison, earned = [], 0.0
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            comparison += [("ok", word, word) for word in expected[a_start:a_end]]
            earned += a_end - a_start
            continue
        left, right = expected[a_start:a_end], given[b_start:b_end]
        for offset in range(max(len(left), len(right))):
            want = left[offset] if offset < len(left) else ""
            got = right[offset] if offset < len(right) else ""
            if want and got:
                status = checking.check_answer(got, [want]).status
                if status == checking.ALMOST:
                    comparison.append(("almost", want, got))
                    earned += 0.5
                else:
                    comparison.append(("wrong", want, got))
            elif want:
                comparison.append(("missing", want, ""))
            else:
                comparison.append(("extra", "", got))
    return (earned / len(expected) if expected else 1.0), comparison
