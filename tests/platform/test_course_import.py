"""The ready course imports into a modulestore-shaped parse and every ilelln block keeps its content."""
import json

import pytest
from opaque_keys.edx.keys import UsageKey
from opaque_keys.edx.locator import BlockUsageLocator
from xblock.fields import Scope, ScopeIds

from ilelln_xblocks.core.olx import parse_olx
from ilelln_xblocks.course import builder

from .blocks_api import collect
from .importer import import_course, read_archive
from .world import PlatformWorld

pytestmark = pytest.mark.django_db

SKIP = {"parent", "children"}


def definition_fields(element, runtime):
    """The content and settings of a block as the course definition says (its class's own ``parse_xml``)."""
    key = BlockUsageLocator(runtime.world.ids.course_key, element.tag, "reference")
    block = runtime.mixologist.mix(runtime.load_block_type(element.tag)).parse_xml(
        element, runtime, ScopeIds(None, element.tag, key, key))
    return fields_of(block)


def fields_of(block):
    return {name: field.read_json(block) for name, field in block.fields.items()
            if field.scope in (Scope.content, Scope.settings) and name not in SKIP and field.is_set_on(block)}


@pytest.fixture(scope="module", params=["ar", "en"])
def archive(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("course") / f"course-{request.param}.tar.gz"
    builder.write_tarball(path, request.param)
    return request.param, read_archive(path)


def test_every_ilelln_block_comes_back_with_its_content(archive, completion_on):  # pylint: disable=unused-argument
    lang, files = archive
    assert not any(path.startswith("ilelln_") for path in files), "pointer files for external blocks"
    world, root, imported = import_course(files)
    reference = PlatformWorld().runtime(mode="bare")
    expected = {}
    for module in builder.modules():
        for unit in module.units:
            for url_name, kind, item in builder._components(unit):  # pylint: disable=protected-access
                if kind != "html":
                    expected[BlockUsageLocator(world.ids.course_key, kind, url_name)] = item
    assert {key for key, kind in imported.items() if kind.startswith("ilelln_")} == set(expected)
    for key, element in expected.items():
        block = world.block(key, mode="bare")
        assert isinstance(block.location, UsageKey) and block.url_name == key.block_id
        want = definition_fields(parse_olx(builder.to_string(element)), reference)
        assert want, key
        assert fields_of(block) == want, (lang, key)
    assert isinstance(root, UsageKey) and root.block_type == "course"


def test_graded_units_pass_graded_down_to_their_blocks(archive, completion_on):  # pylint: disable=unused-argument
    _lang, files = archive
    world, _root, imported = import_course(files)
    graded = [key for key, kind in imported.items() if kind == "sequential"
              and world.block(key, mode="bare").graded]
    assert graded
    vertical = world.block(graded[0], mode="bare").children[0]
    child = world.block(world.block(vertical, mode="bare").children[0], mode="bare")
    assert child.graded is True   # inherited from the subsection, as InheritingFieldData gives it


def test_the_course_blocks_api_collects_the_whole_course(archive, completion_on):  # pylint: disable=unused-argument
    """The apps' view of the imported course: every ilelln block collects, unbound, and offers its web view."""
    _lang, files = archive
    world, root, imported = import_course(files)
    collected = collect(world, root)
    ilelln = {key: fields for key, fields in collected.items() if imported[key].startswith("ilelln_")}
    assert ilelln and all("student_view_data" in fields for fields in ilelln.values())
    json.dumps([fields["student_view_data"] for fields in ilelln.values()])
    assert [str(key) for key, fields in ilelln.items() if not fields["student_view_multi_device"]] == []
