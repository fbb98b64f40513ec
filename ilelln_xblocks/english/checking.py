"""Tolerant, server-side checking of short English answers, in plain Python (no XBlock, no Django).

The rules a teacher of Arabic-speaking adults would sign:

- Every answer goes through one normalisation (:mod:`.textnorm`): the characters an Arabic
  keyboard adds are removed or mapped, quotes and dashes are unified, case is ignored.
- British and American spellings are the same word; a compound may be written with a hyphen,
  a space or neither where either form has a hyphen (``e-mail``, ``email``, ``e mail``).
- Tolerance belongs to each word: a phrase is almost right when every word is right or a slip of
  the right word, so a wrong preposition inside a phrase is wrong, not a typo.
- A slip is a small edit (rapidfuzz's OSA distance, growing with the word's length) that does not
  make another common English word: ``there`` for ``their`` is the wrong word, ``thier`` a slip.
  A made-up inflection (``shelfs``, ``buyed``) or a plural of an uncountable noun (``informations``)
  is a grammar error, never a slip.
- A word written as two (``work shop``) or two as one (``incharge``) is a slip.
- An anticipated wrong answer, even misspelt, brings back the author's feedback.
- Other forms of a word count only as the author allows them: an explicit list per gap, or the
  other spellings of the same inflection (``learnt``/``learned``); never any form of the lemma.
- Numbers in digits, Arabic-Indic digits or words agree where the author allows it.
"""
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from . import lexicon
from .lexicon import lemmas  # noqa: F401  (re-exported: the writing checklist matches ideas by lemma)
from .textnorm import normalise, number_value, number_words, words  # noqa: F401  (normalise re-exported)

CORRECT = "correct"
ALMOST = "almost"          # a slip away from an accepted answer
EXPECTED_WRONG = "expected"  # a wrong answer the author anticipated, with its own feedback
WRONG = "wrong"
EMPTY = "empty"

_EQUAL, _SLIP, _DIFFERENT = 0, 1, 2
ARTICLES = frozenset({"a", "an", "the", "to"})


