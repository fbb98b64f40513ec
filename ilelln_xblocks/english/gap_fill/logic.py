"""Gap-fill markup and scoring, in plain Python.

An author writes the text with each gap in double brackets. Inside a gap, ``;`` separates
the parts: first the accepted answers (``|`` between alternatives), then any of
``hint: ...``, ``wrong: answer => feedback`` (an anticipated wrong answer, such as an error
carried over from Arabic), ``forms: form | form`` (other forms of the word this gap accepts),
``forms`` alone (the other spellings of the same inflection, such as learnt/learned) and
``numbers`` (digits, Arabic-Indic digits and number words agree)::

    We look forward [[to ; hint: a preposition ; wrong: for => We look forward *to* something.]] hearing from you.
    Could you send the books [[by courier | by post]]?
    The report [[shows ; forms: showed]] the number of visitors.    The room has [[40 ; numbers]] seats.

``forms`` alone used to accept any form sharing a lemma, so "The library [[opens ; forms]]" took
"opened" and "opening"; existing courses keep their markup and now get only what the grammar allows.
"""
import re
from dataclasses import dataclass, field

from ...core.messages import AuthorError, _
from .. import checking

_GAP = re.compile(r"\[\[(.+?)\]\]", re.S)
MAX_ANSWER_LENGTH = 200


@dataclass(frozen=True)
class Gap:
    """One gap: what is accepted, what is anticipated, and the help offered."""

    accepted: tuple
    wrong: dict = field(default_factory=dict)
    hint: str = ""
    forms: tuple = ()               # other forms the author accepts, listed
    same_inflection: bool = False   # the bare ``forms`` switch
    numbers: bool = False


def parse_gap(source, number):
    """A :class:`Gap` from the text between the brackets of gap ``number``."""
    parts = [part.strip() for part in source.split(";")]
    accepted = tuple(answer.strip() for answer in parts[0].split("|") if answer.strip())
    if not accepted:
        raise AuthorError(_("Gap %(number)s has no accepted answer."), number=number)
    wrong, hint, forms, same_inflection, numbers = {}, "", (), False, False
    for part in parts[1:]:
        label, _sep, rest = part.partition(":")
        label = label.strip().lower()
        if part.lower() == "forms":
            same_inflection = True
        elif part.lower() == "numbers":
            numbers = True
        elif label == "forms" and rest.strip():
            forms = tuple(form.strip() for form in rest.split("|") if form.strip())
        elif label == "hint" and rest.strip():
            hint = rest.strip()
        elif label == "wrong" and "=>" in rest:
            answer, _arrow, feedback = rest.partition("=>")
            if not answer.strip() or not feedback.strip():
                raise AuthorError(_("Gap %(number)s: write a wrong answer as 'wrong: answer => feedback'."),
                                  number=number)
            wrong[answer.strip()] = feedback.strip()
        elif part:
            raise AuthorError(
                _("Gap %(number)s: '%(part)s' is not understood. Use hint:, wrong: ... => ..., forms, or numbers."),
                number=number, part=part[:60],
            )
    return Gap(accepted=accepted, wrong=wrong, hint=hint, forms=forms, same_inflection=same_inflection,
               numbers=numbers)


def parse_markup(text):
    """``(pieces, gaps)``: pieces alternate text and gap numbers (``str`` or ``int``)."""
    pieces, gaps, position = [], [], 0
    for match in _GAP.finditer(text or ""):
        if match.start() > position:
            pieces.append(text[position:match.start()])
        gaps.append(parse_gap(match.group(1), len(gaps) + 1))
        pieces.append(len(gaps) - 1)
        position = match.end()
    if position < len(text or ""):
        pieces.append(text[position:])
    if "[[" in "".join(piece for piece in pieces if isinstance(piece, str)):
        raise AuthorError(_("A gap is opened with [[ but never closed with ]]."))
    if not gaps:
        raise AuthorError(_("The text has no gaps: put each gap in double brackets, like [[to]]."))
    return pieces, gaps


@dataclass(frozen=True)
class GapResult:
    """How one answer was judged, and the credit it earns."""

    status: str
    credit: float
    feedback: str = ""


def score(gaps, answers, almost_credit):
    """``(results, fraction)``: a :class:`GapResult` per gap and the share of the points earned."""
    results = []
    for gap, answer in zip(gaps, answers, strict=True):
        verdict = checking.check_answer(answer, gap.accepted, gap.wrong, allow_forms=gap.same_inflection,
                                        forms=gap.forms, numbers=gap.numbers)
        credit = {checking.CORRECT: 1.0, checking.ALMOST: almost_credit}.get(verdict.status, 0.0)
        results.append(GapResult(verdict.status, credit, verdict.feedback))
    fraction = sum(result.credit for result in results) / len(results) if results else 0.0
    return results, fraction
