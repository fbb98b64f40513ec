"""Work-arounds the demo and the tests need for the versions of other packages the LMS pins.

edx-submissions 3.12 (the version openedx-platform pins: ``requirements/edx/base.txt``,
``edx-submissions==3.12.2`` @9b3f529 and @01f9729) adds migration
``0006_mariadb_uuid_conversion``, which on MariaDB runs ``ALTER TABLE submissions_studentitem
MODIFY uuid uuid``; that table has no ``uuid`` column, so ``migrate`` fails on a new MariaDB
database. On a new database nothing needs converting: Django 5 already creates every
``UUIDField`` as MariaDB's native ``uuid`` type. So on MySQL/MariaDB the demo and the tests
apply that migration as a no-op (as ``migrate --fake`` would record it), and leave every other
database, and every other migration, alone. Operators upgrading an old MariaDB LMS are not
affected by this module: it lives in the demo settings only.
"""
import importlib

BROKEN = "submissions.migrations.0006_mariadb_uuid_conversion"


def skip_broken_submissions_migration(engine):
    """Make edx-submissions' migration 0006 a no-op on MySQL/MariaDB, when that version has it."""
    if "mysql" not in engine:
        return False
    try:
        module = importlib.import_module(BROKEN)
    except ImportError:  # older edx-submissions (<3.12): nothing to skip
        return False
    from django.db import migrations  # pylint: disable=import-outside-toplevel

    module.Migration.operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
    return True
