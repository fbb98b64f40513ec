"""Peer review's handler inputs, validated by Django forms before anything is stored."""
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from ...core.handlers import BlockForm
from ...core.i18n import _

MAX_TEXT = 50000
MAX_LINKS = 5
MAX_REASON = 1000  # a flag's reason: the dialog's textarea has the same maxlength
HELPFUL = ((1, _("1: not helpful")), (2, _("2: a little helpful")), (3, _("3: helpful")),
           (4, _("4: very helpful")), (5, _("5: extremely helpful")))


def _links(value, block):
    """Up to five http(s) links, each checked."""
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise forms.ValidationError(block.gettext(_("Send the links as a list of texts.")))
    if len(value) > MAX_LINKS:
        raise forms.ValidationError(block.gettext(_("Send at most %(limit)s links.")) % {"limit": MAX_LINKS})
    links, check = [], URLValidator(schemes=["http", "https"])
    for line, link in enumerate((item.strip() for item in value), start=1):
        if not link:
            continue
        try:
            check(link)
        except ValidationError:
            raise forms.ValidationError(block.gettext(
                _("link %(line)s, '%(link)s', is not a web address (http or https).")) % {
                "line": line, "link": link[:80]}) from None
        links.append(link)
    return links


class WorkForm(BlockForm):
    """``{"text": "<p>…</p>", "links": ["https://…"]}``: the learner's work (rich text is sanitised)."""

    text = forms.CharField(label=_("Your work"), max_length=MAX_TEXT, required=False, strip=False)
    links = forms.JSONField(label=_("Links"), required=False)

    def clean_links(self):
        """Checked links."""
        return _links(self.cleaned_data["links"], self.block)


class ReviewForm(BlockForm):
    """``{"review": id, "levels": {criterion key: level index}, "comment": "…"}``."""

    review = forms.IntegerField(label=_("Review"), min_value=1)
    levels = forms.JSONField(label=_("Rubric levels"))
    comment = forms.CharField(label=_("Comment"), max_length=5000, required=False)


class RateForm(BlockForm):
    """``{"review": id, "helpful": 1..5, "reply": "…"}``: the author's answer to a review."""

    review = forms.IntegerField(label=_("Review"), min_value=1)
    helpful = forms.IntegerField(label=_("Helpfulness"), min_value=1, max_value=5)
    reply = forms.CharField(label=_("Reply"), max_length=2000, required=False)


class ItemForm(BlockForm):
    """``{"kind": "review"|"submission", "id": n}``: what a facilitator opens to read."""

    kind = forms.ChoiceField(label=_("Kind"), choices=[("review", "review"), ("submission", "submission")])
    id = forms.IntegerField(label=_("Item"), min_value=1)


class FlagForm(ItemForm):
    """``{"kind": "review"|"submission", "id": n, "reason": "…"}``."""

    reason = forms.CharField(label=_("Reason"), max_length=MAX_REASON, required=False)


class ModerateForm(FlagForm):
    """``{"kind", "id", "hidden": true|false}``: staff hide or restore flagged content."""

    hidden = forms.BooleanField(label=_("Hidden"), required=False)
    reason = None


class ReassignForm(BlockForm):
    """``{"review": id, "reviewer": anonymous id or "staff"}``."""

    review = forms.IntegerField(label=_("Review"), min_value=1)
    reviewer = forms.CharField(label=_("Reviewer"), max_length=64)


class OverrideForm(BlockForm):
    """``{"learner": id, "score": 0..100, "reason": "…"}``."""

    learner = forms.CharField(label=_("Learner"), max_length=64)
    score = forms.IntegerField(label=_("Score"), min_value=0, max_value=100)
    reason = forms.CharField(label=_("Reason"), max_length=2000)


class FileForm(BlockForm):
    """``{"index": n}``: which draft file to remove."""

    index = forms.IntegerField(label=_("File"), min_value=0)
