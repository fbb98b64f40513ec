"""The writing task's handler input: the learner's text and a facilitator's override."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _

MAX_TEXT = 10000


class TextForm(BlockForm):
    """``{"text": "..."}``: the learner's writing."""

    text = forms.CharField(label=_("Your email"), max_length=MAX_TEXT, required=False, strip=False)


class OverrideForm(BlockForm):
    """``{"learner": id, "score": 0..100, "comment": "..."}``: a facilitator's judgement."""

    learner = forms.CharField(label=_("Learner"), max_length=64)
    score = forms.IntegerField(label=_("Score"), min_value=0, max_value=100)
    comment = forms.CharField(label=_("Comment"), max_length=2000, required=False)
