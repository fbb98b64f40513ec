"""Database helpers shared by the blocks' stores."""
import re
from functools import lru_cache

from django.apps import apps
from django.db import connections, router
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    ValuesIterable,
    ValuesListIterable,
    get_related_populators,
)

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


LONGEST_LIST = 32  # an ``__in`` list longer than this runs as a plain QuerySet (one compiled statement per length)


class Prepared:
    """A read query whose SQL is compiled once per database; each call binds only its parameters.

    Django builds and compiles a QuerySet anew on every evaluation (``SQLCompiler.pre_sql_setup`` and
    ``as_sql`` in django/db/models/sql/compiler.py): about 200 µs for a two-column filter on this
    project's tables, while SQLite runs the statement itself in about 20 µs. A student view's few
    queries are the same statement every time with other keys, so the stores declare them once::

        MINE = Prepared(lambda block_key, learner: models().Reflection.objects.filter(
            block_key=block_key, learner=learner), block_key=str, learner=str)
        MINE(block_key=..., learner=...)   # -> [Reflection, ...]

    ``build`` gets a stand-in value for each named parameter (``str``, ``int``, or for an ``__in``
    ``list`` of str or ``[int]``) and returns a QuerySet: model rows (``select_related`` and ``annotate``
    included, built the way Django's ``ModelIterable`` builds them: ``from_db``,
    ``get_related_populators``, ``annotation_col_map``) or
    ``values()``/``values_list()`` rows. The database's own converters run on every value, and the
    statement goes through the connection's cursor, so query counting sees it.
    """

    def __init__(self, build, **kinds):
        self._build = build
        self._kinds = kinds
        self._compiled = {}

    def __call__(self, **params):
        lengths = tuple(len(params[name]) if _is_list(kind) else None for name, kind in self._kinds.items())
        if any(length and length > LONGEST_LIST for length in lengths):  # not worth a statement per length
            return list(self._build(**params))
        model = self._model()
        alias = router.db_for_read(model)
        plan = self._compiled.get((alias, lengths))
        if plan is None:
            plan = self._compiled[alias, lengths] = self._compile(alias, lengths)
        sql, slots, decode = plan
        values = []
        for slot in slots:
            if slot[0] == "param":
                values.append(params[slot[1]])
            elif slot[0] == "item":
                values.append(params[slot[1]][slot[2]])
            else:
                values.append(slot[1])
        connection = connections[alias]
        return decode(_fetch(connection, sql, values), connection)

    def first(self, **params):
        """The first row, or None (``build`` orders and slices when more than one row may match)."""
        rows = self(**params)
        return rows[0] if rows else None

    def _model(self):
        if "model" not in vars(self):
            self.model = self._build(**self._stand_ins([1] * len(self._kinds))).model
        return self.model

    def _stand_ins(self, lengths):
        """A value per parameter that no real key equals, so it can be found among the compiled parameters."""
        stand_ins = {}
        for index, ((name, kind), length) in enumerate(zip(self._kinds.items(), lengths, strict=True)):
            if kind == [int]:
                stand_ins[name] = [-(2 ** 52) - (index + 1) * 100_000 - item for item in range(length)]
            elif kind is list:
                stand_ins[name] = [f"\x1fparam-{index}-{item}\x1f" for item in range(length)]
            elif kind is int:
                stand_ins[name] = -(2 ** 52) - index
            else:
                stand_ins[name] = f"\x1fparam-{index}\x1f"
        return stand_ins

    def _compile(self, alias, lengths):
        stand_ins = self._stand_ins(lengths)
        queryset = self._build(**stand_ins).using(alias)
        compiler = queryset.query.get_compiler(using=alias)
        sql, compiled = compiler.as_sql()
        where = {}
        for name, value in stand_ins.items():
            if isinstance(value, list):
                where.update({item: ("item", name, index) for index, item in enumerate(value)})
            else:
                where[value] = ("param", name)
        slots = [where.get(value, ("constant", value)) if isinstance(value, (str, int)) else ("constant", value)
                 for value in compiled]
        missing = set(where.values()) - set(slots)
        if missing:  # a lookup that rewrites its value (``__contains``, ``__iexact``...) cannot be bound later
            raise ValueError(f"Prepared query parameters not found in its SQL: {sorted(missing)}")
        return sql, slots, _decoder(queryset, compiler, alias)


