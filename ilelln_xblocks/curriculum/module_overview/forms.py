"""The module overview's handler input: the deliverables ticked off."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _


class ChecklistForm(BlockForm):
    """The deliverables a learner has ticked as done, by position."""

    done = forms.TypedMultipleChoiceField(label=_("Checklist"), coerce=int, required=False)

    def __init__(self, data, block=None):
        super().__init__(data, block)
        count = len(block.deliverables) if block else 0
        self.fields["done"].choices = [(index, index) for index in range(count)]
