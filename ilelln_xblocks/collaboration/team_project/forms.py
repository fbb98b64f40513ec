"""The team project's handler inputs, validated by Django forms before anything is stored."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _

MAX_TEXT = 5000


class NameForm(BlockForm):
    """``{"name": "..."}``: a new team's name."""

    name = forms.CharField(label=_("Team name"), max_length=100)


class TeamForm(BlockForm):
    """``{"team": id}``: a team to join, comment on or vote for."""

    team = forms.IntegerField(label=_("Team"), min_value=1)


class EmptyForm(BlockForm):
    """No input."""


class CharterForm(BlockForm):
    """The charter, with the version the learner started from."""

    version = forms.IntegerField(label=_("Version"), min_value=1)
    roles = forms.CharField(label=_("Roles"), max_length=MAX_TEXT, required=False, strip=False)
    agreements = forms.CharField(label=_("Agreements"), max_length=MAX_TEXT, required=False, strip=False)


class PlanForm(BlockForm):
    """The action plan, with the version the learner started from."""

    version = forms.IntegerField(label=_("Version"), min_value=1)
    problem = forms.CharField(label=_("Problem"), max_length=MAX_TEXT, required=False, strip=False)
    community = forms.CharField(label=_("Community"), max_length=MAX_TEXT, required=False, strip=False)
    partners = forms.CharField(label=_("Partners"), max_length=MAX_TEXT, required=False, strip=False)
    activities = forms.JSONField(label=_("Activities"), required=False)


class UpdateForm(BlockForm):
    """A progress update with an optional evidence link."""

    text = forms.CharField(label=_("Progress update"), max_length=MAX_TEXT)
    evidence_url = forms.CharField(label=_("Evidence link"), max_length=500, required=False)


class ShowcaseForm(BlockForm):
    """The team's showcase for the cohort."""

    summary = forms.CharField(label=_("Summary"), max_length=MAX_TEXT)
    url = forms.CharField(label=_("Link"), max_length=500, required=False)


class CommentForm(TeamForm):
    """A peer comment on a showcase."""

    text = forms.CharField(label=_("Comment"), max_length=2000)


class RatingsForm(BlockForm):
    """``{"ratings": {learner: 1..5}}``: contribution ratings of teammates."""

    ratings = forms.JSONField(label=_("Ratings"))