def _fetch(connection, sql, values):
    """The rows of ``sql`` (Django's ``%s`` placeholders) on ``connection``.

    When something listens to the connection's queries (``CaptureQueriesContext``, ``DEBUG``'s log, an execute
    wrapper such as a query counter), through Django's cursor, so it sees the statement. Otherwise on the
    driver's own cursor, with what Django's cursor adds that matters for a read kept (a broken transaction
    refuses, driver errors become Django's): its wrappers and SQLite's placeholder rewriting (a regular expression
    on every execute, django/db/backends/sqlite3/base.py ``convert_query``) were two thirds of a query's time;
    the statement is the same and runs in the same connection and transaction.
    """
    if connection.queries_logged or connection.execute_wrappers:
        with connection.cursor() as cursor:
            cursor.execute(sql, values)
            return cursor.fetchall()
    connection.validate_no_broken_transaction()
    connection.close_if_health_check_failed()  # what Django's cursor() does first (base/base.py ``_cursor``)
    connection.ensure_connection()
    connection.validate_thread_sharing()
    with connection.wrap_database_errors:
        cursor = connection.connection.cursor()
        try:
            cursor.execute(_driver_sql(connection.vendor, sql), values)
            return cursor.fetchall()
        finally:
            cursor.close()


@lru_cache(maxsize=1024)
def _driver_sql(vendor, sql):
    """``sql`` in the driver's placeholder style: ``?`` for SQLite (as ``convert_query`` writes it), else as is."""
    return _QMARK.sub("?", sql).replace("%%", "%") if vendor == "sqlite" else sql


_QMARK = re.compile(r"(?<!%)%s")  # Django's FORMAT_QMARK_REGEX (django/db/backends/sqlite3/base.py)


def _is_list(kind):
    return kind is list or kind == [int]


def _decoder(queryset, compiler, alias):
    """A function from fetched rows to what iterating ``queryset`` would give (django/db/models/query.py)."""
    fields = [column[0] for column in compiler.select[:compiler.col_count]]
    converters = list(compiler.get_converters(fields).items())

    def convert(rows, connection):
        for row in map(list, rows):
            for position, (functions, expression) in converters:
                value = row[position]
                for function in functions:
                    value = function(value, expression, connection)
                row[position] = value
            yield row

    iterable = queryset._iterable_class  # pylint: disable=protected-access
    if iterable is ModelIterable:
        info = compiler.klass_info
        model, start = info["model"], info["select_fields"][0]
        end = info["select_fields"][-1] + 1
        names = [column[0].target.attname for column in compiler.select[start:end]]
        populators = get_related_populators(info, compiler.select, alias)
        annotations = list(compiler.annotation_col_map.items())

        def models_of(rows, connection):
            built = []
            for row in convert(rows, connection):
                obj = model.from_db(alias, names, row[start:end])
                for populator in populators:
                    populator.populate(row, obj)
                for name, position in annotations:
                    setattr(obj, name, row[position])
                built.append(obj)
            return built
        return models_of
    query = queryset.query
    names = [*query.extra_select, *query.values_select, *query.annotation_select]
    if iterable is ValuesIterable:
        return lambda rows, connection: [dict(zip(names, row, strict=False)) for row in convert(rows, connection)]
    if iterable is FlatValuesListIterable:
        return lambda rows, connection: [row[0] for row in convert(rows, connection)]
    if iterable is ValuesListIterable:
        return lambda rows, connection: [tuple(row) for row in convert(rows, connection)]
    raise TypeError(f"Prepared queries give model rows or values, not {iterable.__name__}")
