"""The checks that keep the writing checklist honest, in plain Python and offline.

- Sentences, and which of them only pile up the checklist's words (a text stuffed with the
  required phrases carries no idea).
- Text typed in capitals, a rude or hostile tone, a copy of the task's prompt.
- Spelling and grammar with concrete corrections: Harper (harper-py, a rule-based checker whose
  engine ships in its wheel: no Java, no server) when it is installed, else pyspellchecker's
  word list with its suggestions.
"""
import re
import threading
from functools import lru_cache

from lemminflect import getInflection
from rapidfuzz.distance import OSA

from .. import checking, lexicon
from ..textnorm import clean, number_value, words

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
STOPWORDS = frozenset("""
a an the and or but if so to of in on at by for with from as is am are was were be been being it its this that
these those i me my we us our you your he she they them their his her do does did have has had will would can
could shall should may might must not no yes very just also than then there here what which who whom when where
why how all any some each every other one through about into over whether
""".split())

# Hostile words and phrases: one is enough to make an email fail its reader.
RUDE = ("useless", "stupid", "ridiculous", "unacceptable", "not acceptable", "incompetent", "idiot", "shut up",
        "waste of time", "your fault", "don't have time for", "do not have time for", "pathetic", "lazy",
        "nonsense", "rubbish", "damn", "terrible service", "hopeless")
# Demands that are rude when they pile up.
DEMANDING = ("i expect", "i demand", "right now", "immediately", "just put it", "just send", "you must",
             "send it to me", "do it now", "at once", "i insist")
INFORMAL_EXTRA = frozenset({"coz", "cuz", "thanx", "omg", "xoxo", "lmao", "haha", "dude", "super"})


_VERBS = ("work|prepare|go|make|need|want|study|write|live|teach|use|read|send|come|organise|organize|plan|ask|"
          "help|return|borrow|lend|visit|attend|agree|think|know|like")
_JOBS = "librarian|teacher|student|manager|cataloguer|archivist|engineer|director|researcher|assistant"
# Grammar an Arabic-speaking learner carries over, which general checkers miss: (pattern, correction).
# Each correction may use the pattern's groups.
L1_PATTERNS = (
    (re.compile(rf"\b(am|is|are) ({_VERBS})\b", re.I), "be + -ing"),                # "I am work"
    (re.compile(r"\bwriting for (\w+)", re.I), r"writing to \1"),                   # "writing for ask"
    (re.compile(r"\bmy name (?!is\b)(?=[A-Z])", re.I), "my name is "),               # "My name Ahmad"
    (re.compile(rf"\b(i am|he is|she is) ({_JOBS})\b", re.I), r"\1 a \2"),          # "I am librarian"
    (re.compile(r"\b(can|could|must|should|will|would|may) to (\w+)", re.I), r"\1 \2"),  # "can to send"
    (re.compile(r"\byour helping\b", re.I), "your help"),
    (re.compile(r"\bdiscuss about\b", re.I), "discuss"),
    (re.compile(r"\b(send|return|reply|finish|submit)\b([^.?!\n]{0,20})\buntil\b", re.I), r"\1\2by"),
    (re.compile(r"\bsince (\w+ )?(years|months|weeks|days)\b", re.I), r"for \1\2"),
    (re.compile(r"\b(informations|equipments|advices|feedbacks|softwares|furnitures|knowledges|researches)\b",
                re.I), "uncountable: no -s"),
    (re.compile(r"\b(a|an) (research|information|advice|equipment|furniture|feedback|software|knowledge)\b",
                re.I), r"\2 / some \2"),
    (re.compile(r"\bthe childrens\b", re.I), "the children"),
)


def learner_grammar(text):
    """Issues from :data:`L1_PATTERNS`: ``[{"text", "kind": "grammar", "suggestions"}]``."""
    issues = []
    for pattern, correction in L1_PATTERNS:
        for match in pattern.finditer(text):
            if correction == "be + -ing":
                verb = match.group(2)
                suggestion = f"{verb} / {match.group(1)} {getInflection(verb.lower(), 'VBG')[0]}"
            else:
                suggestion = match.expand(correction).strip()
            issues.append({"text": match.group(0).strip(), "kind": "grammar", "suggestions": [suggestion]})
    return issues


