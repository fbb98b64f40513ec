"""Promises every ilelln block keeps, checked on every block the package registers."""
import json
import socket
from importlib.metadata import entry_points

import pytest
from django.utils import translation
from xblock.fields import Scope

from ilelln_xblocks.core.base import IlellnBlockMixin
from ilelln_xblocks.course.builder import demo_scenarios

pytestmark = pytest.mark.django_db

BLOCKS = sorted(
    (ep.name, ep.load()) for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_")
)
# Every block's own scenarios, then the demo's pages of the whole course (demo/urls.py adds them).
SCENARIOS = [
    (name, index, xml) for name, cls in BLOCKS for index, (_title, xml) in enumerate(cls.workbench_scenarios())
] + [("ilelln_course", index, xml) for index, (_title, xml) in enumerate(demo_scenarios())]
PLATFORM_FIELDS = {"parent", "children", "tags", "name"}  # defined by XBlock itself


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("network access at run time")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_catalogue_names_are_registered():
    assert "ilelln_module_overview" in dict(BLOCKS)


@pytest.mark.parametrize("name, cls", BLOCKS)
def test_every_field_documents_itself(name, cls):
    assert issubclass(cls, IlellnBlockMixin), name
    for field_name, field in cls.fields.items():
        if field_name in PLATFORM_FIELDS:
            continue
        assert field.help, f"{name}.{field_name} has no help"
        if field.scope in (Scope.content, Scope.settings):
            assert field.display_name and field.display_name != field_name, f"{name}.{field_name}"


@pytest.mark.parametrize("name, index, xml", SCENARIOS)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_scenario_renders_offline_in_both_languages(world, no_network, name, index, xml, language):
    root = world.load(xml, scenario=f"{name}-{index}")
    with translation.override(language):
        html = world.block(root).render("student_view").content    # the whole page, every block on it
        blocks = [world.find(root, name, index=n) for n in range(xml.count(f"<{name}"))]
        data = [block.student_view_data() for block in blocks]
    expected = 'dir="rtl"' if language == "ar" else 'dir="ltr"'
    assert expected in html
    json.dumps(data)
