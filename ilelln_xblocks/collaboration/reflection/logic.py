"""The reflection journal's rules in plain Python: templates, answers, evidence, who may read what.

No Django or XBlock import: the block calls these functions and the unit tests call them directly.
Reason codes (``ValueError`` arguments) are mapped to translated messages by the block.
"""
from urllib.parse import urlsplit

from ...core.filetypes import IMAGES, JPEG, check_file
from ...core.messages import _

CUSTOM = "custom"
FIELD_VISIT, WORKSHOP, SEMINAR = "field_visit", "workshop", "seminar"

# Built-in prompts are msgids: learners see them in their own language.
TEMPLATES = {
    FIELD_VISIT: (
        _("What did I see during the visit?"),
        _("What did I learn from it?"),
        _("How will I apply it in my library?"),
        _("What evidence do I have (a photo, a document, a link)?"),
    ),
    WORKSHOP: (
        _("What did we do in the workshop?"),
        _("What did I learn or practise?"),
        _("What will I try in my library, and when?"),
        _("What help or resources will I need?"),
    ),
    SEMINAR: (
        _("What were the main ideas of the seminar?"),
        _("Which idea surprised or challenged me, and why?"),
        _("How does it relate to the users of my library?"),
        _("What question would I ask the speaker now?"),
    ),
}
BUILTIN_PROMPTS = frozenset(prompt for prompts in TEMPLATES.values() for prompt in prompts)  # translated when shown
TEMPLATE_LABELS = {
    FIELD_VISIT: _("Field visit"),
    WORKSHOP: _("Workshop"),
    SEMINAR: _("Seminar"),
    CUSTOM: _("Custom prompts"),
}

MAX_PROMPTS = 8
MAX_ANSWER = 5000
MAX_LINKS = 3
MAX_LINK = 500


def prompts_for(template, custom_prompts):
    """The prompts learners answer: the author's own for ``custom``, else the built-in template's."""
    if template == CUSTOM:
        return [text.strip() for text in custom_prompts if text and text.strip()][:MAX_PROMPTS]
    return list(TEMPLATES.get(template, TEMPLATES[FIELD_VISIT]))


def clean_answers(value, count):
    """``count`` answers (strings, ``\\r\\n`` made ``\\n``) from what the browser sent, or ValueError.

    Reason codes: ``not-a-list`` (not a list of strings), ``wrong-count``, ``too-long``.
    """
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("not-a-list")
    if len(value) != count:
        raise ValueError("wrong-count")
    answers = [item.replace("\r\n", "\n") for item in value]
    if any(len(item) > MAX_ANSWER for item in answers):
        raise ValueError("too-long")
    return answers


def check_link(text):
    """``text`` stripped when it is an http or https address with a host, else ValueError(``bad-link``)."""
    link = (text or "").strip()
    if not link or len(link) > MAX_LINK or any(ord(char) < 33 or char in '<>"' for char in link):
        raise ValueError("bad-link")
    try:
        parts = urlsplit(link)
    except ValueError:
        raise ValueError("bad-link") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "." not in parts.hostname:
        raise ValueError("bad-link")
    return link


def clean_links(value):
    """Up to :data:`MAX_LINKS` checked links (empty entries dropped), or ValueError."""
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("not-a-list")
    links = [check_link(item) for item in value if item.strip()]
    if len(links) > MAX_LINKS:
        raise ValueError("too-many-links")
    return links


def missing_answers(answers):
    """Numbers (from 1) of the prompts left blank."""
    return [number for number, answer in enumerate(answers, start=1) if not answer.strip()]


def strip_jpeg_metadata(data):
    """A JPEG without its APP1..APP15 and comment segments (EXIF, GPS position, XMP), pixels untouched.

    Phone photos carry the place they were taken; a reflection may be shared with the whole
    cohort, so the position goes before the file is stored. Returns ``data`` unchanged when
    the segments cannot be walked (the block refuses such files before calling this).
    """
    if not data.startswith(b"\xff\xd8"):
        return data
    out, position = bytearray(b"\xff\xd8"), 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return data
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: the compressed image follows, copy the rest
            out += data[position:]
            return bytes(out)
        length = int.from_bytes(data[position + 2:position + 4], "big")
        if length < 2 or position + 2 + length > len(data):
            return data
        if not (0xE1 <= marker <= 0xEF or marker == 0xFE):
            out += data[position:position + 2 + length]
        position += 2 + length
    return data


def check_photo(data, max_bytes):
    """``(content type, bytes to store)`` for an acceptable photo, or ValueError.

    Reason codes: ``empty``, ``too-big``, ``wrong-type`` (see :func:`core.filetypes.check_file`).
    """
    kind = check_file(data, max_bytes, IMAGES)
    if kind == JPEG:
        data = strip_jpeg_metadata(data)
    return kind, data


def can_read(viewer, viewer_is_staff, owner, shared):
    """Whether ``viewer`` may read ``owner``'s submitted reflection: its author, staff, or anyone once shared."""
    if not viewer:
        return False
    return viewer == owner or viewer_is_staff or bool(shared)


def word_count(answers):
    """How many words the answers hold together."""
    return sum(len(answer.split()) for answer in answers)
