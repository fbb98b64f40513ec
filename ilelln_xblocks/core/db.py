"""Database helpers shared by the blocks' stores."""
from django.apps import apps
from django.db import connections, router

APP_LABEL = "ilelln_xblocks"


class _Models:
    """This app's models by class name (``models().Recording``), looked up in Django's app registry on use."""

    def __getattr__(self, name):
        return apps.get_model(APP_LABEL, name)


_MODELS = _Models()


def models():
    """This app's models, for the stores: ``models().WritingSubmission.objects...``.

    Block classes load before Django's app registry is ready (XBlock reads entry points as the
    runtime starts), so no store imports ``ilelln_xblocks.models`` at module level; the registry
    gives each class once it is ready (django/apps/registry.py ``Apps.get_model``).
    """
    return _MODELS


def upsert(model, rows, unique_fields, update_fields):
    """Insert ``rows`` or update ``update_fields`` of those that exist, in one statement.

    Safe under concurrent requests (no read-modify-write). MySQL/MariaDB's ON DUPLICATE KEY
    UPDATE takes no conflict target; SQLite and PostgreSQL need ``unique_fields``.
    """
    database = router.db_for_write(model)
    target = (
        {"unique_fields": unique_fields}
        if connections[database].features.supports_update_conflicts_with_target
        else {}
    )
    return model.objects.using(database).bulk_create(
        rows, update_conflicts=True, update_fields=update_fields, **target
    )
