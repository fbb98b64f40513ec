"""The models package: one module per block, every model re-exported, the schema the migrations describe."""
import pytest
from django.apps import apps
from django.db.migrations.autodetector import MigrationAutodetector
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.state import ProjectState

from ilelln_xblocks import models
from ilelln_xblocks.core import db
from ilelln_xblocks.english import base as english

APP = apps.get_app_config("ilelln_xblocks")


def test_every_model_of_the_app_is_re_exported_by_the_package():
    assert {getattr(models, name) for name in models.__all__} == set(APP.get_models())


def test_each_model_lives_in_its_blocks_module_or_the_reminders():
    homes = {model.__module__ for model in APP.get_models()}
    assert homes == {f"ilelln_xblocks.models.{name}" for name in (
        "progress", "competency_check", "writing", "speaking", "peer_review", "reflection", "team_project",
        "discussion")} | {"ilelln_xblocks.reminders.models"}


def test_the_models_need_no_migration():
    """What ``makemigrations --check`` compares, without a database: the migrations' state and the models'."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    changes = MigrationAutodetector(loader.project_state(), ProjectState.from_apps(apps)).changes(graph=loader.graph)
    assert "ilelln_xblocks" not in changes


def test_the_store_accessor_gives_the_registered_models():
    assert db.models().Recording is models.Recording
    assert db.models().ActivityProgress.COMPLETED == "completed"
    with pytest.raises(LookupError):
        db.models().NoSuchModel  # noqa: B018


@pytest.mark.parametrize("url, required, problem", [
    ("http://example.org/a.mp3", False, english.HTTP_MEDIA),
    ("ftp://example.org/a.mp3", False, "otherwise"),
    ("", False, None),
    ("", True, "otherwise"),
    (" /static/voicemail.mp3 ", True, None),
    ("https://example.org/a.mp3", True, None),
    ("package:audio/meeting.ogg", True, None),
])
def test_media_problem(url, required, problem):
    assert english.media_problem(url, "otherwise", required=required) == problem
