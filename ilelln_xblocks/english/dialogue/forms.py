"""The dialogue's handler input: the reply chosen at a step."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _


class ChoiceForm(BlockForm):
    """``{"node": id, "option": index}``: the reply chosen at the node the learner is at."""

    node = forms.CharField(label=_("Dialogue step"), max_length=64)
    option = forms.IntegerField(label=_("Answer"), min_value=0, max_value=50)
