"""The operator's ``XBLOCK_SETTINGS["ilelln_xblocks"]`` (set by the Tutor plugin) caps what authors allow."""
import json

import pytest
from django.utils import translation
from lxml import etree
from webob import Request

from ilelln_xblocks.core.olx import to_string
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
    assert upload_limit_bytes(block, block.max_upload_mb) == int(block.max_upload_mb * MB)


def test_the_operators_ceiling_caps_the_authors_limit(speaking, settings):
    world, root = speaking
    settings.XBLOCK_SETTINGS = {"ilelln_xblocks": {"MAX_UPLOAD_MEGABYTES": 0.5}}
    block = world.block(root)
    assert block.max_upload_mb > 0.5
    assert upload_limit_bytes(block, block.max_upload_mb) == MB // 2
    assert upload_limit_bytes(block, 0.25) == MB // 4           # a lower author's limit stands
    html = block.render("student_view").content
    init = init_args(html)
    assert init["max_bytes"] == MB // 2                         # the browser checks the same limit
    with translation.override("en"):
        code, body = upload(world.block(root), b"OggS" + b"\x00" * (MB // 2 + 1))
    assert code == 413 and "larger than 512.0\xa0KB." in body["error"]   # the limit that applies, named as sizes are
    with translation.override("ar"):
        code, body = upload(world.block(root), b"OggS" + b"\x00" * (MB // 2 + 1))
    assert code == 413 and "أكبر من 512.0\xa0كيلوبايت." in body["error"]
    assert not Recording.objects.exists()
    code, _body = upload(world.block(root), b"OggS" + b"\x00" * 4000)
    assert code == 200


@pytest.mark.parametrize("ceiling", ["lots", None, 0, -3])
def test_a_malformed_ceiling_leaves_the_authors_limit(speaking, settings, ceiling):
    world, root = speaking
    settings.XBLOCK_SETTINGS = {"ilelln_xblocks": {"MAX_UPLOAD_MEGABYTES": ceiling}}
    block = world.block(root)
    assert upload_limit_bytes(block, 2) == 2 * MB


@pytest.mark.parametrize("tag, old_name", [("ilelln_speaking", "max_megabytes"), ("ilelln_reflection", "max_photo_mb")])
def test_one_size_setting_name_and_older_courses_still_import(world, tag, old_name):
    """Every block names its size limit ``max_upload_mb``; a course exported with the old attribute keeps its limit."""
    block = world.block(world.load(f'<{tag} {old_name}="1.5"/>'))
    assert block.max_upload_mb == 1.5 and upload_limit_bytes(block) == int(1.5 * MB)
    node = etree.Element("x")
    block.add_xml_to_node(node)
    assert node.get("max_upload_mb") == "1.5" and node.get(old_name) is None
    assert world.block(world.load(to_string(node), scenario="again")).max_upload_mb == 1.5
