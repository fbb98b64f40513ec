"""The platform contract, checked on every registered block in the LMS-shaped world.

Parametrised over every ``xblock.v1`` entry point of this distribution, so a block is checked the day
it is registered. Each test names the platform behaviour it holds the block to.
"""
import pytest
from completion.handlers import scorable_block_completion
from completion.models import BlockCompletion
from django.apps import apps
from opaque_keys.edx.keys import UsageKey
from xblock.completable import XBlockCompletionMode
from xblock.fields import Boolean, Float, Integer, Scope
from xblock.scorable import ScorableXBlockMixin

from .contract import (
    BODIES,
    HANDLER_CASES,
    NAMES,
    call,
    handlers_of,
    json_body,
    richest_scenario_olx,
    scenario_olx,
    services_used_by,
)
from .world import COURSE

pytestmark = pytest.mark.django_db


def first(world, root, name, username=None, **kwargs):
    """The first block of type ``name`` in the scenario at ``root``."""
    return next(block for block in world.walk(root, username, **kwargs) if block.scope_ids.block_type == name)


def ilelln_rows():
    """How many rows every ilelln table holds."""
    return {model.__name__: model.objects.count() for model in apps.get_app_config("ilelln_xblocks").get_models()}


@pytest.fixture
def loaded(pworld, request):
    """``(world, root key)`` for the block named by the test's ``name`` parameter."""
    return pworld, pworld.load(scenario_olx(request.node.callspec.params["name"]))


# ----- keys, views --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_location_is_the_usage_key(loaded, name):
    """XModuleMixin: ``location`` is the UsageKey (its setter asserts one); ``url_name`` is its block id."""
    world, root = loaded
    block = first(world, root, name, "alice")
    block.location = block.location
    assert isinstance(block.location, UsageKey)
    assert block.location.course_key == COURSE
    assert block.url_name == block.scope_ids.usage_id.block_id
    assert block.course_id == COURSE
    assert block.location.html_id()   # the LMS's staff markup wraps every block by it (add_staff_markup)


@pytest.mark.parametrize("who", ["learner", "staff", "staff-by-role", "studio", "bare", "masquerade"])
@pytest.mark.parametrize("name", NAMES)
def test_student_view_renders(loaded, name, who):
    """The student view renders for a learner, for course staff (``user_is_staff``, or only ``user_role``), in
    Studio preview (author mode, learner id ``student``), on a modulestore runtime with only i18n and user, and
    for staff masquerading as a learner (where the LMS shows no block without ``show_in_read_only_mode``)."""
    world, root = loaded
    kwargs = {
        "learner": {"username": "alice"},
        "staff": {"username": "sam", "staff": True},
        "staff-by-role": {"username": "ines", "role": "instructor"},
        "studio": {"username": "author", "mode": "studio"},
        "bare": {"mode": "bare"},
        "masquerade": {"username": "sam", "mode": "masquerade", "staff": True, "masquerade_as": "alice"},
    }[who]
    before = ilelln_rows()
    block = first(world, root, name, **kwargs)
    html = block.render("student_view", {}).content
    assert html
    if who in ("studio", "bare", "masquerade"):
        assert ilelln_rows() == before, f"{who}: rendering wrote rows"


# ----- handlers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, handler", HANDLER_CASES)
def test_handlers_never_answer_500(loaded, name, handler):
    """Every handler answers a good-enough empty body and hostile bodies without a server error, for a learner
    and for staff (a 4xx JSON answer is fine)."""
    world, root = loaded
    problems = []
    for username, staff in (("alice", False), ("sam", True)):
        for method, body in BODIES:
            block = first(world, root, name, username, staff=staff)
            try:
                status, text = call(block, handler, method, body)
            except Exception as error:  # pylint: disable=broad-except  # the LMS would answer 500
                problems.append(f"{username} {method} {body[:20]!r}: raised {type(error).__name__}: {error}"[:200])
                continue
            if status >= 500:
                problems.append(f"{username} {method} {body[:20]!r}: {status} {text[:80]}")
    assert problems == []


@pytest.mark.parametrize("name, handler", HANDLER_CASES)
def test_handlers_refuse_a_signed_out_caller(loaded, name, handler):
    """A caller with no identity (signed out) gets a 4xx answer and writes nothing."""
    world, root = loaded
    before = ilelln_rows()
    block = first(world, root, name, None)
    status, _text = call(block, handler, "POST", b"{}")
    assert 400 <= status < 500
    assert ilelln_rows() == before


# ----- services -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_service_asked_for_is_declared(name):
    """``Runtime.service`` refuses a service the class does not declare (``NoSuchServiceError``, XBlock
    ``xblock/runtime.py``): every ``runtime.service(..., "<name>")`` in the code the class runs is declared."""
    from .contract import CLASSES  # pylint: disable=import-outside-toplevel
    cls = CLASSES[name]
    undeclared = {service: where for service, where in services_used_by(cls).items()
                  if cls.service_declaration(service) is None}
    assert undeclared == {}


