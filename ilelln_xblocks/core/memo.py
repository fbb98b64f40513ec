"""Parsers of an author's content, run once per content instead of once per view."""
from functools import lru_cache, wraps


def per_content(function):
    """Cache a pure function of an author's content (text, or lists of lines) on its arguments.

    Every learner's view of a block reads the same content, so its parse is the same each time; the
    cache is per process and keyed by the content itself, so an edit in Studio is a new key and
    nothing goes stale in a multi-process LMS. Lists are keyed as tuples. The result is shared
    between callers: they read it and never change it.
    """
    cached = lru_cache(maxsize=256)(function)

    @wraps(function)
    def wrapper(*args):
        return cached(*(tuple(arg) if isinstance(arg, list) else arg for arg in args))

    wrapper.cache_clear = cached.cache_clear
    return wrapper
