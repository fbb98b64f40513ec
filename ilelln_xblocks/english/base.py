"""What the seven English activities share: their base classes, the fields each declares alike, attempts, media.

Each block still names every field it has (``gloss = english.gloss()``), so a reader sees the block's
whole state in its own module, and a block that has no gloss or no attempts simply does not ask for
one. The field factories keep one wording, scope and default for a field the blocks share; the
arguments are what differs (a display name's default, what an attempt is). XBlock collects fields by
attribute (``xblock/core.py`` ``Blocklike.fields``), so a factory's field is the block's own, in the
same place of ``fields`` as before, and OLX and stored state are unchanged.
"""
from xblock.fields import Float, Integer, Scope, String

from ..core.base import PACKAGED, IlellnBlockMixin
from ..core.fields import display_name  # noqa: F401  (english.display_name, as the other shared fields)
from ..core.i18n import _
from ..core.olx import ReadableOLXMixin
from ..core.scoring import ScoredActivityMixin
from ..core.studio import IlellnStudioMixin

MEDIA_ADDRESSES = ("https://", "/static/", PACKAGED)
HTTP_MEDIA = _("Use an https:// address: browsers block http:// media on a secure course page.")
MAXIMUM_ATTEMPTS = _("Maximum attempts")
BEST_SHARE = _("The learner's best share of the points.")


class Activity(ReadableOLXMixin, IlellnStudioMixin, ScoredActivityMixin, IlellnBlockMixin):
    """An English activity: scored on the server, counted by the module overview, readable OLX, Studio editing.

    Blocks mix it in before ``XBlock``: ``class GapFillBlock(english.Activity, XBlock)``.
    """

    ilelln_activity = True
    has_score = True

    def _attempts_left(self):
        """Attempts the learner has left, or None when there is no limit."""
        if not self.max_attempts:
            return None
        return max(self.max_attempts - getattr(self, self.attempts_field), 0)

    def attempts_text(self):
        """"2 attempts left" in the learner's language ("" with no limit): the page's counter, and the same words in
        every answer to a check, so the counter changes in place and reads the same on every attempt."""
        left = self._attempts_left()
        if left is None:
            return ""
        return self.ngettext("%(left)s attempt left", "%(left)s attempts left", left) % {"left": left}


def media_problem(url, otherwise, required=False):
    """What is wrong with an author's media address (``otherwise`` when it is not one we play), or None."""
    url = (url or "").strip()
    if url.startswith("http://"):
        return HTTP_MEDIA
    if (url or required) and not url.startswith(MEDIA_ADDRESSES):
        return otherwise
    return None


def instructions():
    """What the learner should do, in English."""
    return String(display_name=_("Instructions"), help=_("What the learner should do, in English."),
                  scope=Scope.content, default="", multiline_editor=True)


def gloss():
    """Optional help or a translation in Arabic, shown on request."""
    return String(display_name=_("Help in Arabic"),
                  help=_("Optional help or a translation for learners, shown on request."),
                  scope=Scope.content, default="", multiline_editor=True)


def max_attempts(default, help_text, label=MAXIMUM_ATTEMPTS):
    """How many attempts a learner has (0 for no limit); ``help_text`` says what an attempt is."""
    return Integer(display_name=label, help=help_text, scope=Scope.settings, default=default)


def weight():
    """The points the exercise is worth in the course grade."""
    return Float(display_name=_("Weight"), help=_("The points this exercise is worth in the course grade."),
                 scope=Scope.settings, default=1.0)


def attempts(help_text):
    """The learner's count of attempts; ``help_text`` says what an attempt is."""
    return Integer(help=help_text, scope=Scope.user_state, default=0)


def best_score(help_text=BEST_SHARE):
    """The learner's best share of the points (the kept score, ``IlellnScorableMixin.score_field``)."""
    return Float(help=help_text, scope=Scope.user_state, default=0.0)