# ----- grades and completion ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_grades_reach_the_gradebook_with_a_usage_key(loaded, name):
    """The grades app's receiver reads ``block.location`` and ``str(block.location.course_key)``."""
    world, root = loaded
    block = first(world, root, name, "alice")
    if not getattr(block, "has_score", False):
        pytest.skip("not scored")
    block.publish_grade(0.5, 1.0)
    user_id, location, course_key, *_rest = world.gradebook.published[-1]
    assert isinstance(location, UsageKey) and course_key == str(COURSE) and user_id == world.user("alice").id


@pytest.mark.parametrize("name", NAMES)
def test_completion_follows_the_block_s_own_rule(loaded, name):
    """edx-completion's own rules must not override the block's: an activity is neither complete on view
    (``can_mark_block_complete_on_view``) nor complete on its first score (``scorable_block_completion``);
    a content block is complete on view through the LMS's ``publish_completion`` handler."""
    world, root = loaded
    block = first(world, root, name, "alice")
    service = block.runtime.service(block, "completion")
    alice = world.user("alice")
    key = block.scope_ids.usage_id
    if block.ilelln_activity:
        assert not service.can_mark_block_complete_on_view(block)
        scorable_block_completion(sender=None, usage_id=str(key), course_id=str(COURSE), user_id=alice.id)
        assert service.get_completions([key])[key] < 1.0, "complete after a score, before its own rule said so"
    else:
        assert XBlockCompletionMode.get_mode(block) == XBlockCompletionMode.COMPLETABLE
        assert service.can_mark_block_complete_on_view(block)
        status, _text = call(block, "publish_completion", "POST", b'{"completion": 1.0}')
        assert status == 200
        assert BlockCompletion.objects.get(user=alice, block_key=key).completion == 1.0


@pytest.mark.parametrize("name", NAMES)
def test_a_scored_block_is_rescorable(loaded, name):
    """A scored block is a ``ScorableXBlockMixin``: ``get_score``/``calculate_score`` answer and ``rescore`` runs
    (it refuses a learner with no answer with ``ValueError``, as XBlock's does)."""
    world, root = loaded
    block = first(world, root, name, "alice")
    if not getattr(block, "has_score", False):
        pytest.skip("not scored")
    assert isinstance(block, ScorableXBlockMixin)
    block.get_score()
    if block.has_submitted_answer():
        block.rescore(only_if_higher=True)
    else:
        with pytest.raises(ValueError):
            block.rescore(only_if_higher=False)


# ----- mobile -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_multi_device_is_supported_on_student_view(name):
    """``StudentViewTransformer.collect`` checks ``has_support(getattr(cls, 'student_view'), 'multi_device')``."""
    from .contract import CLASSES  # pylint: disable=import-outside-toplevel
    cls = CLASSES[name]
    assert cls.has_support(cls, cls.student_view, "multi_device")


@pytest.mark.parametrize("name", NAMES)
def test_student_view_data_is_the_same_for_every_learner(pworld, name):
    """The Course Blocks API collects ``student_view_data()`` once per publish with no learner bound, so it must
    work unbound and not depend on who asks, even after one learner has done every activity of the page."""
    world, root = pworld, pworld.load(richest_scenario_olx(name))
    for block in world.walk(root, "alice"):
        if getattr(block, "ilelln_activity", False):
            block.record_completion(1.0)
            if getattr(block, "has_score", False):
                block.publish_grade(1.0, 1.0)
    mine = first(world, root, name, "alice")
    for field in mine.fields.values():   # and some learner state of her own on this block
        if field.scope == Scope.user_state and isinstance(field, (Integer, Float, Boolean)):
            value = field.read_from(mine)
            field.write_to(mine, (not value) if isinstance(field, Boolean) else (value or 0) + 1)
    mine.save()
    unbound = first(world, root, name, mode="bare").student_view_data()
    assert first(world, root, name, "alice").student_view_data() == unbound
    assert first(world, root, name, "bob").student_view_data() == unbound


@pytest.mark.parametrize("name", NAMES)
def test_the_learner_s_state_comes_from_student_view_user_state(loaded, name):
    """The learner's own state for the apps is a ``student_view_user_state`` JSON handler (as drag-and-drop-v2's)."""
    world, root = loaded
    block = first(world, root, name, "alice")
    assert "student_view_user_state" in handlers_of(type(block)), "no student_view_user_state handler"
    status, text = call(block, "student_view_user_state", "GET", b"")
    assert status == 200 and isinstance(json_body(text), dict)
