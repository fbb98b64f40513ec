"""The competency check's handler input: one rating per competency."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _
from . import logic


class RatingsForm(BlockForm):
    """``{"ratings": {competency key: rating}}``, one rating for every competency of the check."""

    ratings = forms.JSONField(label=_("Ratings"))

    def clean_ratings(self):
        """Known keys, whole ratings within the scale, and none missing."""
        value = self.cleaned_data["ratings"]
        if not isinstance(value, dict):
            raise forms.ValidationError(self.block.gettext(_("Send one rating per competency.")))
        items = self.block.competency_list()
        try:
            ratings = logic.clean_ratings(value, items, len(self.block.scale))
        except logic.AuthorError as error:
            raise forms.ValidationError(self.block.gettext(error.message) % error.params) from None
        if len(ratings) != len(items):
            raise forms.ValidationError(self.block.gettext(_("Rate every competency before you save.")))
        return ratings
