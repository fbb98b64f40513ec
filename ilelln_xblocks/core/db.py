"""Database helpers shared by the blocks' models."""
from django.db import connections, router


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
