"""Gap-fill markup and scoring, in plain Python.

An author writes the text with each gap in double brackets. Inside a gap, ``;`` separates
the parts: first the accepted answers (``|`` between alternatives), then any of
``hint: ...``, ``wrong: answer => feedback`` (an anticipated wrong answer, such as an error
carried over from Arabic), ``forms: form | form`` (other forms of the word this gap accepts),
``forms`` alone (the other spellings of the same inflection, such as learnt/learned),
``numbers`` (digits, Arabic-Indic digits and number words agree) and ``ar: ...`` right after a
``wrong:`` part (the Arabic of that feedback, shown beside the English on Arabic pages)::

    We look forward [[to ; hint: a preposition ; wrong: for => We look forward *to* something.]] hearing from you.
    We are interested [[in ; wrong: on => Interested IN something. ; ar: نقول interested in وليس on.]] it.
    Could you send the books [[by courier | by post]]?
    The report [[shows ; forms: showed]] the number of visitors.    The room has [[40 ; numbers]] seats.

``forms`` alone used to accept any form sharing a lemma, so "The library [[opens ; forms]]" took
"opened" and "opening"; existing courses keep their markup and now get only what the grammar allows.
"""
import re
from dataclasses import dataclass, field

from ...core.memo import per_content
from ...core.messages import AuthorError, _
from .. import checking

_GAP = re.compile(r"\[\[(.+?)\]\]", re.S)
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
MAX_ANSWER_LENGTH = 200


@dataclass(frozen=True)
class Gap:
    """One gap: what is accepted, what is anticipated, and the help offered."""

    accepted: tuple
    wrong: dict = field(default_factory=dict)
    glosses: dict = field(default_factory=dict)   # anticipated wrong answer -> the Arabic of its feedback
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
    wrong, glosses, hint, forms, same_inflection, numbers = {}, {}, "", (), False, False
    previous = None   # the wrong answer of the part just before, which an ``ar:`` part translates
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
            previous = answer.strip()
            continue
        elif label == "ar":
            _add_gloss(glosses, previous, rest.strip(), number)
        elif part:
            raise AuthorError(_("Gap %(number)s: '%(part)s' is not understood. "
                                "Use hint:, wrong: ... => ..., ar:, forms, or numbers."), number=number, part=part[:60])
        previous = None
    return Gap(accepted=accepted, wrong=wrong, glosses=glosses, hint=hint, forms=forms,
               same_inflection=same_inflection, numbers=numbers)


def _add_gloss(glosses, answer, text, number):
    """Keep ``text``, the Arabic of the feedback for the wrong ``answer`` just before it, or say what is amiss."""
    if answer is None:
        raise AuthorError(_("Gap %(number)s: put 'ar: ...' right after the 'wrong: answer => feedback' it "
                            "translates."), number=number)
    if not _ARABIC_LETTER.search(text):
        raise AuthorError(_("Gap %(number)s: after 'ar:' write the Arabic of the feedback for '%(answer)s'."),
                          number=number, answer=answer[:60])
    glosses[answer] = text


@per_content
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


# A run of English in an Arabic gloss: Latin words with the spaces and commas between them, and the full stop or
# question mark that ends the English sentence, so it stays at the English end of the example.
_WORD = r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*"
_ENGLISH_RUN = re.compile(rf"{_WORD}(?:[ ,+-]+{_WORD})*(?:[.?!](?=\s|$))?")


def english_runs(gloss):
    """``[(text, is_english), ...]``: an Arabic gloss cut where its English examples start and end, so each
    example can be isolated left to right and a line break cannot scramble it with the Arabic around it."""
    runs, position = [], 0
    for match in _ENGLISH_RUN.finditer(gloss or ""):
        if match.start() > position:
            runs.append((gloss[position:match.start()], False))
        runs.append((match.group(), True))
        position = match.end()
    if position < len(gloss or ""):
        runs.append((gloss[position:], False))
    return runs


@dataclass(frozen=True)
class GapResult:
    """How one answer was judged, and the credit it earns."""

    status: str
    credit: float
    feedback: str = ""
    gloss: str = ""   # the Arabic of ``feedback``, when the author wrote one


def score(gaps, answers, almost_credit):
    """``(results, fraction)``: a :class:`GapResult` per gap and the share of the points earned."""
    results = []
    for gap, answer in zip(gaps, answers, strict=True):
        verdict = checking.check_answer(answer, gap.accepted, gap.wrong, allow_forms=gap.same_inflection,
                                        forms=gap.forms, numbers=gap.numbers)
        credit = {checking.CORRECT: 1.0, checking.ALMOST: almost_credit}.get(verdict.status, 0.0)
        gloss = gap.glosses.get(verdict.matched, "") if verdict.status == checking.EXPECTED_WRONG else ""
        results.append(GapResult(verdict.status, credit, verdict.feedback, gloss))
    fraction = sum(result.credit for result in results) / len(results) if results else 0.0
    return results, fraction
