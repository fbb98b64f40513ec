"""One normalisation for every piece of English a learner types, and numbers written three ways.

Learners type on phones with an Arabic layout close at hand, so the text arrives with characters
no one sees: the Arabic letter mark (U+061C), bidirectional marks and embeddings, the byte-order
mark, zero-width spaces (all Unicode "format" characters, category Cf), the tatweel (U+0640) that
Shift+J gives on an Arabic keyboard, Arabic punctuation (؟ ، ؛) and Arabic-Indic digits (٠-٩ and the
Persian ۰-۹). ``normalise`` removes or maps them all, and unifies quotes, apostrophes and dashes.

``number_value`` reads ``6``, ``٦``, ``six``, ``3rd``, ``third``, ``1985`` and ``nineteen eighty-five``
as the same numbers, for the answers where the author allows any way of writing a number.
"""
import re
import unicodedata

_MAP = {
    # quotes and apostrophes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    # dashes and hyphens
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00ad": "",
    # Arabic punctuation and the tatweel
    "\u061f": "?", "\u060c": ",", "\u061b": ";", "\u066a": "%", "\u066b": ".", "\u066c": ",", "\u06d4": ".",
    "\u0640": "",
    "\u00a0": " ", "\u202f": " ",
}
_MAP.update({chr(0x0660 + digit): str(digit) for digit in range(10)})   # Arabic-Indic digits
_MAP.update({chr(0x06F0 + digit): str(digit) for digit in range(10)})   # Extended (Persian) digits
_TABLE = str.maketrans(_MAP)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .,;:!?\"()[]"
WORD = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")


def clean(text):
    """``text`` with format characters removed and Arabic keyboard characters mapped (case kept)."""
    text = unicodedata.normalize("NFKC", text or "").translate(_TABLE)
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def _fold_accents(text):
    """Latin letters without their accents (``café`` → ``cafe``); Arabic letters and marks are left alone."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = [char for index, char in enumerate(decomposed)
            if not (unicodedata.category(char) == "Mn" and index and decomposed[index - 1].isascii())]
    return unicodedata.normalize("NFC", "".join(kept))


def normalise(text):
    """Lower-case, cleaned text with single spaces and no punctuation at either end."""
    return _SPACES.sub(" ", _fold_accents(clean(text)).casefold()).strip(_EDGE_PUNCTUATION)


def words(text):
    """The words of ``text`` after normalising: hyphenated compounds and apostrophes kept inside a word."""
    return WORD.findall(normalise(text))


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_WORDS = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
                  "ninth": "nine", "twelfth": "twelve"}
_VALUES = {word: value for value, word in enumerate(_UNITS)}
_VALUES.update({word: 10 * value for value, word in enumerate(_TENS) if word != "_"})
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Cardinals whose ordinal just adds -th ("thirtyth" and "nineth" are misspellings, not numbers).
_TH_ORDINALS = frozenset(_UNITS[4:20]) - {"five", "eight", "nine", "twelve"} | {"hundred", "thousand", "million"}
_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)?$")


def _cardinal_word(word):
    """``(word as a cardinal, is ordinal)``: ``third`` → ``three``, ``thirtieth`` → ``thirty``."""
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word], True
    if word.endswith("ieth") and word[:-4] + "y" in _VALUES:
        return word[:-4] + "y", True
    if word.endswith("th") and word[:-2] in _TH_ORDINALS:
        return word[:-2], True
    return word, False


def _words_value(parts):
    """The value of number words such as ``two hundred and five`` (``None`` if they are not a number)."""
    total, current, seen = 0, 0, False
    for part in parts:
        if part == "and" and seen:
            continue
        if part in _VALUES:
            below_hundred = current % 100
            if below_hundred and not (below_hundred % 10 == 0 and below_hundred >= 20 and _VALUES[part] < 10):
                return None   # "nineteen eighty" is not one sum; it may be a year, read below
            current += _VALUES[part]
        elif part in _SCALES:
            current = max(current, 1) * _SCALES[part]
            if _SCALES[part] > 100:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def number_value(text):
    """``(value, is ordinal)`` if ``text`` is one number in digits or words, else ``None``."""
    tokens = [piece for token in words(text) for piece in token.split("-")]
    if len(tokens) == 1 and (match := _DIGITS.match(tokens[0])):
        return int(match.group(1)), bool(match.group(2))
    if not tokens or any(char.isdigit() for token in tokens for char in token):
        return None
    last, ordinal = _cardinal_word(tokens[-1])
    tokens = tokens[:-1] + [last]
    value = _words_value(tokens)
    if value is not None:
        return value, ordinal
    # A year read as two pairs: "nineteen eighty-five", "twenty twenty-six".
    for split in range(1, len(tokens)):
        high, low = _words_value(tokens[:split]), _words_value(tokens[split:])
        if high is not None and low is not None and 10 <= high <= 99 and 0 < low <= 99:
            return high * 100 + low, ordinal
    return None


def number_words(value, ordinal=False):
    """``value`` (0-999) in words, for comparing a misspelt number word with digits: 7 → ``seven``."""
    if value < 20:
        text = _UNITS[value]
    elif value < 100:
        text = _TENS[value // 10] + ("-" + _UNITS[value % 10] if value % 10 else "")
    elif value < 1000:
        text = _UNITS[value // 100] + " hundred" + (" and " + number_words(value % 100) if value % 100 else "")
    else:
        return str(value)
    if not ordinal:
        return text
    head, _sep, last = text.rpartition(" ") if " " in text else ("", "", text)
    stem, _dash, unit = last.rpartition("-")
    reverse = {cardinal: ordinal_word for ordinal_word, cardinal in _ORDINAL_WORDS.items()}
    unit = reverse.get(unit) or (unit[:-1] + "ieth" if unit.endswith("y") else unit + "th")
    last = f"{stem}-{unit}" if stem else unit
    return f"{head} {last}".strip()
