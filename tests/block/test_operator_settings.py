"""The operator's ``XBLOCK_SETTINGS["ilelln_xblocks"]`` (set by the Tutor plugin) caps what authors allow."""
import json

import pytest
from django.utils import translation
from webob import Request

from ilelln_xblocks.core.operator_settings import operator_settings, upload_limit_bytes
from ilelln_xblocks.english.speaking.scenarios import INTRODUCE
from ilelln_xblocks.models import Recording
from tests.helpers import init_args

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


@pytest.fixture
def speaking(world, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return world, world.load(INTRODUCE)


def upload(block, body):
    request = Request.blank("/", method="POST", body=body, headers={"Content-Type": "audio/ogg", "X-Duration": "5"})
    response = block.handle("upload", request)
    return response.status_code, json.loads(response.body)


def test_without_the_bucket_the_authors_limit_applies(speaking, settings):
    world, root = speaking
    settings.XBLOCK_SETTINGS = {}
    block = world.block(root)
    assert operator_settings(block) == {}
    assert upload_limit_bytes(block, block.max_megabytes) == int(block.max_megabytes * MB)


def test_the_operators_ceiling_caps_the_authors_limit(speaking, settings):
    world, root = speaking
    settings.XBLOCK_SETTINGS = {"ilelln_xblocks": {"MAX_UPLOAD_MEGABYTES": 0.5}}
    block = world.block(root)
    assert block.max_megabytes > 0.5
    assert upload_limit_bytes(block, block.max_megabytes) == MB // 2
    assert upload_limit_bytes(block, 0.25) == MB // 4           # a lower author's limit stands
    html = block.render("student_view").content
    init = init_args(html)
    assert init["max_bytes"] == MB // 2                         # the browser checks the same limit
    with translation.override("en"):
        code, body = upload(world.block(root), b"OggS" + b"\x00" * (MB // 2 + 1))
    assert code == 413 and "too large" in body["error"]
    assert not Recording.objects.exists()
    code, _body = upload(world.block(root), b"OggS" + b"\x00" * 4000)
    assert code == 200


@pytest.mark.parametrize("ceiling", ["lots", None, 0, -3])
def test_a_malformed_ceiling_leaves_the_authors_limit(speaking, settings, ceiling):
    world, root = speaking
    settings.XBLOCK_SETTINGS = {"ilelln_xblocks": {"MAX_UPLOAD_MEGABYTES": ceiling}}
    block = world.block(root)
    assert upload_limit_bytes(block, 2) == 2 * MB
