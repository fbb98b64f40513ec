"""The ordering exercise's handler input: the learner's arrangement."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _


class OrderForm(BlockForm):
    """``{"order": [item id, ...]}``: every item of the exercise, each once."""

    order = forms.JSONField(label=_("Order"))

    def clean_order(self):
        """The arrangement as correct-order indices, refusing anything but a full permutation of the ids."""
        order = self.cleaned_data["order"]
        by_token = {token: index for index, token in enumerate(self.block.item_tokens())}
        if not isinstance(order, list) or len(order) != len(by_token) or set(map(str, order)) != set(by_token):
            raise forms.ValidationError(self.block.gettext(_("Send every item exactly once.")))
        return [by_token[token] for token in order]
