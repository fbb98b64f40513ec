"""Learner rich text, cleaned with nh3 (the Rust ``ammonia`` sanitiser) before it is stored or shown.

Browsers' editable areas write line breaks differently: Chromium puts each new line in a ``<div>``
(a blank line is ``<div><br></div>``), Firefox writes ``<br>``, pasted text brings ``<p>``. ``div`` and
the other block containers are not on the allow-list, and nh3 drops a tag it does not allow while
keeping its text, so the lines ran together ("Kind regards,Omar"). We therefore let nh3 clean them too
(with no attributes), then turn each such container into line breaks (``<br>``) where it starts or ends
a line, and clean the result once more with the real allow-list: safety stays nh3's job.
"""
import re
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = frozenset({
    "a", "p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li",
    "blockquote", "code", "pre", "h3", "h4", "span", "bdi",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"dir", "lang"}, "p": {"dir"}, "bdi": {"dir"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Containers that only mean "this is a line of its own"; they become <br> boundaries.
LINE_CONTAINERS = frozenset({
    "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "figure",
    "figcaption", "h1", "h2", "h5", "h6", "dl", "dt", "dd", "table", "caption", "tr", "center",
})
# Allowed elements that are blocks themselves: a line starts after them.
BLOCKS = frozenset({"p", "ul", "ol", "li", "blockquote", "pre", "h3", "h4"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _nh3(text, tags):
    return nh3.clean(
        text,
        tags=tags,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


# Bidi controls that open or close a directional run (embeddings, overrides, isolates, UAX #9). Unpaired in a
# name, they reverse or re-order the text after it ("RLO" turns "reviews Basma" around); the marks (LRM, RLM,
# ALM) act on their neighbours only and stay.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
FSI, PDI = "\u2068", "\u2069"


def plain_name(text):
    """A learner-typed name or title: one line, single spaces, no bidi embedding, override or isolate controls."""
    return " ".join(BIDI_CONTROLS.sub("", text or "").split())


def isolate(text):
    """``text`` as a directional isolate (FSI ... PDI, UAX #9), where a ``<bdi>`` cannot go: inside ``<option>``,
    attribute values and translated sentences. Neither its direction nor a control in it reaches the text
    around it; its own controls are dropped, so a stray PDI cannot close the isolate early."""
    return f"{FSI}{BIDI_CONTROLS.sub('', str(text))}{PDI}"


class _Lines(HTMLParser):
    """Re-emits nh3's output verbatim, with line containers replaced by ``<br>`` where a line ends."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []
        self.line_start = True   # nothing written on the current line yet
        self.after_br = False    # the last thing written was a <br> (the line already ended)
        self.added_at = None     # where the last visible thing is a <br> we added for a container
        self.opened_pre = False  # the last thing written was <pre>

    def _write(self, chunk, line_start=False, after_br=False, visible=True):
        self.out.append(chunk)
        self.opened_pre = chunk.startswith("<pre")
        if visible:
            self.line_start, self.after_br, self.added_at = line_start, after_br, None

    def _end_line(self):
        if not self.line_start and not self.after_br:
            self._write("<br>", line_start=True, after_br=True)
            self.added_at = len(self.out) - 1

    def handle_starttag(self, tag, attrs):
        if tag in LINE_CONTAINERS:
            self._end_line()
        elif tag == "br":
            self._write("<br>", line_start=True, after_br=True)
        else:
            self._write(self.get_starttag_text(), line_start=tag in BLOCKS, visible=tag in BLOCKS)

    def handle_endtag(self, tag):
        if tag in LINE_CONTAINERS:
            self._end_line()
        else:
            self._write(f"</{tag}>", line_start=tag in BLOCKS, visible=tag in BLOCKS)

    def handle_data(self, data):
        if self.opened_pre:
            # An HTML parser drops a newline that starts a <pre>, so each later cleaning would drop one more:
            # drop them all now, and cleaning twice gives the same text.
            data = data.lstrip("\n")
            if not data:
                return
        self._write(data, visible=bool(data.strip()))

    def handle_entityref(self, name):
        self._write(f"&{name};")

    def handle_charref(self, name):
        self._write(f"&#{name};")

    def html(self):
        """The result, without a break added after the last line (the editor's text did not end with one)."""
        if self.added_at is not None:
            del self.out[self.added_at]
        return "".join(self.out)


def clean_html(text):
    """Rich text with only safe tags, attributes and link schemes; line breaks kept whatever the editor wrote.

    Links get ``rel="noopener noreferrer nofollow"``.
    """
    with_lines = _nh3(text or "", ALLOWED_TAGS | LINE_CONTAINERS)
    parser = _Lines()
    parser.feed(with_lines)
    parser.close()
    return _nh3(parser.html(), ALLOWED_TAGS)


class _Text(HTMLParser):
    """The text of cleaned HTML, with a newline for each ``<br>`` and each block boundary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.in_pre = 0
        self.after_br = False

    def _newline(self):
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
            self.after_br = True
            return
        if tag in BLOCKS or tag in LINE_CONTAINERS:
            self._newline()
            self.after_br = False
        if tag == "li":
            self.parts.append("• ")
        if tag == "pre":
            self.in_pre += 1

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_pre = max(self.in_pre - 1, 0)
        if tag in BLOCKS or tag in LINE_CONTAINERS:
            if not self.after_br:
                self._newline()
            self.after_br = False

    def handle_data(self, data):
        if not self.in_pre:
            data = re.sub(r"\s+", " ", data)
            if not data.strip():
                return
        self.parts.append(data)
        self.after_br = False


def plain_text(text):
    """The text of ``text`` with every tag removed and its lines kept (for search, previews and exports)."""
    parser = _Text()
    parser.feed(_nh3(text or "", ALLOWED_TAGS | LINE_CONTAINERS))
    parser.close()
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    return "\n".join(lines).strip("\n")


def spreadsheet_cell(value):
    """A CSV cell that a spreadsheet never reads as a formula: text starting with ``= + - @``, a tab or a CR
    gets a leading ``'``; lines stay newlines. Numbers, booleans and ``None`` (an empty cell) are left as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
