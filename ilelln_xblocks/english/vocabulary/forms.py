"""The vocabulary set's handler input: flashcard reviews, matches and the test."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _


class ReviewForm(BlockForm):
    """``{"term": index, "known": true|false}``: the learner's verdict on one flashcard."""

    term = forms.IntegerField(label=_("Card"), min_value=0)
    known = forms.BooleanField(label=_("Answer"), required=False)

    def clean_term(self):
        """A term of this set."""
        index = self.cleaned_data["term"]
        if index >= len(self.block.term_list()):
            raise forms.ValidationError(self.block.gettext(_("There is no such term.")))
        return index


class MatchForm(BlockForm):
    """``{"pairs": {term index: gloss id}}``: the gloss the learner matched to each term."""

    pairs = forms.JSONField(label=_("Matches"))

    def clean_pairs(self):
        """Every term matched to one of the offered glosses."""
        pairs = self.cleaned_data["pairs"]
        tokens = self.block.gloss_tokens()
        count = len(tokens)
        if (not isinstance(pairs, dict) or set(pairs) != {str(index) for index in range(count)}
                or not all(value in tokens for value in pairs.values())):
            raise forms.ValidationError(self.block.gettext(_("Match every term to one of the meanings.")))
        return {int(key): tokens.index(value) for key, value in pairs.items()}


class ExamForm(BlockForm):
    """``{"answers": ["term", ...]}``: the word typed for each meaning, in the set's order."""

    answers = forms.JSONField(label=_("Answers"))

    def clean_answers(self):
        """One short text per term."""
        answers = self.cleaned_data["answers"]
        if (not isinstance(answers, list) or len(answers) != len(self.block.term_list())
                or not all(isinstance(answer, str) and len(answer) <= 100 for answer in answers)):
            raise forms.ValidationError(self.block.gettext(_("Type one word or phrase for each meaning.")))
        return answers
