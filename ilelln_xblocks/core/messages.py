"""The translation marker and the author-error class, importable by plain modules that must not import Django."""


def _(message):
    """Mark ``message`` for extraction into the catalogues; it is translated later, at render time."""
    return message


class AuthorError(ValueError):
    """Something an author (or a learner's input) must fix: ``message`` is a msgid, ``params`` fill it.

    ``str(error)`` is the untranslated message with its parameters; the block translates
    ``message`` and fills it with ``params`` when it shows the error.
    """

    def __init__(self, message, **params):
        super().__init__(message % params if params else message)
        self.message = message
        self.params = params
