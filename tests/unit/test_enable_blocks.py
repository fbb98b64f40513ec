"""``manage.py cms ilelln_enable_blocks``: what it adds to an Advanced Module List, and where it refuses to run."""
import sys
import types

import pytest
from django.core.management import CommandError, call_command

from ilelln_xblocks.management.commands.ilelln_enable_blocks import ilelln_block_types, merged_modules


def test_every_block_is_added_once_after_the_courses_own_modules():
    blocks = ilelln_block_types()
    assert "ilelln_gap_fill" in blocks and len(blocks) == 13
    merged = merged_modules(["poll", "ilelln_gap_fill"], blocks)
    assert merged[:2] == ["poll", "ilelln_gap_fill"]
    assert sorted(merged) == sorted({"poll", *blocks}) and len(merged) == len(set(merged))
    assert merged_modules(merged, blocks) == merged
    assert merged_modules(None, ["ilelln_gap_fill"]) == ["ilelln_gap_fill"]


def test_outside_studio_it_says_so():
    with pytest.raises(CommandError, match="inside Open edX Studio"):
        call_command("ilelln_enable_blocks", "--all")


class FakeCourse:
    def __init__(self, key, modules):
        self.id, self.advanced_modules = key, modules


class FakeStore:
    def __init__(self, courses):
        self.courses, self.updated = courses, []

    def get_courses(self):
        return list(self.courses.values())

    def get_course(self, key):
        return self.courses.get(str(key))

    def update_item(self, course, user_id):
        self.updated.append((course.id, user_id))


@pytest.fixture
def studio(monkeypatch):
    """Stand-ins for the three platform modules the command imports inside Studio."""
    store = FakeStore({"course-v1:A+B+C": FakeCourse("course-v1:A+B+C", ["poll"]),
                       "course-v1:D+E+F": FakeCourse("course-v1:D+E+F", ilelln_block_types())})
    modules = {
        "opaque_keys.edx.keys": types.SimpleNamespace(CourseKey=types.SimpleNamespace(from_string=str)),
        "xmodule": types.ModuleType("xmodule"),
        "xmodule.modulestore": types.SimpleNamespace(ModuleStoreEnum=types.SimpleNamespace(
            UserID=types.SimpleNamespace(mgmt_command=-1))),
        "xmodule.modulestore.django": types.SimpleNamespace(modulestore=lambda: store),
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    return store


def test_in_studio_it_updates_only_courses_that_lack_blocks(studio):
    call_command("ilelln_enable_blocks", "--all")
    assert studio.updated == [("course-v1:A+B+C", -1)]
    assert studio.courses["course-v1:A+B+C"].advanced_modules == ["poll", *ilelln_block_types()]


def test_it_needs_a_course_or_all(studio):
    with pytest.raises(CommandError, match="at least one course"):
        call_command("ilelln_enable_blocks")
    with pytest.raises(CommandError, match="No such course"):
        call_command("ilelln_enable_blocks", "course-v1:X+Y+Z")
