"""The JSON each discussion handler accepts, checked by Django forms before anything is stored."""
from django import forms

from ...core.handlers import BlockForm
from ...core.i18n import _
from . import logic

MAX_BODY = 20000


class PageForm(BlockForm):
    """``{"sort": "newest"|"helpful", "cursor": "…", "search": "…", "tag": "…", "group": "…" (staff)}``."""

    sort = forms.ChoiceField(label=_("Sort"), choices=[(key, key) for key in logic.SORTS], required=False)
    cursor = forms.CharField(label=_("Page"), max_length=200, required=False)
    search = forms.CharField(label=_("Search"), max_length=100, required=False)
    tag = forms.CharField(label=_("Tag"), max_length=40, required=False)
    group = forms.CharField(label=_("Group"), max_length=255, required=False)


class PostForm(BlockForm):
    """``{"title", "body": "<p>…</p>", "tags": [...], "anonymous": bool, "parent": thread id, "group" (staff)}``."""

    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    body = forms.CharField(label=_("Post"), max_length=MAX_BODY, strip=False)
    tags = forms.JSONField(label=_("Tags"), required=False)
    anonymous = forms.BooleanField(label=_("Post anonymously"), required=False)
    parent = forms.IntegerField(label=_("Reply to"), min_value=1, required=False)
    group = forms.CharField(label=_("Group"), max_length=255, required=False)
    request_id = forms.RegexField(label=_("Request"), regex=r"^[A-Za-z0-9_-]{8,40}$", required=False)


class EditForm(BlockForm):
    """``{"id", "title", "body", "tags"}``: the author changes their post within the edit window."""

    id = forms.IntegerField(label=_("Post"), min_value=1)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    body = forms.CharField(label=_("Post"), max_length=MAX_BODY, strip=False)
    tags = forms.JSONField(label=_("Tags"), required=False)


class IdForm(BlockForm):
    """``{"id": post id}``."""

    id = forms.IntegerField(label=_("Post"), min_value=1)


class ReactForm(IdForm):
    """``{"id", "kind": "helpful"|"insightful", "on": true|false}``; without ``on`` the reaction toggles."""

    kind = forms.ChoiceField(label=_("Reaction"), choices=[(key, key) for key in logic.REACTIONS])
    on = forms.NullBooleanField(label=_("Reaction"), required=False)


class FlagForm(IdForm):
    """``{"id", "reason": "…"}``."""

    reason = forms.CharField(label=_("Reason"), max_length=1000, required=False)


class PinForm(IdForm):
    """``{"id", "pinned": bool}``."""

    pinned = forms.BooleanField(label=_("Pinned"), required=False)


class ModerateForm(IdForm):
    """``{"id", "hidden": bool}``."""

    hidden = forms.BooleanField(label=_("Hidden"), required=False)
