"""The gap fill's handler input: one answer per gap."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _
from . import logic


class AnswersForm(BlockForm):
    """``{"answers": ["...", ...]}``: one answer per gap, each a short text."""

    answers = forms.JSONField(label=_("Answers"))

    def clean_answers(self):
        """A list of strings, one per gap, none longer than the limit."""
        answers = self.cleaned_data["answers"]
        gettext = self.block.gettext
        if not isinstance(answers, list) or not all(isinstance(answer, str) for answer in answers):
            raise forms.ValidationError(gettext(_("Send the answers as a list of texts.")))
        if len(answers) != len(self.block.gaps()):
            raise forms.ValidationError(gettext(_("Send one answer for each gap.")))
        for number, answer in enumerate(answers, start=1):
            if len(answer) > logic.MAX_ANSWER_LENGTH:
                raise forms.ValidationError(gettext(_("gap %(number)s is longer than %(limit)s characters.")) % {
                    "number": number, "limit": logic.MAX_ANSWER_LENGTH})
        return answers
