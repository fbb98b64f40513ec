"""The listening exercise's handler input: answers and the dictation."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _
from . import logic


class SubmitForm(BlockForm):
    """``{"answers": [one per question], "dictation": "..."}``."""

    answers = forms.JSONField(label=_("Answers"), required=False)
    dictation = forms.CharField(label=_("Dictation"), required=False, max_length=2000, strip=False)

    def clean_answers(self):
        """One answer per question, each of the shape its question needs."""
        answers = self.cleaned_data["answers"]
        questions = self.block.questions()
        if answers is None:
            answers = []
        if (not isinstance(answers, list) or len(answers) != len(questions)
                or not all(logic.answer_is_valid(q, a) for q, a in zip(questions, answers, strict=True))):
            raise forms.ValidationError(self.block.gettext(_("Answer every question before you submit.")))
        return answers
