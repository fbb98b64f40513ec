"""The speaking activity's handler input: the self-check, an offline note, staff feedback."""
from django import forms

from ...core.handlers import (
    BlockForm,
)
from ...core.i18n import _


class SubmitForm(BlockForm):
    """``{"self_check": [true, false, ...]}``: one answer per checklist item."""

    self_check = forms.JSONField(label=_("Checklist"), required=False)

    def clean_self_check(self):
        """A list of booleans, one per checklist item."""
        value = self.cleaned_data["self_check"] or []
        if (not isinstance(value, list) or len(value) != len(self.block.checklist)
                or not all(isinstance(item, bool) for item in value)):
            raise forms.ValidationError(self.block.gettext(_("Answer each item of the checklist.")))
        return value


class OfflineForm(BlockForm):
    """``{"note": "..."}``: how the learner did the activity without a microphone."""

    note = forms.CharField(label=_("Note"), max_length=1000)


class FeedbackForm(BlockForm):
    """``{"learner": id, "feedback": "...", "score": 0..100 or null}``: a facilitator's review."""

    learner = forms.CharField(label=_("Learner"), max_length=64)
    feedback = forms.CharField(label=_("Feedback"), max_length=2000)
    score = forms.IntegerField(label=_("Score"), min_value=0, max_value=100, required=False)