def typo_allowance(length):
    """Edits forgiven in a word of ``length`` letters: none for one letter, 1 up to 7, then 2."""
    if length <= 1:
        return 0
    if length <= 7:
        return 1
    return 2


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer: a status, the answer it matched, and any author feedback."""

    status: str
    matched: str = ""
    feedback: str = ""

    @property
    def is_correct(self):
        """Whether the answer earns full credit."""
        return self.status == CORRECT


@dataclass(frozen=True)
class Rules:
    """What the author allows for one answer."""

    same_inflection: bool = False   # other spellings of the same inflection (the old "forms" switch)
    any_form: bool = False          # any real inflection (a recall test of the word itself)
    numbers: bool = False           # digits and number words agree
    optional_articles: bool = False  # a leading a/an/the/to is neither needed nor wrong
    tolerate_typos: bool = True


def _has_digit(word):
    return any(char.isdigit() for char in word)


def compare_words(given, wanted, rules=Rules()):
    """``(status, distance)`` of one typed word against one wanted word (both normalised)."""
    if given == wanted or lexicon.american(given) == lexicon.american(wanted):
        return _EQUAL, 0
    value = number_value(given)
    if value is not None and number_value(wanted) is not None:
        # Another number is never a slip ("ninetieth" for "nineteenth"); the same in digits only if allowed.
        return (_EQUAL, 0) if rules.numbers and value == number_value(wanted) else (_DIFFERENT, 0)
    if rules.same_inflection and lexicon.american(given) in lexicon.same_inflection_forms(wanted):
        return _EQUAL, 0
    if rules.any_form and lexicon.american(given) in lexicon.all_forms(wanted):
        return _EQUAL, 0
    if not rules.tolerate_typos or _has_digit(given):
        return _DIFFERENT, 0
    targets = {wanted, lexicon.american(wanted)}
    if _has_digit(wanted):
        if not rules.numbers or number_value(wanted) is None:
            return _DIFFERENT, 0
        targets = {number_words(*number_value(wanted))}
    if (lexicon.is_real_word(given) or lexicon.is_uncountable_plural(given, wanted)
            or lexicon.is_wrong_inflection(given, wanted)):
        return _DIFFERENT, 0
    bare = given.replace("'", "")
    distance = min(min(OSA.distance(given, target), OSA.distance(bare, target.replace("'", "")))
                   for target in targets)
    if distance <= typo_allowance(min(len(target) for target in targets)):
        return _SLIP, distance
    return _DIFFERENT, 0


def _split(tokens):
    return [piece for token in tokens for piece in token.split("-") if piece]


def _joined(tokens):
    return [token.replace("-", "") for token in tokens]


def _strip_article(tokens, rules):
    if rules.optional_articles and len(tokens) > 1 and tokens[0] in ARTICLES:
        return tokens[1:]
    return tokens


def compare(given_tokens, wanted_tokens, rules=Rules()):
    """``(status, distance)`` of a typed phrase against a wanted phrase, word by word."""
    given_tokens = _strip_article(given_tokens, rules)
    wanted_tokens = _strip_article(wanted_tokens, rules)
    if rules.numbers:
        value = number_value(" ".join(given_tokens))
        if value is not None and value == number_value(" ".join(wanted_tokens)):
            return _EQUAL, 0
    wanted_forms = [_split(wanted_tokens), _joined(wanted_tokens)]
    hyphenated = any("-" in token for token in given_tokens)
    given_forms = [_split(given_tokens), _joined(given_tokens)] if hyphenated else [given_tokens]
    if any(given == wanted for given in given_forms for wanted in wanted_forms):
        return _EQUAL, 0
    best = (_DIFFERENT, 0)
    # Word by word: a hyphen the learner typed marks two words ("intra-library" is "intra library").
    given = given_forms[0]
    for wanted in wanted_forms:
        if len(wanted) != len(given):
            continue
        statuses = [compare_words(word, want, rules) for word, want in zip(given, wanted, strict=True)]
        status = max(status for status, _distance in statuses)
        if status < _DIFFERENT:
            distance = sum(distance for _status, distance in statuses)
            if best[0] == _DIFFERENT or (status, distance) < best:
                best = (status, distance)
    if best[0] == _EQUAL:
        return best
    if best[0] == _DIFFERENT and rules.tolerate_typos and "".join(_joined(given_tokens)) == "".join(
            _joined(wanted_tokens)):
        return _SLIP, 1   # a word split in two, or two written as one
    return best


def check_answer(given, accepted, expected_wrong=None, allow_forms=False, tolerate_typos=True, *,
                 forms=(), numbers=False, any_form=False, optional_articles=False):
    """Check ``given`` against ``accepted`` answers.

    ``expected_wrong`` maps anticipated wrong answers (such as ``discuss about``) to feedback;
    they are checked before slips, and a slip of one keeps its feedback. ``forms`` lists other
    forms the author accepts; ``allow_forms`` (the old switch) accepts the other spellings of the
    same inflection only. ``numbers`` lets digits and words agree; ``any_form`` and
    ``optional_articles`` suit a recall test of a word out of context.
    """
    answer = words(given)
    if not answer:
        return Verdict(EMPTY if not normalise(given) else WRONG)   # Arabic typed by mistake is an answer
    rules = Rules(same_inflection=allow_forms, any_form=any_form, numbers=numbers,
                  optional_articles=optional_articles, tolerate_typos=tolerate_typos)
    options = [(words(option), option) for option in list(accepted) + list(forms) if words(option)]
    anticipated = [(words(wrong), wrong, feedback) for wrong, feedback in (expected_wrong or {}).items()
                   if words(wrong)]
    results = [(compare(answer, tokens, rules), original) for tokens, original in options]
    for (status, _distance), original in results:
        if status == _EQUAL:
            return Verdict(CORRECT, original)
    wrong_results = [(compare(answer, tokens, rules), wrong, feedback) for tokens, wrong, feedback in anticipated]
    for (status, _distance), wrong, feedback in wrong_results:
        if status == _EQUAL:
            return Verdict(EXPECTED_WRONG, wrong, feedback)
    slips = sorted((distance, original) for (status, distance), original in results if status == _SLIP)
    wrong_slips = sorted((distance, wrong, feedback) for (status, distance), wrong, feedback in wrong_results
                         if status == _SLIP)
    if wrong_slips and (not slips or wrong_slips[0][0] < slips[0][0]):
        return Verdict(EXPECTED_WRONG, wrong_slips[0][1], wrong_slips[0][2])
    if slips:
        return Verdict(ALMOST, slips[0][1])
    return Verdict(WRONG)
