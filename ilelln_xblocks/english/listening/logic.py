"""Listening exercises: comprehension questions and word-by-word dictation scoring, in plain Python.

Questions are written one after another::

    ? single | What is the loan period?
    + four weeks
    - two weeks
    ? multiple | What does Grace ask for?        (several + lines)
    ? short | On which day will the books be posted?
    = Monday
    = on Monday
    ! in Monday => We say "on" with days: on Monday.

``+`` marks a right choice, ``-`` a wrong one, ``=`` an accepted short answer (checked by the
gap rules, a leading article optional, numbers in digits or words), ``!`` an anticipated wrong
short answer with the feedback the learner gets (even when the answer is misspelt).
"""
from dataclasses import dataclass, field

from ...core.memo import per_content
from ...core.messages import AuthorError, _
from .. import checking, lexicon, textnorm

SINGLE, MULTIPLE, SHORT = "single", "multiple", "short"
KINDS = (SINGLE, MULTIPLE, SHORT)


@dataclass
class Question:
    """One comprehension question."""

    kind: str
    prompt: str
    choices: list = field(default_factory=list)   # [(text, is_right)]
    answers: list = field(default_factory=list)   # accepted short answers
    wrong: dict = field(default_factory=dict)     # anticipated wrong short answers: feedback


@per_content
def parse_questions(text):
    """The questions in ``text``; :class:`AuthorError` names the line to fix."""
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
                raise AuthorError(_("Line %(number)s: a question is '? single|multiple|short | the question'."),
                                    number=number)
            current = Question(kind, prompt)
            questions.append(current)
        elif current is None:
            raise AuthorError(_("Line %(number)s: start with a question line ('? single | ...')."), number=number)
        elif marker in "+-" and current.kind != SHORT and rest:
            current.choices.append((rest, marker == "+"))
        elif marker == "=" and current.kind == SHORT and rest:
            current.answers.append(rest)
        elif marker == "!" and current.kind == SHORT and "=>" in rest:
            answer, _arrow, feedback = (part.strip() for part in rest.partition("=>"))
            if not answer or not feedback:
                raise AuthorError(_("Line %(number)s: write an anticipated answer as '! answer => feedback'."),
                                    number=number)
            current.wrong[answer] = feedback
        else:
            raise AuthorError(_("Line %(number)s is not understood: use + or - for choices, = for short answers, "
                                  "! answer => feedback for an anticipated wrong answer."), number=number)
    for index, question in enumerate(questions, start=1):
        right = sum(is_right for _text, is_right in question.choices)
        if question.kind == SINGLE and (right != 1 or len(question.choices) < 2):
            raise AuthorError(_("Question %(number)s needs at least two choices and exactly one right one."),
                                number=index)
        if question.kind == MULTIPLE and (right < 1 or len(question.choices) < 2):
            raise AuthorError(_("Question %(number)s needs at least two choices and one or more right ones."),
                                number=index)
        if question.kind == SHORT and not question.answers:
            raise AuthorError(_("Question %(number)s needs at least one accepted answer ('= ...')."),
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
    verdict = check_short(answer, question.answers, question.wrong)
    return {checking.CORRECT: 1.0, checking.ALMOST: almost_credit}.get(verdict.status, 0.0)


def short_feedback(question, answer):
    """The author's feedback when a short answer is an anticipated wrong one (misspelt or not), else ``""``."""
    if question.kind != SHORT or not question.wrong:
        return ""
    return check_short(answer, question.answers, question.wrong).feedback


def check_short(answer, accepted, wrong=None, numbers=True):
    """A :class:`~checking.Verdict` for a short typed answer: the gap rules, with a leading article optional."""
    return checking.check_answer(answer, accepted, wrong, numbers=numbers, optional_articles=True)


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
    """The words of ``text`` as written (normalised, punctuation dropped)."""
    return textnorm.words(text)


def _key(word):
    """What two dictation words must share to be the same word: one spelling, one way of writing numbers."""
    value = textnorm.number_value(word)
    if value is not None:
        return f"#{value[0]}{'th' if value[1] else ''}"
    return lexicon.american(word.replace("-", ""))


def _merge_split_words(expected, given):
    """Join the pieces of a word written as two (``work shop``) or of two written as one (``bookfair``).

    Returns the two word lists with each joined group as one ``(text, key, hyphenated)`` entry, so
    the alignment sees one word; a join across a hyphen is the same word (``inter library``).
    """
    expected_keys = {_key(word) for word in expected}
    given_keys = {_key(word) for word in given}

    def merge(tokens, other_keys):
        merged, index = [], 0
        while index < len(tokens):
            word = tokens[index]
            if (index + 1 < len(tokens) and _key(word) not in other_keys
                    and _key(tokens[index + 1]) not in other_keys
                    and _key(word + tokens[index + 1]) in other_keys):
                joined = word + " " + tokens[index + 1]
                merged.append((joined, _key(word + tokens[index + 1]), "-" in joined))
                index += 2
                continue
            merged.append((word, _key(word), "-" in word))
            index += 1
        return merged

    return merge(expected, given_keys), merge(given, expected_keys)


def dictation(reference, typed, almost_credit=0.5):
    """``(fraction, comparison)``: the word error rate turned into credit, and the word-by-word alignment.

    The words are aligned by jiwer (the standard word-error-rate alignment: substitutions,
    insertions and deletions). ``comparison`` is a list of ``(status, reference word, typed word)``
    with status ``ok``, ``almost`` (the right word with a slip, as in the gap rules: a word split in
    two or a misspelling that is not another word), ``wrong`` (another word), ``missing`` or
    ``extra``. Slips earn ``almost_credit``; each wrong, missing or extra word costs one word.
    """
    import jiwer  # pylint: disable=import-outside-toplevel  (loaded on the first dictation, not at import)

    expected, given = _merge_split_words(words(reference), words(typed))
    if not expected:
        return 1.0, []
    if not given:
        return 0.0, [("missing", text, "") for text, _key_, _hyphen in expected]
    output = jiwer.process_words(" ".join(key for _t, key, _h in expected), " ".join(key for _t, key, _h in given))
    rules = checking.Rules(numbers=True)
    comparison = []
    for chunk in output.alignments[0]:
        left = expected[chunk.ref_start_idx:chunk.ref_end_idx]
        right = given[chunk.hyp_start_idx:chunk.hyp_end_idx]
        if chunk.type == "equal":
            for want, got in zip(left, right, strict=True):
                split = (" " in want[0]) != (" " in got[0]) and not (want[2] or got[2])
                comparison.append(("almost" if split else "ok", want[0], got[0]))
        elif chunk.type == "substitute":
            for want, got in zip(left, right, strict=True):
                status = checking.compare_words(got[0], want[0], rules)[0] if " " not in want[0] + got[0] else 2
                comparison.append(("almost" if status == 1 else "ok" if status == 0 else "wrong", want[0], got[0]))
        elif chunk.type == "delete":
            comparison += [("missing", want[0], "") for want in left]
        else:
            comparison += [("extra", "", got[0]) for got in right]
    return dictation_credit(comparison, len(expected), almost_credit), comparison


def dictation_credit(comparison, reference_words, almost_credit=0.5):
    """The share of the credit a dictation earns: 1 minus the word error rate, slips costing a part."""
    counts = dictation_counts(comparison)
    lost = counts["wrong"] + counts["missing"] + counts["extra"] + (1 - almost_credit) * counts["almost"]
    return max(0.0, 1 - lost / reference_words) if reference_words else 1.0


def dictation_counts(comparison):
    """``{"wrong", "missing", "extra", "almost", "words", "wer"}``: what the learner is told about a dictation."""
    counts = {status: 0 for status in ("ok", "almost", "wrong", "missing", "extra")}
    for status, _want, _got in comparison:
        counts[status] += 1
    reference = counts["ok"] + counts["almost"] + counts["wrong"] + counts["missing"]
    errors = counts["wrong"] + counts["missing"] + counts["extra"]
    counts["words"] = reference
    counts["wer"] = round(errors / reference, 3) if reference else 0.0
    return counts
