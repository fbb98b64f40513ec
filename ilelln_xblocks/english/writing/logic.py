"""Checking professional writing (an email, a proposal abstract) against an author's checklist, offline.

Every check is a plain function of the text: structure moves found by patterns, required ideas
matched through word forms, word count, spelling against pyspellchecker's shipped English list
(British spellings accepted), register flags and Flesch reading ease.
"""
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...core.memo import per_content
from ...core.messages import _
from ..checking import lemmas, normalise
from . import checks

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
    "coz", "cuz", "thanx", "omg", "haha", "dude",
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
    prompt: str = ""                                   # the task, to tell a copy of it


@per_content
def parse_ideas(lines):
    """``[(label, alternatives)]`` from author lines ``phrase | other phrase | ...``."""
    ideas = []
    for line in lines:
        alternatives = [part.strip() for part in line.split("|") if part.strip()]
        if alternatives:
            ideas.append((alternatives[0], alternatives))
    return ideas


ADVICE = {
    "subject": _("Add a subject line that names the topic, such as 'Subject: Inter-library loan request'."),
    "greeting": _("Open with a greeting on its own line, such as 'Dear Ms Haddad,'."),
    "purpose": _("Say why you are writing in your first lines: 'I am writing to ...'."),
    "request": _("Make your request politely: 'Could you ...?' or 'I would be grateful if you could ...'."),
    "closing": _("End with a closing on its own line, such as 'Kind regards,'."),
    "signature": _("Sign with your name on the line under the closing."),
}


# Points per criterion: the content and the language count most; a structure move is one point.
WEIGHTS = {"idea": 2, "on_task": 2, "length": 2, "spelling": 3, "tone": 2}


def _result(key, label, passed, detail="", advice="", params=None, weight=None, cap=None):
    """One criterion: what was checked, whether it passed, and what to add or change if not."""
    weight = WEIGHTS.get(key, 1) if weight is None else weight
    return {"key": key, "label": label, "passed": bool(passed), "detail": detail,
            "advice": "" if passed else advice, "params": {} if passed else (params or {}),
            "weight": weight, "cap": None if passed else cap}


def _checklist_words(ideas):
    """The content words of every required phrase (what a stuffed text repeats)."""
    found = set()
    for _label, alternatives in ideas:
        for alternative in alternatives:
            found.update(checks.content_words(alternative))
    return found


