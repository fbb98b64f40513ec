"""The world models the platform faithfully: the checks the contract suite relies on can fail."""
import pytest
from completion.models import BlockCompletion
from opaque_keys.edx.locator import BlockUsageLocator
from xblock.completable import XBlockCompletionMode
from xblock.core import XBlock
from xblock.fields import Boolean, Integer, Scope

from .services import Partition, PartitionsService, Scheme, Team, TeamsService
from .world import COURSE, PlatformWorld

pytestmark = pytest.mark.django_db

COURSE_OLX = """
<sequential url_name="practice" graded="true" max_attempts="2" format="English practice">
  <vertical url_name="page">
    <ilelln_speaking url_name="describe" display_name="Describe your library"/>
    <ilelln_gap_fill url_name="email" display_name="An email">
      <text>Dear [[colleague]],</text>
    </ilelln_gap_fill>
  </vertical>
</sequential>
"""


def test_keys_are_opaque_and_come_from_the_url_name(pworld):
    root = pworld.load(COURSE_OLX)
    assert root == BlockUsageLocator(COURSE, "sequential", "practice")
    speaking = pworld.block(BlockUsageLocator(COURSE, "ilelln_speaking", "describe"), "alice")
    assert speaking.url_name == "describe" and speaking.location.course_key == COURSE


def test_the_location_setter_refuses_a_string(pworld):
    block = pworld.block(pworld.load(COURSE_OLX), "alice")
    with pytest.raises(AssertionError):
        block.location = str(block.location)


def test_an_inheritable_setting_takes_the_nearest_ancestor_s_value(pworld):
    pworld.load(COURSE_OLX)
    page = pworld.block(BlockUsageLocator(COURSE, "vertical", "page"), "alice")
    assert page.graded is True and page.max_attempts == 2 and page.format is None


class Plain(XBlock):
    """A block with its own inheritable-named field, left unset, and one set."""

    graded = Boolean(default=False, scope=Scope.settings)
    max_attempts = Integer(default=5, scope=Scope.settings)


def test_a_block_s_own_field_of_an_inheritable_name_inherits_too(pworld, monkeypatch):
    original = XBlock.load_class.__func__
    monkeypatch.setattr(XBlock, "load_class", classmethod(
        lambda cls, block_type, *a, **k: Plain if block_type == "plain" else original(cls, block_type, *a, **k)))
    pworld.load('<sequential url_name="s" graded="true"><plain url_name="p" max_attempts="1"/></sequential>')
    block = pworld.block(BlockUsageLocator(COURSE, "plain", "p"), "alice")
    assert block.graded is True        # inherited, as the speaking block's ``graded`` would be
    assert block.max_attempts == 1     # its own explicit value wins


def test_a_course_wide_maximum_attempts_reaches_an_exercise_that_sets_none(pworld):
    """``max_attempts`` keeps the platform's name and meaning: the subsection's 2 applies to the gap fill."""
    pworld.load(COURSE_OLX)
    gap_fill = pworld.block(BlockUsageLocator(COURSE, "ilelln_gap_fill", "email"), "alice")
    assert gap_fill.max_attempts == 2 and gap_fill._attempts_left() == 2  # pylint: disable=protected-access


def test_a_course_wide_maximum_of_none_means_no_limit(pworld):
    pworld.load('<sequential url_name="s" max_attempts="null"><ilelln_gap_fill url_name="g"/></sequential>')
    gap_fill = pworld.block(BlockUsageLocator(COURSE, "ilelln_gap_fill", "g"), "alice")
    assert gap_fill.max_attempts is None and gap_fill._attempts_left() is None  # pylint: disable=protected-access
    assert not any("attempts" in message.text for message in gap_fill.validate().messages)  # None < 0 raised


def test_the_speaking_block_in_a_graded_subsection_stays_ungraded(pworld):
    """A13: ``graded`` is inheritable; the author did not make this recording staff-graded."""
    pworld.load(COURSE_OLX)
    speaking = pworld.block(BlockUsageLocator(COURSE, "ilelln_speaking", "describe"), "alice")
    assert not speaking.has_score


def test_the_user_service_is_shaped_like_the_lms_s(pworld):
    pworld.load(COURSE_OLX)
    block = pworld.block(BlockUsageLocator(COURSE, "ilelln_gap_fill", "email"), "alice")
    attrs = block.runtime.service(block, "user").get_current_user().opt_attrs
    assert len(attrs["edx-platform.anonymous_user_id"]) == 32
    assert attrs["edx-platform.user_role"] == "student" and attrs["edx-platform.user_is_staff"] is False
    assert attrs["edx-platform.user_preferences"] == {"time_zone": "Asia/Riyadh"}


