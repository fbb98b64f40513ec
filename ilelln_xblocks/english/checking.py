"""Tolerant, server-side checking of short English answers, in plain Python (no XBlock, no Django).

Learners type on phones, often with an Arabic keyboard layout close by. A typed answer
is compared with the author's accepted answers after normalising case, spaces, quotes and
apostrophes; other forms of a word count when the author allows them (lemmas from
lemminflect's tables, shipped in its wheel); small typos count as "almost" by an edit
distance that grows with word length (rapidfuzz's OSA distance: a swapped pair of letters
counts as one edit).
"""
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllLemmas
from rapidfuzz.distance import OSA

CORRECT = "correct"
ALMOST = "almost"          # a typo away from an accepted answer
EXPECTED_WRONG = "expected"  # a wrong answer the author anticipated, with its own feedback
WRONG = "wrong"
EMPTY = "empty"

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u00a0": " ", "\u200f": "", "\u200e": "", "\u200b": "",
})
_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .,;:!?\"()[]"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def normalise(text):
    """Lower-case text with straight quotes, single spaces and no punctuation at either end."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return _SPACES.sub(" ", text.casefold()).strip(_EDGE_PUNCTUATION)


def typo_allowance(length):
    """Edits forgiven in a word or phrase of ``length`` letters: 0 up to 3, 1 up to 7, then 2."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    return 2


@lru_cache(maxsize=4096)
def lemmas(word):
    """Dictionary forms of an English ``word`` (``discussed`` → ``discuss``), the word itself included."""
    found = {word}
    for forms in getAllLemmas(word).values():
        found.update(form.lower() for form in forms)
    return frozenset(found)


def same_word_family(given, expected):
    """Whether two normalised phrases differ only in the forms of their words (``discussed`` ~ ``discusses``)."""
    given_words, expected_words = _WORD.findall(given), _WORD.findall(expected)
    if len(given_words) != len(expected_words) or not given_words:
        return False
    return all(lemmas(a) & lemmas(b) for a, b in zip(given_words, expected_words, strict=True))


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


def check_answer(given, accepted, expected_wrong=None, allow_forms=False, tolerate_typos=True):
    """Check ``given`` against ``accepted`` answers.

    ``expected_wrong`` maps anticipated wrong answers (such as ``discuss about``) to feedback;
    they are checked before typos, so a known error is never excused as a typo.
    """
    answer = normalise(given)
    if not answer:
        return Verdict(EMPTY)
    normalised = [(normalise(option), option) for option in accepted if normalise(option)]
    for option, original in normalised:
        if answer == option:
            return Verdict(CORRECT, original)
    for wrong, feedback in (expected_wrong or {}).items():
        if answer == normalise(wrong):
            return Verdict(EXPECTED_WRONG, wrong, feedback)
    if allow_forms:
        for option, original in normalised:
            if same_word_family(answer, option):
                return Verdict(CORRECT, original)
    if tolerate_typos:
        best = None
        for option, original in normalised:
            distance = OSA.distance(answer, option)
            if 0 < distance <= typo_allowance(len(option)) and (best is None or distance < best[0]):
                best = (distance, original)
        if best:
            return Verdict(ALMOST, best[1])
    return Verdict(WRONG)
