"""The team project's handler inputs, validated by Django forms before anything is stored."""
from django import forms

from ..core.handlers import BlockForm

MAX_TEXT = 5000


class NameForm(BlockForm):
    """``{"name": "..."}``: a new team's name."""

    name = forms.CharField(max_length=100)


class TeamForm(BlockForm):
    """``{"team": id}``: a team to join, comment on or vote for."""

    team = forms.IntegerField(min_value=1)


class EmptyForm(BlockForm):
    """No input."""


class CharterForm(BlockForm):
    """The charter, with the version the learner started from."""

    version = forms.IntegerField(min_value=1)
    roles = forms.CharField(max_length=MAX_TEXT, required=False, strip=False)
    agreements = forms.CharField(max_length=MAX_TEXT, required=False, strip=False)


class PlanForm(BlockForm):
    """The action plan, with the version the learner started from."""

    version = forms.IntegerField(min_value=1)
    problem = forms.CharField(max_length=MAX_TEXT, required=False, strip=False)
    community = forms.CharField(max_length=MAX_TEXT, required=False, strip=False)
    partners = forms.CharField(max_length=MAX_TEXT, required=False, strip=False)
    activities = forms.JSONField(required=False)


class UpdateForm(BlockForm):
    """A progress update with an optional evidence link."""

    text = forms.CharField(max_length=MAX_TEXT)
    evidence_url = forms.CharField(max_length=500, required=False)


class ShowcaseForm(BlockForm):
    """The team's showcase for the cohort."""

    summary = forms.CharField(max_length=MAX_TEXT)
    url = forms.CharField(max_length=500, required=False)


class CommentForm(TeamForm):
    """A peer comment on a showcase."""

    text = forms.CharField(max_length=2000)


class RatingsForm(BlockForm):
    """``{"ratings": {learner: 1..5}}``: contribution ratings of teammates."""

    ratings = forms.JSONField()