def check(text, rubric):
    """A list of criteria: ``{"key", "label", "passed", "detail", "advice", "params", "weight", "cap"}``.

    Each passed criterion earns its weight; a failed criterion with a ``cap`` limits the whole
    score (a copy of the prompt earns nothing, a rude or shouted email no more than half).
    """
    results = []
    structure = find_structure(text)
    for key in rubric.structure:
        results.append(_result(key, STRUCTURE[key][0], structure[key], advice=ADVICE[key]))
    checklist = _checklist_words(rubric.ideas)
    own_sentences = [sentence for sentence in checks.sentences(text) if not checks.is_stuffed(sentence, checklist)]
    for label, alternatives in rubric.ideas:
        carried = any(has_idea(sentence, alternatives) for sentence in own_sentences)
        listed = not carried and has_idea(text, alternatives)
        advice = (_("Say this in a full sentence of your own: %(idea)s.") if listed
                  else _("Add a sentence that says this: %(idea)s."))
        results.append(_result("idea", label, carried, advice=advice, params={"idea": label}))
    if rubric.ideas:
        idea_results = [result for result in results if result["key"] == "idea"]
        carried = sum(result["passed"] for result in idea_results) / len(idea_results)
        if carried < 0.5:   # content first: without most of the required ideas the email fails its task
            next(result for result in idea_results if not result["passed"])["cap"] = 0.1 + 0.4 * carried
        stuffed = len(checks.sentences(text)) - len(own_sentences)
        results.append(_result(
            "coherence", _("Full sentences"), stuffed == 0, detail=str(stuffed) if stuffed else "",
            advice=_("Write sentences that say something: %(count)s of yours only pile up the checklist's words."),
            params={"count": stuffed}, cap=0.2 if stuffed >= 2 else 0.6))
    if rubric.prompt:
        share = checks.copied_share(text, rubric.prompt)
        results.append(_result(
            "own_words", _("Your own words"), share < 0.5, detail=f"{round(100 * share)}%" if share >= 0.5 else "",
            advice=_("Write the email yourself: %(share)s%% of your text copies the task."),
            params={"share": round(100 * share)}, cap=0.0))
    on_task = checks.on_task_share(text.lower(), rubric.prompt) if rubric.prompt else None
    if on_task is not None:
        purpose = " ".join(checks.purpose_words(rubric.prompt))
        results.append(_result(
            "on_task", _("Does the task"), on_task >= 0.5,
            advice=_("Do what the task asks: your email should be about %(purpose)s."),
            params={"purpose": purpose}, cap=0.3))
    if rubric.min_words or rubric.max_words:
        count = word_count(text)
        short = rubric.min_words and count < rubric.min_words
        long = rubric.max_words and count > rubric.max_words
        far = (short and count < 0.75 * rubric.min_words) or (long and count > 1.5 * rubric.max_words)
        advice = (_("Write at least %(limit)s words: you wrote %(count)s.") if short
                  else _("Cut your text to %(limit)s words or fewer: you wrote %(count)s."))
        results.append(_result("length", _("Length"), not (short or long), detail=str(count), advice=advice,
                               params={"limit": rubric.min_words if short else rubric.max_words, "count": count},
                               cap=0.6 if far else None))
    shouting = checks.capitals_share(text) > 0.7
    results.append(_result("capitals", _("Capital letters"), not shouting,
                           advice=_("Write in sentence case: a text in capitals reads as shouting."), cap=0.5))
    if rubric.spelling:
        allowed = set(rubric.extra_words) | {word for word in re.findall(r"[A-Z][a-z]+", rubric.prompt or "")}
        issues = checks.language_issues(text, allowed)
        corrections = checks.correction_text(issues)
        allowance = max(rubric.max_misspellings, 1)
        # A reader notices a few slips; past twice the allowance every line stumbles.
        cap = 0.6 if len(issues) > 5 * allowance else 0.7 if len(issues) > 2 * allowance else None
        results.append(_result("spelling", _("Spelling and grammar"), len(issues) <= rubric.max_misspellings,
                               detail=corrections, advice=_("Correct these: %(corrections)s."),
                               params={"corrections": corrections}, cap=cap))
    if rubric.register:
        flags = list(dict.fromkeys(register_flags(text)))
        results.append(_result("register", _("Formal register"), not flags, detail=", ".join(flags),
                               advice=_("Use formal English instead of: %(flags)s."),
                               params={"flags": ", ".join(flags)}, cap=0.5 if len(flags) >= 3 else None))
    rude, demanding = checks.tone_flags(text)
    impolite = rude or len(demanding) >= 2
    results.append(_result("tone", _("Polite tone"), not impolite, detail=", ".join(rude + demanding),
                           advice=_("Remove or soften: %(flags)s. Ask politely and thank your reader."),
                           params={"flags": ", ".join(rude + demanding)}, cap=0.4))
    if rubric.min_reading_ease:
        ease = reading_ease(text)
        results.append(_result("readability", _("Readability"), ease >= rubric.min_reading_ease, detail=f"{ease:g}",
                               advice=_("Use shorter sentences and everyday words.")))
    return results


def plan(rubric):
    """What :func:`check` will look at, for the learner to read before the first attempt: ``[(key, label)]``.

    Each criterion's points are ``WEIGHTS.get(key, 1)``.
    """
    items = [(key, STRUCTURE[key][0]) for key in rubric.structure]
    items += [("idea", label) for label, _alternatives in rubric.ideas]
    if rubric.ideas:
        items.append(("coherence", _("Full sentences")))
    if rubric.prompt:
        items += [("own_words", _("Your own words"))]
        if checks.purpose_words(rubric.prompt):
            items.append(("on_task", _("Does the task")))
    if rubric.min_words or rubric.max_words:
        items.append(("length", _("Length")))
    items.append(("capitals", _("Capital letters")))
    if rubric.spelling:
        items.append(("spelling", _("Spelling and grammar")))
    if rubric.register:
        items.append(("register", _("Formal register")))
    items.append(("tone", _("Polite tone")))
    if rubric.min_reading_ease:
        items.append(("readability", _("Readability")))
    return items


@per_content
def criteria(structure, ideas, prompt, length, spelling, register, readability):
    """:func:`plan` of the author's fields as ``((key, label, points), ...)``, made once per content.

    ``structure`` and ``ideas`` are the fields' lists (unknown structure keys are left out, as the check
    does); ``length`` says whether a word limit is set.
    """
    rubric = Rubric(structure=tuple(key for key in structure if key in STRUCTURE), ideas=parse_ideas(ideas),
                    min_words=int(length), spelling=spelling, register=register, min_reading_ease=readability,
                    prompt=prompt)
    return tuple((key, label, WEIGHTS.get(key, 1)) for key, label in plan(rubric))


def fraction(results):
    """The weighted share of criteria passed, limited by the cap of any failed criterion."""
    if not results:
        return 0.0
    total = sum(result.get("weight", 1) for result in results)
    earned = sum(result.get("weight", 1) for result in results if result["passed"])
    caps = [result["cap"] for result in results if not result["passed"] and result.get("cap") is not None]
    return min([earned / total] + caps)
