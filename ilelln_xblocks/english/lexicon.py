"""What the checker knows about English words, all from data shipped inside wheels (nothing downloads).

- Whether a string is a real, common English word (pyspellchecker's English frequency list): a real
  word is never excused as a slip of another word, since "there" for "their" is a different word.
- British and American spellings of the same word (breame's lists, which cover inflected forms:
  ``catalogue``/``catalog``, ``organised``/``organized``, ``travelled``/``traveled``).
- The inflections of a word (lemminflect's tables), and nouns that have no plural in the sense a
  learner of professional English needs (``information``, ``equipment``, ``advice``...).
"""
from functools import lru_cache

from breame.spelling import get_american_spelling
from lemminflect import getAllInflections, getAllLemmas, getAllLemmasOOV

# pyspellchecker counts words in a large English corpus. Below this count a string is a rare word
# or a misspelling that made it into the corpus ("heer", "meting", "compleat"); a learner typing it
# almost certainly meant something else, so it may still be a slip.
COMMON_WORD_COUNT = 300

# Nouns whose plural a teacher marks wrong. Curated: lemminflect lists "informations" as a plural.
UNCOUNTABLE = frozenset("""
accommodation advice baggage equipment evidence feedback funding furniture hardware homework information
knowledge luggage machinery money news paperwork progress research software stationery training traffic
vocabulary weather
""".split())


@lru_cache(maxsize=1)
def _frequencies():
    """pyspellchecker's English word frequencies, loaded once from its wheel."""
    from spellchecker import SpellChecker  # pylint: disable=import-outside-toplevel
    return SpellChecker(language="en", distance=1).word_frequency


@lru_cache(maxsize=16384)
def american(word):
    """The American spelling of a (lower-case) word, or the word itself: ``catalogue`` → ``catalog``."""
    if not word.isalpha():
        return word
    try:
        return get_american_spelling(word) or word
    except (KeyError, ValueError):
        return word


def count(word):
    """How often ``word`` (or its American spelling) occurs in the corpus."""
    frequencies = _frequencies()
    return max(frequencies[word], frequencies[american(word)])


def is_real_word(word):
    """Whether ``word`` is itself a common English word (in either spelling)."""
    if len(word) == 1:
        return word in ("a", "i")
    return count(word) >= COMMON_WORD_COUNT


def is_known(word):
    """Whether ``word`` is in the English list at all, even rarely (for the writing spell check)."""
    frequencies = _frequencies()
    return word in frequencies or american(word) in frequencies


@lru_cache(maxsize=16384)
def lemmas(word):
    """Dictionary forms of ``word`` (``discussed`` → ``discuss``), the word itself included."""
    found = {word}
    for forms in getAllLemmas(word).values():
        found.update(form.lower() for form in forms)
    return frozenset(found)


@lru_cache(maxsize=16384)
def guessed_lemmas(word):
    """Lemmas lemminflect's rules would give even a made-up form (``shelfs`` → ``shelf``, ``buyed`` → ``buy``)."""
    found = set(lemmas(word))
    for upos in ("NOUN", "VERB"):
        for forms in getAllLemmasOOV(word, upos).values():
            found.update(form.lower() for form in forms)
    return frozenset(found)


@lru_cache(maxsize=16384)
def inflections(word):
    """``{tag: {forms}}`` of every lemma of ``word`` (``shelf`` → ``{"NN": {"shelf"}, "NNS": {"shelves"}}``)."""
    tags = {}
    for lemma in lemmas(word) | {american(word)}:
        for tag, forms in getAllInflections(lemma).items():
            tags.setdefault(tag, set()).update(american(form.lower()) for form in forms)
    return tags


def is_uncountable_plural(word, wanted):
    """Whether ``word`` is a made-up plural of the uncountable ``wanted`` (``informations``)."""
    base = american(wanted)
    return base in UNCOUNTABLE and word != wanted and american(word) in {base + "s", base + "es"}


def same_inflection_forms(wanted):
    """The other spellings of the inflection ``wanted`` already is: ``learnt`` → ``{learnt, learned}``.

    This is what "accept other forms" means for a gap: the grammar of the sentence fixes the
    inflection, so only forms sharing ``wanted``'s tag under the same lemma are right.
    """
    wanted = american(wanted)
    found = {wanted}
    for forms in inflections(wanted).values():
        if wanted in forms:
            found |= forms
    return found


def all_forms(wanted):
    """Every real inflection of ``wanted``, for a recall test where any form of the word is fine.

    An uncountable noun keeps its one form.
    """
    wanted = american(wanted)
    if wanted in UNCOUNTABLE:
        return {wanted}
    found = {wanted}
    for forms in inflections(wanted).values():
        found |= forms
    return found


def is_wrong_inflection(word, wanted):
    """Whether ``word`` is a made-up regular form of ``wanted``'s lemma (``shelfs``, ``buyed``).

    That is a grammar error, not a slip: the learner applied a rule the word does not follow.
    """
    if is_real_word(word):
        return False
    word, wanted = american(word), american(wanted)
    roots = {form.lower() for forms in getAllLemmas(wanted).values() for form in forms} or {wanted}
    for lemma in roots:
        regular = {lemma + "s", lemma + "ed", lemma + "ing"}
        if lemma.endswith("e"):
            regular |= {lemma + "d", lemma[:-1] + "ing"}
        if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
            regular.add(lemma + "es")
        if word in regular and word not in all_forms(lemma):
            return True
    return False
