"""The translation marker, importable by plain modules that must not import Django."""


def _(message):
    """Mark ``message`` for extraction into the catalogues; it is translated later, at render time."""
    return message
