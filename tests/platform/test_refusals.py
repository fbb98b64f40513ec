"""Nothing is stored from a refused request: the README's promise, checked on every JSON write handler.

For every registered block and every JSON handler that writes, hostile and invalid bodies (the contract's
own, and bodies shaped like the handler's form but refused: empty texts, empty lists, lists of empty texts,
numbers out of range) are sent by a learner and by staff. Whenever the answer is a refusal (4xx), every row
of every table, every field of every learner's state (drafts included) and every published event must be
as it was before the request.
"""
import copy
import json

import pytest
from django.apps import apps
from django.forms import BooleanField, CharField, ChoiceField, IntegerField, JSONField

from .contract import BODIES, CLASSES, HANDLER_CASES, call, scenario_olx
from .test_contract import first

pytestmark = pytest.mark.django_db

APPS = ("ilelln_xblocks", "submissions", "completion")
SHAPES = ([], {}, [""], [""] * 2, [""] * 3, [""] * 4, [""] * 5, [""] * 6, [{}], {"": ""}, [1], {"x": 9})


def form_of(handler):
    """The Django form class a ``json_handler`` validates with (None: no form), or ``False`` for a raw handler."""
    return getattr(handler, "ilelln_form", None) if hasattr(handler, "ilelln_form") else False


def _blank(field):
    if isinstance(field, BooleanField):
        return False
    if isinstance(field, IntegerField):
        return 1
    if isinstance(field, (CharField, ChoiceField)) and not isinstance(field, JSONField):
        return ""
    return []


def form_bodies(form):
    """Bodies shaped like ``form`` that a careful handler refuses: every field blank, then each JSON field (and
    each number) in turn given an odd shape or value while the others stay blank."""
    if not form:
        return []
    fields = form.base_fields
    blank = {name: _blank(field) for name, field in fields.items()}
    bodies = [blank]
    for name, field in fields.items():
        if isinstance(field, JSONField):
            bodies += [dict(blank, **{name: shape}) for shape in SHAPES]
        elif isinstance(field, IntegerField):
            bodies += [dict(blank, **{name: value}) for value in (0, 2, 10 ** 9)]
    return bodies


JSON_WRITES = [(name, handler) for name, handler in HANDLER_CASES
               if getattr(getattr(CLASSES[name], handler), "ilelln_writes", False)
               and form_of(getattr(CLASSES[name], handler)) is not False]

def snapshot(world):
    """Every row of every table the blocks write, every learner's field values, and the published events."""
    rows = {model._meta.label: sorted(map(repr, model.objects.values_list()))
            for app in APPS for model in apps.get_app_config(app).get_models()}
    return rows, copy.deepcopy(world.kvs.db_dict), len(world.events)


def changes(before, after):
    """What differs between two snapshots, by table and by field."""
    (rows, fields, events), (rows2, fields2, events2) = before, after
    found = [f"table {table}" for table in rows if rows[table] != rows2[table]]
    found += [f"field {getattr(key, 'field_name', key)}: {fields.get(key)!r} -> {fields2.get(key)!r}"[:160]
              for key in set(fields) | set(fields2) if fields.get(key) != fields2.get(key)]
    if events != events2:
        found.append(f"{events2 - events} events published")
    return found


@pytest.mark.parametrize("name, handler", JSON_WRITES)
def test_a_refused_request_stores_nothing(pworld, name, handler):
    world = pworld
    root = world.load(scenario_olx(name))
    cls = type(first(world, root, name, "alice"))
    form = form_of(getattr(cls, handler))
    bodies = [body for method, body in BODIES if method == "POST"]
    bodies += [json.dumps(body).encode() for body in form_bodies(form)]
    problems = []
    for username, staff in (("alice", False), ("sam", True)):
        for body in bodies:
            block = first(world, root, name, username, staff=staff)
            before = snapshot(world)
            status, text = call(block, handler, "POST", body)
            if 400 <= status < 500:
                found = changes(before, snapshot(world))
                if found:
                    problems.append(f"{username} {body[:60]!r} -> {status}: {found}")
    assert problems == []
