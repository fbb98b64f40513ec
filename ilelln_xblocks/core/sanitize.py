"""Learner rich text, cleaned with nh3 (the Rust ``ammonia`` sanitiser) before it is stored or shown."""
import nh3

ALLOWED_TAGS = frozenset({
    "a", "p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li",
    "blockquote", "code", "pre", "h3", "h4", "span", "bdi",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"dir", "lang"}, "p": {"dir"}, "bdi": {"dir"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


def clean_html(text):
    """Rich text with only safe tags, attributes and link schemes; links get ``rel="noopener noreferrer"``."""
    return nh3.clean(
        text or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def plain_text(text):
    """The text of ``text`` with every tag removed (for search, previews and exports)."""
    return nh3.clean(text or "", tags=set(), attributes={})