_PURPOSE = re.compile(r"\b(asking|ask|requesting|request|inviting|invite|informing|inform|apologising|apologizing|"
                      r"apologise|apologize|complaining|complain|thanking|proposing|propose|offering|offer)\b"
                      r"((?:\W+\w[\w'-]*){1,10})", re.I)


@lru_cache(maxsize=256)
def purpose_words(prompt):
    """The content words of what the task asks the writer to do: "asking to borrow a book" → borrow, book.

    A tuple, kept per prompt: the view lists the criteria on every render, and the prompt is the author's.
    """
    match = _PURPOSE.search(clean(prompt or ""))
    if not match:
        return ()
    phrase = re.split(r"[.;:]", match.group(2))[0]
    return tuple(word for word in content_words(phrase) if len(word) > 2 and number_value(word) is None)


def on_task_share(text, prompt):
    """The share of the task's purpose words the text uses (any form), or ``None`` if the prompt names none."""
    wanted = purpose_words(prompt)
    if not wanted:
        return None
    typed = set(words(text))
    have = set()
    for word in typed:
        have |= lexicon.lemmas(word) | {word}

    def used(word):   # in any form, or misspelt as the gap rules allow ("borow" for "borrow")
        return bool(lexicon.lemmas(word) & have) or any(
            checking.compare_words(other, word)[0] <= 1 for other in typed if abs(len(other) - len(word)) <= 2)

    return sum(used(word) for word in wanted) / len(wanted)


def sentences(text):
    """The sentences of ``text``; a line that ends without punctuation runs on into the next one.

    A greeting or closing line ("Dear Ms Haddad," / "Kind regards,") stays a line of its own, and a
    sentence broken over lines is one sentence, so a stuffed text cannot hide in short lines.
    """
    joined, pending = [], ""
    for raw in clean(text).splitlines():
        line = raw.strip()
        if not line:
            if pending:
                joined.append(pending)
            pending = ""
            continue
        pending = f"{pending} {line}".strip()
        if line.endswith((".", "!", "?", ",", ":", ";")) or len(line.split()) <= 2:
            joined.append(pending)
            pending = ""
    if pending:
        joined.append(pending)
    return [part.strip() for chunk in joined for part in _SENTENCE.split(chunk) if part.strip()]


def content_words(text):
    """The words of ``text`` that carry meaning (no function words)."""
    return [word for word in words(text) if word not in STOPWORDS]


def is_stuffed(sentence, checklist_words):
    """Whether ``sentence`` is mostly the checklist's own words: five or more, three in four of its words.

    A real request is full of the task's words too ("borrow a book through an inter-library loan"),
    but it also says something of its own; a stuffed line is nothing else.
    """
    content = content_words(sentence)
    hits = sum(word in checklist_words for word in content)
    return len(content) >= 5 and hits / len(content) >= 0.75


def capitals_share(text):
    """The share of letters typed as capitals (0 for a text with fewer than 30 letters)."""
    letters = [char for char in text if char.isalpha() and char.isascii()]
    if len(letters) < 30:
        return 0.0
    return sum(char.isupper() for char in letters) / len(letters)


def tone_flags(text):
    """``(rude, demanding)`` phrases found in ``text``."""
    flat = " " + " ".join(words(text)) + " "
    rude = [phrase for phrase in RUDE if f" {phrase} " in flat]
    demanding = [phrase for phrase in DEMANDING if f" {phrase} " in flat]
    return rude, demanding


def copied_share(text, prompt, size=4):
    """The share of the text's runs of ``size`` words that also occur in ``prompt`` (1.0: a copy)."""
    def runs(source):
        tokens = words(source)
        return [tuple(tokens[index:index + size]) for index in range(len(tokens) - size + 1)]

    text_runs, prompt_runs = runs(text), set(runs(prompt or ""))
    if not text_runs or not prompt_runs:
        return 0.0
    return sum(run in prompt_runs for run in text_runs) / len(text_runs)


