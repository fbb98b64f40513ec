"""Checking professional writing (an email, a proposal abstract) against an author's checklist, offline.

Every check is a plain function of the text: structure moves found by patterns, required ideas
matched through word forms, word count, spelling against pyspellchecker's shipped English list
(British spellings accepted), register flags and Flesch reading ease.
"""
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..core.messages import _
from .checking import lemmas, normalise

STRUCTURE = {
    "subject": (_("Subject line"), re.compile(r"^\s*(subject|re)\s*:\s*\S", re.I)),
    "greeting": (_("Greeting"), re.compile(
        r"^\s*(dear|hello|hi|good (morning|afternoon|evening)|greetings)\b.*[,:]?\s*$", re.I)),
    "purpose": (_("Purpose"), re.compile(
        r"\b(i am|i'm|we are|we're) (writing|contacting you|getting in touch)\b|\bi would like to (ask|inform|"
        r"request|invite|propose|introduce)\b|\bthe (purpose|aim) of this (email|message|letter|proposal)\b"
        r"|\bthis (proposal|project|abstract) (aims|seeks|describes|presents)\b", re.I)),
    "request": (_("Request"), re.compile(
        r"\b(could|would|can) you\b|\bplease\b|\bi would (be grateful|appreciate)\b|\bwe would (be grateful|"
        r"appreciate)\b|\bi would like you to\b|\bwe (request|invite)\b", re.I)),
    "closing": (_("Closing"), re.compile(
        r"^\s*(kind regards|best regards|warm regards|regards|yours sincerely|yours faithfully|best wishes|"
        r"sincerely|with (many )?thanks|many thanks)\s*,?\s*$", re.I)),
    "signature": (_("Signature"), None),
}
EMAIL_CHECKS = ("subject", "greeting", "purpose", "request", "closing", "signature")

