"""Every file a block answers with, over every registered block: CSV exports whose cells a spreadsheet never
runs as formulas, and one set of headers on every file response (exports and downloads alike).

Each export is fed hostile text where learners (their names, teams, posts, answers) or authors (statements)
write it. The table below must name every file handler of every block: a new export or download without a
case here fails ``test_every_file_handler_of_every_block_is_checked``.
"""
import csv
import io
import json
from importlib.metadata import entry_points
from xml.sax.saxutils import escape

import pytest
from webob import Request

from ilelln_xblocks.collaboration.reflection.scenarios import FIELD_VISIT
from ilelln_xblocks.collaboration.team_project.scenarios import READING_CLUB
from ilelln_xblocks.course.content.fixtures import COMPETENCIES_EN, competency_check_olx
from ilelln_xblocks.english.speaking.scenarios import INTRODUCE
from ilelln_xblocks.models import PeerSubmission, Reflection
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

BLOCKS = dict(sorted((ep.name, ep.load()) for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_")))
# Text a spreadsheet would run or reinterpret: a formula, a sign, an at-sign (Lotus/Excel), a tab or CR first.
HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FILE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
OGG = b"OggS" + b"\x00" * 4000
PDF = b"%PDF-1.4\n" + b"0" * 2000
PEER_OLX = """<ilelln_peer_review submission_due="2099-01-01T00:00:00Z" max_files="2" max_upload_mb="1">
  <prompt>Write an email.</prompt>
  <rubric><criterion key="purpose" label="Purpose"><level points="0" label="No"/><level points="2" label="Yes"/>
  </criterion></rubric>
</ilelln_peer_review>"""


def ok(answer):
    code, body = answer
    assert code == 200, body
    return body


def get(block, handler, suffix=""):
    return block.handle(handler, Request.blank("/", method="GET"), suffix)


def raw_post(block, handler, body, **headers):
    response = block.handle(handler, Request.blank("/", method="POST", body=body, headers=headers))
    assert response.status_code == 200, response.body
    return json.loads(response.body)


# ----- exports: each fills a block with hostile text and returns the staff member's CSV response ----------------

def competency_export(world):
    def xml(text):
        return escape(text, {'"': "&quot;", "\t": "&#9;", "\r": "&#13;"})

    items = [(f"k{n}", xml(HOSTILE[n]), xml(HOSTILE[-1 - n])) for n in range(len(HOSTILE))] + COMPETENCIES_EN[:1]
    root = world.load(competency_check_olx("start", "hostile", items, None, "Check", "Rate."))
    ok(call_handler(world.block(root, HOSTILE[0]), "save_ratings", {"ratings": {key: 3 for key, _m, _s in items}}))
    return get(world.block(root, "staff"), "cohort_csv")


def discussion_export(world):
    root = world.load('<ilelln_discussion anonymity="optional"><prompt>Share an idea.</prompt></ilelln_discussion>')
    for name in HOSTILE:
        ok(call_handler(world.block(root, name), "post", {"title": name, "body": f"<p>{name}</p>"}))
    return get(world.block(root, "staff"), "export")


def team_project_export(world):
    root = world.load(READING_CLUB)
    team = ok(call_handler(world.block(root, HOSTILE[1]), "create_team", {"name": HOSTILE[0]}))["team"]
    for name in HOSTILE[2:4]:
        ok(call_handler(world.block(root, name), "join_team", {"team": team}))
    ok(call_handler(world.block(root, HOSTILE[1]), "rate", {"ratings": {HOSTILE[2]: 4, HOSTILE[3]: 5}}))
    return get(world.block(root, "staff"), "teams_csv")


def reflection_export(world):
    root = world.load(FIELD_VISIT)
    for name in HOSTILE[:3]:
        block = world.find(root, "ilelln_reflection", name)
        ok(call_handler(block, "submit", {"answers": HOSTILE[:4], "links": ["https://www.example.org/visit"]}))
    return get(world.find(root, "ilelln_reflection", "staff"), "export")


def peer_review_export(world):
    root = world.load(PEER_OLX)
    for name in HOSTILE[:3]:
        ok(call_handler(world.block(root, name), "submit", {"text": f"<p>{name}</p>", "links": []}))
    ok(call_handler(world.block(root, "staff"), "override", {"learner": HOSTILE[0], "score": 90, "reason": HOSTILE[4]}))
    return get(world.block(root, "staff"), "export")


# ----- downloads: each stores a learner's file and returns (the response, the bytes stored) ----------------------

def reflection_photo(world):
    root = world.load(FIELD_VISIT)
    block = world.find(root, "ilelln_reflection", "salma")
    raw_post(block, "upload", PNG, **{"X-File-Name": "lighthouse.png"})
    ok(call_handler(block, "submit", {"answers": HOSTILE[:4], "links": []}))
    reflection = Reflection.objects.get(learner="salma")
    return get(world.find(root, "ilelln_reflection", "staff"), "photo", str(reflection.id)), PNG


def speaking_recording(world):
    root = world.load(INTRODUCE)
    raw_post(world.find(root, "ilelln_speaking", "salma"), "upload", OGG, **{"X-Duration": "12"})
    return get(world.find(root, "ilelln_speaking", "salma"), "recording"), OGG


def peer_review_file(world):
    root = world.load(PEER_OLX)
    block = world.block(root, "amal")
    raw_post(block, "upload", PDF, **{"X-File-Name": "plan.pdf"})
    ok(call_handler(world.block(root, "amal"), "submit", {"text": "<p>Dear Ms Okafor.</p>", "links": []}))
    submission = PeerSubmission.objects.get(learner="amal")
    return get(world.block(root, "amal"), "file", f"{submission.id}/0"), PDF


EXPORTS = {
    ("ilelln_competency_check", "cohort_csv"): competency_export,
    ("ilelln_discussion", "export"): discussion_export,
    ("ilelln_peer_review", "export"): peer_review_export,
    ("ilelln_reflection", "export"): reflection_export,
    ("ilelln_team_project", "teams_csv"): team_project_export,
}
DOWNLOADS = {
    ("ilelln_peer_review", "file"): peer_review_file,
    ("ilelln_reflection", "photo"): reflection_photo,
    ("ilelln_speaking", "recording"): speaking_recording,
}
NOT_FILES = {"student_view_user_state"}  # a raw handler that answers JSON


def cases(table):
    return [pytest.param(name, handler, id=f"{name}.{handler}")
            for name, handler in table]


def file_handlers(cls):
    """The raw handlers of ``cls`` that answer with a file: not uploads (they write), not JSON ones."""
    return {name for name in dir(cls)
            if getattr(getattr(cls, name, None), "ilelln_raw", False)
            and not getattr(cls, name).ilelln_writes and name not in NOT_FILES}


@pytest.fixture
def files_world(world, settings, tmp_path):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    settings.MEDIA_ROOT = str(tmp_path)
    return world


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_every_file_handler_of_every_block_is_checked(name):
    assert file_handlers(BLOCKS[name]) == {handler for block, handler in {**EXPORTS, **DOWNLOADS} if block == name}


def assert_file_headers(response):
    assert response.status_code == 200, response.body
    assert {key: response.headers.get(key) for key in FILE_HEADERS} == FILE_HEADERS


@pytest.mark.parametrize("name, handler", cases(EXPORTS))
def test_every_export_cell_is_safe_from_spreadsheet_formulas(files_world, name, handler):
    response = EXPORTS[name, handler](files_world)
    assert_file_headers(response)
    assert response.content_type == "text/csv" and response.headers["Content-Disposition"].startswith("attachment;")
    cells = [cell for row in csv.reader(io.StringIO(response.body.decode("utf-8-sig"))) for cell in row]
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)    # the hostile text did reach the export


@pytest.mark.parametrize("name, handler", cases(DOWNLOADS))
def test_every_download_carries_the_file_headers_and_streams(files_world, name, handler):
    response, stored = DOWNLOADS[name, handler](files_world)
    assert_file_headers(response)
    assert not isinstance(response.app_iter, (list, tuple))          # read from storage as it is sent
    assert response.body == stored