# A Harper Linter raises RuntimeError when two threads call it at once (harper-py's Linter docstring);
# linting an email takes milliseconds, so threads of one worker take turns.
_HARPER_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _harper():
    """A British-English Harper linter, built once (about a second), or ``None`` if harper-py is absent."""
    try:
        import harper  # pylint: disable=import-outside-toplevel
    except ImportError:
        return None
    return harper.Linter(harper.Dialect.BRITISH)


def _is_name(word, position, line_words):
    """A capitalised word inside a sentence, or on a short line (a signature), is taken for a name."""
    return word[:1].isupper() and (position > 0 or line_words <= 4)


def language_issues(text, allowed=frozenset()):
    """Spelling and grammar problems with their corrections: ``[{"text", "suggestions", "kind"}]``.

    ``allowed`` holds words never to flag (names from the task, the author's extra words). Text
    typed in capitals is checked in lower case, so its misspellings are not skipped.
    """
    shouting = capitals_share(text) > 0.7
    source = text.lower() if shouting else text
    allowed = {word.lower() for word in allowed} | lexicon_extra()
    with _HARPER_LOCK:
        linter = _harper()
        lints = linter.lint(source, language="plaintext") if linter is not None else None
    issues = []
    if lints is not None:
        for lint in lints:
            problem = lint.problem_text
            if lint.lint_kind == "Spelling" and (problem.lower() in allowed or _looks_like_name(source, lint)
                                                 or lexicon.is_known(problem.lower())):
                continue   # a name, an allowed word, or a spelling of the other dialect (color, centre)
            if lint.lint_kind in ("Capitalization", "Formatting", "Style", "Readability", "Enhancement"):
                continue
            suggestions = [suggestion.replacement_text for suggestion in lint.suggestions]
            if lint.lint_kind == "Spelling":   # the nearest common word first: "writting" → writing, not writhing
                suggestions.sort(key=lambda word: (OSA.distance(word.lower(), problem.lower()),
                                                   -lexicon.count(word.lower())))
            issues.append({"text": problem, "kind": "spelling" if lint.lint_kind == "Spelling" else "grammar",
                           "suggestions": suggestions[:3]})
    else:
        issues = _spelling_issues(source, allowed)
    issues = learner_grammar(source) + issues
    unique, seen = [], set()
    for issue in issues:
        key = issue["text"].lower()
        if key not in seen and not any(key in other for other in seen):   # Harper and a pattern on the same words
            seen.add(key)
            unique.append(issue)
    return unique


def _looks_like_name(source, lint):
    """Whether Harper's spelling lint is on a name (capitalised inside a line, or on a short line)."""
    start = lint.span.start
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", start)
    line = source[line_start:line_end if line_end >= 0 else len(source)]
    before = source[line_start:start].rstrip()
    at_sentence_start = not before or before.endswith((".", "!", "?", ":"))
    word = lint.problem_text
    return word[:1].isupper() and (not at_sentence_start or len(line.split()) <= 4)


def lexicon_extra():
    """Words of a library professional that general lists may lack."""
    return {"interlibrary", "inter-library", "makerspace", "koha", "dspace", "opac", "ebook", "ebooks", "metadata",
            "cataloguing", "cataloging", "email", "emails", "online", "website", "wifi"}


def _spelling_issues(text, allowed):
    """The pyspellchecker fallback: unknown words with the list's nearest candidates."""
    from spellchecker import SpellChecker  # pylint: disable=import-outside-toplevel
    checker = SpellChecker(language="en", distance=1)
    issues = []
    for line in text.splitlines():
        line_words = re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", line)
        for position, word in enumerate(line_words):
            lower = word.lower().split("'")[0]
            if lower in allowed or len(lower) < 2 or _is_name(word, position, len(line_words)):
                continue
            if not lexicon.is_known(lower):
                issues.append({"text": word, "kind": "spelling",
                               "suggestions": sorted(checker.candidates(lower) or [])[:3]})
    return issues


def correction_text(issues, limit=8):
    """``wrong → right`` pairs for the learner, most useful first."""
    parts = []
    for issue in issues[:limit]:
        right = issue["suggestions"][0] if issue["suggestions"] else "?"
        parts.append(f"{issue['text']} → {right}")
    return ", ".join(parts)