INFORMAL = frozenset({
    "hey", "hiya", "gonna", "wanna", "gotta", "kinda", "yeah", "yep", "nope", "ok", "okay", "cool", "awesome",
    "stuff", "guys", "btw", "asap", "pls", "plz", "thx", "u", "ur", "lol", "bye", "cheers", "folks",
})
_CONTRACTION = re.compile(r"\b\w+(n't|'re|'m|'ll|'ve|'d)\b|\b(it|that|there|what|here|he|she|let)'s\b", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SKIP = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")
# Words a library professional writes that general English lists may lack.
LIBRARY_WORDS = frozenset({
    "interlibrary", "makerspace", "makerspaces", "koha", "dspace", "opac", "ils", "wifi", "ebook", "ebooks",
    "metadata", "cataloguing", "cataloging", "librarianship", "helpdesk", "email", "emails", "online", "website",
})
_BRITISH = ((r"our$", "or"), (r"ise$", "ize"), (r"ised$", "ized"), (r"ising$", "izing"), (r"isation$", "ization"),
            (r"yse$", "yze"), (r"tre$", "ter"), (r"tres$", "ters"), (r"ogue$", "og"), (r"ogues$", "ogs"),
            (r"programme$", "program"), (r"programmes$", "programs"), (r"ence$", "ense"), (r"lled$", "led"),
            (r"lling$", "ling"), (r"ement$", "ment"))


@lru_cache(maxsize=1)
def _dictionary():
    """pyspellchecker's English word list, loaded once from its wheel (no download)."""
    from spellchecker import SpellChecker  # pylint: disable=import-outside-toplevel
    return SpellChecker(language="en", distance=1)


def is_known(word, extra=frozenset()):
    """Whether ``word`` is spelled correctly in British or American English (or is an allowed extra word)."""
    lower = word.lower()
    if lower in extra or lower in LIBRARY_WORDS or len(lower) < 2:
        return True
    dictionary = _dictionary()
    if dictionary.known([lower]):
        return True
    return any(dictionary.known([re.sub(pattern, american, lower)]) for pattern, american in _BRITISH
               if re.search(pattern, lower))


def misspellings(text, extra=()):
    """Misspelled words in ``text``, skipping addresses, acronyms and capitalised names inside sentences."""
    extra = frozenset(word.lower() for word in extra)
    found = []
    clean = _SKIP.sub(" ", text)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", clean):
        short_line = len(sentence.split()) <= 4   # a signature, an address, a name on its own
        for position, match in enumerate(_WORD.finditer(sentence)):
            word = match.group(0)
            if word.isupper() and len(word) > 1:
                continue
            if (position > 0 or short_line) and word[0].isupper():
                continue
            if "'" in word:
                word = word.split("'")[0]
            if not is_known(word, extra) and word.lower() not in [w.lower() for w in found]:
                found.append(word)
    return found


def register_flags(text):
    """Contractions and informal words that are out of place in professional writing."""
    flags = [match.group(0) for match in _CONTRACTION.finditer(text)]
    flags += [word for word in _WORD.findall(text) if word.lower() in INFORMAL]
    return flags


def syllables(word):
    """An estimate of the syllables in an English word (vowel groups, silent final e)."""
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_ease(text):
    """Flesch reading ease (higher is easier; 60–70 is plain English)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(len(_SENTENCE_END.findall(text)), 1)
    total = sum(syllables(word) for word in words)
    return round(206.835 - 1.015 * len(words) / sentences - 84.6 * total / len(words), 1)


def word_count(text):
    """Words in ``text`` (addresses count as one)."""
    return len(re.findall(r"\S+", text))


def has_idea(text, alternatives):
    """Whether any alternative phrase appears in ``text``, allowing other forms of its words."""
    text_words = [lemmas(word) for word in re.findall(r"[a-z]+", normalise(text))]
    for alternative in alternatives:
        wanted = [lemmas(word) for word in re.findall(r"[a-z]+", normalise(alternative))]
        if not wanted:
            continue
        for start in range(len(text_words) - len(wanted) + 1):
            if all(text_words[start + offset] & forms for offset, forms in enumerate(wanted)):
                return True
    return False


def find_structure(text):
    """``{check: found}`` for every structure move."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = {}
    for key, (_label, pattern) in STRUCTURE.items():
        if key == "subject":
            found[key] = bool(lines) and bool(pattern.match(lines[0]))
        elif key == "greeting":
            found[key] = any(pattern.match(line) for line in lines[:4])  # a greeting opens the message
        elif key == "closing":
            found[key] = any(pattern.match(line) for line in lines)
        elif key == "signature":
            closing = STRUCTURE["closing"][1]
            index = next((i for i, line in enumerate(lines) if closing.match(line)), None)
            found[key] = index is not None and index + 1 < len(lines) and len(lines[index + 1].split()) <= 8
        else:
            found[key] = bool(pattern.search(text))
    return found


@dataclass
class Rubric:
    """What the author asks for."""

    structure: tuple = EMAIL_CHECKS
    ideas: list = field(default_factory=list)          # [(label, [alternatives])]
    min_words: int = 0
    max_words: int = 0
    spelling: bool = True
    max_misspellings: int = 2
    extra_words: tuple = ()
    register: bool = True
    min_reading_ease: float = 0.0


def parse_ideas(lines):
    """``[(label, alternatives)]`` from author lines ``phrase | other phrase | ...``."""
    ideas = []
    for line in lines:
        alternatives = [part.strip() for part in line.split("|") if part.strip()]
        if alternatives:
            ideas.append((alternatives[0], alternatives))
    return ideas


def check(text, rubric):
    """A list of criteria: ``{"key", "label", "passed", "detail"}``; each passed criterion earns one point."""
    results = []
    structure = find_structure(text)
    for key in rubric.structure:
        results.append({"key": key, "label": STRUCTURE[key][0], "passed": structure[key], "detail": ""})
    for label, alternatives in rubric.ideas:
        results.append({"key": "idea", "label": label, "passed": has_idea(text, alternatives), "detail": ""})
    if rubric.min_words or rubric.max_words:
        count = word_count(text)
        passed = count >= rubric.min_words and (not rubric.max_words or count <= rubric.max_words)
        results.append({"key": "length", "label": _("Length"), "passed": passed, "detail": str(count)})
    if rubric.spelling:
        wrong = misspellings(text, rubric.extra_words)
        results.append({"key": "spelling", "label": _("Spelling"), "passed": len(wrong) <= rubric.max_misspellings,
                        "detail": ", ".join(wrong[:12])})
    if rubric.register:
        flags = register_flags(text)
        results.append({"key": "register", "label": _("Formal register"), "passed": not flags,
                        "detail": ", ".join(dict.fromkeys(flags))})
    if rubric.min_reading_ease:
        ease = reading_ease(text)
        results.append({"key": "readability", "label": _("Readability"), "passed": ease >= rubric.min_reading_ease,
                        "detail": f"{ease:g}"})
    return results


def fraction(results):
    """The share of criteria passed."""
    return sum(result["passed"] for result in results) / len(results) if results else 0.0
