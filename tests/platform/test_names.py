"""No ilelln class redefines a name the platform's mixins or XBlock define, unless the allow-list says why.

The LMS mixes its mixins *after* the block's classes, so a block's own ``location`` or ``graded`` silently
wins over the platform's and breaks it (or changes what an author's course setting does).
"""
import pytest

from .contract import BLOCKS, PACKAGE
from .mixins import INHERITABLE

# Where each name comes from (read with the search tool; none of this is platform code).
PLATFORM_NAMES = {
    # XBlock itself (openedx/XBlock xblock/core.py @61e1d4b): the opaque keys and the fields every block has.
    "usage_key": "XBlock", "context_key": "XBlock", "scope_ids": "XBlock", "runtime": "XBlock",
    "parent": "XBlock", "children": "XBlock", "tags": "XBlock", "name": "XBlock",
    # XModuleMixin (openedx-platform xmodule/x_module.py @68a5285).
    "location": "XModuleMixin", "url_name": "XModuleMixin", "category": "XModuleMixin",
    "course_id": "XModuleMixin", "display_name": "XModuleMixin", "xml_attributes": "XModuleMixin",
    "display_name_with_default": "XModuleMixin", "display_name_with_default_escaped": "XModuleMixin",
    "bind_for_student": "XModuleMixin", "get_child_blocks": "XModuleMixin", "get_display_items": "XModuleMixin",
    "has_dynamic_children": "XModuleMixin", "get_content_titles": "XModuleMixin",
    # LmsBlockMixin (lms/djangoapps/lms_xblock/mixin.py @e57a655).
    "publish_completion": "LmsBlockMixin", "format": "LmsBlockMixin", "chrome": "LmsBlockMixin",
    "default_tab": "LmsBlockMixin", "source_file": "LmsBlockMixin", "merged_group_access": "LmsBlockMixin",
    # EditInfoMixin (xmodule/modulestore/edit_info.py, as XBLOCK_MIXINS lists it in openedx/envs/common.py @0012533).
    "edited_by": "EditInfoMixin", "edited_on": "EditInfoMixin", "published_by": "EditInfoMixin",
    "published_on": "EditInfoMixin", "subtree_edited_on": "EditInfoMixin",
    # InheritanceMixin (xmodule/modulestore/inheritance.py @e57a655): every inheritable setting.
    **{name: "InheritanceMixin" for name in INHERITABLE},
}

ALLOWED = {
    "display_name": "every block names itself; same type (String) and scope (settings) as XModuleMixin's, and "
                    "XBlock's Studio editor edits it as the platform's own",
    "max_attempts": "the same setting as the platform's course-wide Maximum Attempts (Integer, settings): a block "
                    "that sets none takes the course's, as problems do, and None (the course default) means no "
                    "limit; test_world checks both",
}


def redefinitions(cls):
    """``{name: class}`` of the platform names that a class of this package in ``cls``'s MRO defines itself."""
    found = {}
    for klass in cls.__mro__:
        if not klass.__module__.startswith(PACKAGE):
            continue
        for name in vars(klass):
            if name in PLATFORM_NAMES and name not in found:
                found[name] = klass.__name__
    return found


@pytest.mark.parametrize("name, cls", BLOCKS, ids=[name for name, _cls in BLOCKS])
def test_no_block_shadows_a_platform_name(name, cls):  # pylint: disable=unused-argument
    shadowed = {f"{attr} ({PLATFORM_NAMES[attr]}) in {where}" for attr, where in redefinitions(cls).items()
                if attr not in ALLOWED}
    assert shadowed == set()


def test_the_check_sees_a_shadowed_name():
    """The check itself: a class of this package that defines ``location`` is caught."""
    fake = type("Fake", (), {"location": "x", "__module__": f"{PACKAGE}.fake"})
    assert redefinitions(fake) == {"location": "Fake"}


def test_every_allowed_name_is_a_platform_name_with_a_reason():
    assert all(name in PLATFORM_NAMES and len(reason) > 20 for name, reason in ALLOWED.items())