def test_studio_preview_gives_every_author_the_learner_id_student(pworld):
    pworld.load(COURSE_OLX)
    block = pworld.block(BlockUsageLocator(COURSE, "ilelln_gap_fill", "email"), "author", mode="studio")
    attrs = block.runtime.service(block, "user").get_current_user().opt_attrs
    assert attrs["edx-platform.anonymous_user_id"] == "student" and block.runtime.is_author_mode
    assert block.runtime.service(block, "completion") is None


def test_masquerading_handles_no_event_and_hides_blocks_without_read_only_mode(pworld):
    pworld.load(COURSE_OLX)
    key = BlockUsageLocator(COURSE, "ilelln_gap_fill", "email")
    block = pworld.block(key, "sam", mode="masquerade", staff=True, masquerade_as="alice")
    attrs = block.runtime.service(block, "user").get_current_user().opt_attrs
    assert attrs["edx-platform.username"] == "alice" and not attrs["edx-platform.user_is_staff"]
    block.runtime.publish(block, "completion", {"completion": 1.0})
    block.runtime.publish(block, "grade", {"value": 1, "max_value": 1})
    assert not BlockCompletion.objects.exists() and pworld.gradebook.published == []
    assert "cannot be shown" in block.render("student_view", {}).content


def test_completion_events_reach_edx_completion(pworld):
    pworld.load(COURSE_OLX)
    key = BlockUsageLocator(COURSE, "ilelln_gap_fill", "email")
    block = pworld.block(key, "alice")
    block.runtime.publish(block, "completion", {"completion": 0.5})
    assert BlockCompletion.objects.get(block_key=key).completion == 0.5
    assert XBlockCompletionMode.get_mode(block) == XBlockCompletionMode.COMPLETABLE


def test_teams_with_no_topic_find_nothing_as_the_lms_s_do():
    teams = TeamsService([Team("t1", "Readers", "topic-a", ("alice",))])
    alice = type("U", (), {"username": "alice"})()
    assert teams.get_team(alice, str(COURSE), "topic-a").team_id == "t1"
    assert teams.get_team(alice, str(COURSE), None) is None


def test_the_cohort_partition_answers_the_linked_content_group_not_the_cohort():
    partition = Partition(50, "Content groups", Scheme("cohort"), (1, 2))
    service = PartitionsService([partition], cohorts={"alice": "Cairo", "bob": "Amman", "carl": "Tunis"},
                                links={"Cairo": (50, 1), "Amman": (50, 1)})
    users = {name: type("U", (), {"username": name})() for name in ("alice", "bob", "carl")}
    assert service.get_user_group_id_for_partition(users["alice"], 50) == 1
    assert service.get_user_group_id_for_partition(users["bob"], 50) == 1    # another cohort, the same group
    assert service.get_user_group_id_for_partition(users["carl"], 50) is None  # a cohort linked to no group


def test_a_world_is_empty_until_loaded():
    world = PlatformWorld()
    assert world.events == [] and world.gradebook.csm == {}


def test_a_score_marks_a_block_without_custom_completion_complete(pworld):
    """PROBLEM_WEIGHTED_SCORE_CHANGED -> ``scorable_block_completion``: the rule the blocks must opt out of."""
    pworld.load(COURSE_OLX)
    key = BlockUsageLocator(COURSE, "ilelln_gap_fill", "email")
    block = pworld.block(key, "alice")
    pworld.gradebook.score_published(block, pworld.user("alice"), 0, 1)
    expected = 0.0 if getattr(type(block), "has_custom_completion", False) else 1.0
    row = BlockCompletion.objects.filter(block_key=key).first()  # the rule writes no row for a block it skips
    assert (row.completion if row else 0.0) == expected


@pytest.mark.parametrize("kwargs", [{"staff": True}, {"role": "instructor"}, {"role": "staff"}])
def test_course_staff_are_known_by_user_is_staff_or_by_role(pworld, kwargs):
    pworld.load(COURSE_OLX)
    block = pworld.block(BlockUsageLocator(COURSE, "ilelln_gap_fill", "email"), "sam", **kwargs)
    assert block.identity.is_staff
    assert not pworld.block(BlockUsageLocator(COURSE, "ilelln_gap_fill", "email"), "alice").identity.is_staff
