"""Fields every block declares alike, written once: each block still names the field in its own class (XBlock
collects fields by attribute, ``xblock/core.py`` ``Blocklike.fields``), so its OLX and stored state stay as
they were, and only the default differs."""
from xblock.fields import Scope, String

from .i18n import _


def display_name(default):
    """The name learners see in the course navigation, ``default`` until the author gives one."""
    return String(display_name=_("Display name"), help=_("The name learners see in the course navigation."),
                  scope=Scope.settings, default=default)
