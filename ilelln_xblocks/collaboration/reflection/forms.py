"""The reflection's handler input: drafts, submissions, sharing and comments."""
import re

from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _
from . import logic

MAX_COMMENT = 2000
REFUSALS = {
    "not-a-list": _("Send a list of texts."),
    "wrong-count": _("Send one answer per prompt. The prompts may have changed: reload the page; your text is "
                     "kept on it."),
    "too-long": _("An answer is longer than 5000 characters."),
    "bad-link": _("Links must be web addresses that start with http:// or https://."),
    "too-many-links": _("Add at most three links."),
}
NONCE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def _refuse(block, reason):
    raise forms.ValidationError(block.gettext(REFUSALS.get(reason, REFUSALS["not-a-list"])))


class DraftForm(BlockForm):
    """``{"answers": ["…", …], "links": ["…"]}``: what the learner has written so far (links checked on submit)."""

    answers = forms.JSONField(label=_("Answers"))
    links = forms.JSONField(label=_("Links"), required=False)

    def clean_answers(self):
        """One text per prompt."""
        try:
            return logic.clean_answers(self.cleaned_data["answers"], len(self.block.prompts_shown()))
        except ValueError as reason:
            return _refuse(self.block, str(reason))

    def clean_links(self):
        """Up to three texts; a half-typed address is still kept in a draft."""
        value = self.cleaned_data["links"] or []
        if (not isinstance(value, list) or len(value) > logic.MAX_LINKS
                or not all(isinstance(item, str) and len(item) <= logic.MAX_LINK for item in value)):
            _refuse(self.block, "too-many-links")
        return [item.strip() for item in value]


class SubmitForm(DraftForm):
    """The same as a draft, with every link checked."""

    def clean_links(self):
        """Up to three http(s) links."""
        try:
            return logic.clean_links(self.cleaned_data["links"])
        except ValueError as reason:
            return _refuse(self.block, str(reason))


class ShareForm(BlockForm):
    """``{"shared": true|false}``."""

    shared = forms.JSONField(label=_("Share"))

    def clean_shared(self):
        """A real boolean, not a string that looks like one."""
        value = self.cleaned_data["shared"]
        if not isinstance(value, bool):
            raise forms.ValidationError(self.block.gettext(_("Send true or false.")))
        return value


class CommentForm(BlockForm):
    """``{"reflection": id, "text": "…", "nonce": "…"}``: a comment on a shared reflection."""

    reflection = forms.IntegerField(label=_("Reflection"), min_value=1)
    text = forms.CharField(label=_("Comment"), max_length=MAX_COMMENT)
    nonce = forms.RegexField(NONCE, label=_("Request"))


class CommentIdForm(BlockForm):
    """``{"comment": id}``."""

    comment = forms.IntegerField(label=_("Comment"), min_value=1)
