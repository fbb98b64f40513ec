"""The shared raw-handler wrapper (core.handlers.raw_handler), on every raw handler of every registered block:
who may call, with which method, and how a failing database is answered (JSON, as the JSON handlers do)."""
import json
from importlib.metadata import entry_points

import pytest
from django.db import DatabaseError, IntegrityError
from webob import Request

from ilelln_xblocks.collaboration.team_project.block import TeamProjectBlock
from ilelln_xblocks.collaboration.team_project.scenarios import READING_CLUB

pytestmark = pytest.mark.django_db

BLOCKS = dict(sorted((ep.name, ep.load()) for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_")))
RAW = [(name, handler) for name, cls in BLOCKS.items() for handler in sorted(dir(cls))
       if getattr(getattr(cls, handler, None), "ilelln_raw", False)]


def first_block(world, name, user):
    xml = BLOCKS[name].workbench_scenarios()[0][1]
    return world.find(world.load(xml, scenario=name), name, user)


def answer(block, handler, method="GET"):
    response = block.handle(handler, Request.blank("/", method=method, body=b"x" if method == "POST" else b""))
    return response.status_code, json.loads(response.body)


def test_every_block_has_the_user_state_handler_through_the_wrapper():
    assert {name for name, handler in RAW if handler == "student_view_user_state"} == set(BLOCKS)


@pytest.mark.parametrize("name, handler", RAW, ids=[f"{name}.{handler}" for name, handler in RAW])
def test_signed_out_callers_are_refused_with_json(world, name, handler):
    block = first_block(world, name, None)
    method = "POST" if getattr(BLOCKS[name], handler).ilelln_writes else "GET"
    code, body = answer(block, handler, method)
    assert code == 403 and body["error"]


@pytest.mark.parametrize("name, handler", [
    ("ilelln_competency_check", "cohort_csv"), ("ilelln_discussion", "export"), ("ilelln_reflection", "export"),
    ("ilelln_team_project", "teams_csv"), ("ilelln_peer_review", "export"),
])
def test_learners_cannot_download_staff_exports(world, name, handler):
    code, body = answer(first_block(world, name, "salma"), handler)
    assert code == 403 and body["error"] == "Only course staff can do this."


@pytest.mark.parametrize("name, handler, method", [
    ("ilelln_reflection", "upload", "GET"), ("ilelln_speaking", "upload", "GET"),
    ("ilelln_team_project", "teams_csv", "POST"), ("ilelln_competency_check", "cohort_csv", "POST"),
    ("ilelln_discussion", "student_view_user_state", "POST"),
])
def test_a_wrong_method_is_refused_before_anything_is_read(world, settings, name, handler, method):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    code, body = answer(first_block(world, name, "staff"), handler, method)
    assert code == 405 and "request" in body["error"]


@pytest.mark.parametrize("error, status", [(IntegrityError, 409), (DatabaseError, 503)])
def test_a_database_failure_in_a_raw_handler_is_answered_as_json(world, settings, monkeypatch, error, status):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    block = world.find(world.load(READING_CLUB), "ilelln_team_project", "staff")

    def fail(self):
        raise error("the database went away")
    monkeypatch.setattr(TeamProjectBlock, "staff_overview", fail)
    code, body = answer(block, "teams_csv")
    assert code == status and body["error"]
