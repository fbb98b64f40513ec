"""Each block's student view reads the database a fixed number of times, whatever the cohort's size.

A cohort acts in the block (through its handlers, or rows as they would write them), then one
learner with their own data and a facilitator open the view. The counts are ceilings for a
realistic cohort (30 learners) and must be the same for a cohort of 3: a view that queried per
learner, post or team (N+1) would grow. ``make bench`` reports the same counts.
"""
from datetime import UTC, datetime
from importlib.metadata import entry_points

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext
from xblock.core import XBlock

from ilelln_xblocks.models import (
    ActivityProgress,
    PeerActivity,
    PeerReview,
    PeerSubmission,
    ProjectTeam,
    Recording,
    Reflection,
)
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db

COHORT = 30


def ok(block, handler, payload):
    code, body = call_handler(block, handler, payload)
    assert code == 200, body
    return body


def seed_competency_check(view, learners):
    keys = [item.key for item in view("staff").competency_list()]
    for learner in learners:
        ok(view(learner), "save_ratings", {"ratings": dict.fromkeys(keys, 3)})


def seed_discussion(view, learners):
    for number, learner in enumerate(learners):
        thread = ok(view(learner), "post", {"title": f"Idea {number}", "body": f"<p>Idea {number}</p>"})
        ok(view(learners[number - 1]), "post", {"body": "<p>Yes</p>", "parent": thread["id"]})


def seed_peer_review(view, learners):
    key = view("staff").block_key
    PeerActivity.objects.create(block_key=key, course_key="workbench", reviews_per_submission=2,
                                allocated_at=datetime(2026, 1, 1, tzinfo=UTC))
    PeerSubmission.objects.bulk_create([PeerSubmission(block_key=key, course_key="workbench", learner=learner,
                                                       text="<p>Dear Ms Okafor</p>") for learner in learners])
    ids = list(PeerSubmission.objects.filter(block_key=key).order_by("id").values_list("id", flat=True))
    PeerReview.objects.bulk_create([PeerReview(block_key=key, submission_id=ids[(number + step) % len(ids)],
                                               reviewer=learner)
                                    for number, learner in enumerate(learners) for step in (1, 2)])
    # as many learners again who started the course but not this activity: the "Not submitted yet" roster
    ActivityProgress.objects.bulk_create([ActivityProgress(course_key="workbench", module_key="m", block_key=f"w-{key}",
                                                           block_type="ilelln_writing", learner=f"late-{learner}")
                                          for learner in learners])


def seed_reflection(view, learners):
    for learner in learners:
        block = view(learner)
        ok(block, "submit", {"answers": ["a"] * len(block.prompts_shown()), "links": ["https://example.org/"]})
        ok(view(learner), "share", {"shared": True})
    for reflection in Reflection.objects.filter(block_key=view("staff").block_key):
        ok(view(learners[0]), "comment",
           {"reflection": reflection.id, "text": "Good", "nonce": f"nonce-{reflection.id:06d}"})


def seed_speaking(view, learners):
    key = view("staff").block_key
    Recording.objects.bulk_create([Recording(course_key="workbench", block_key=key, learner=learner,
                                             file=f"{learner}.ogg", status=Recording.SUBMITTED)
                                   for learner in learners])


def seed_team_project(view, learners):
    size = view("staff").team_size
    for start in range(0, len(learners) - 1, size):  # the last learner stays without a team
        members = learners[start:start + size]
        team = ok(view(members[0]), "create_team", {"name": f"Team {start}"})["team"]
        for learner in members[1:]:
            ok(view(learner), "join_team", {"team": team})
        ok(view(members[0]), "post_update", {"text": "We met the school", "evidence_url": ""})
        ok(view(members[0]), "publish_showcase", {"summary": "A reading club", "url": ""})
    teams = list(ProjectTeam.objects.filter(block_key=view("staff").block_key).values_list("id", flat=True))
    for number, learner in enumerate(learners[:-1]):
        ok(view(learner), "comment", {"team": teams[(number + 1) % len(teams)], "text": "Lovely"})


def seed_writing(view, learners):
    for learner in learners:
        ok(view(learner), "submit", {"text": "Dear Ms Okafor,\n\nThank you for your email. Best regards,\nSalma"})


def seed_nothing(view, learners):  # pylint: disable=unused-argument
    """Content blocks keep a learner's state in XBlock fields: no table of their own to fill."""


# block type: (seed, {viewer: most queries}); "learner-0" acts in the cohort, "newcomer" does not.
CEILINGS = {
    **{f"ilelln_{name}": (seed_nothing, {"learner-0": 0, "staff": 0})
       for name in ("dialogue", "gap_fill", "listening", "module_overview", "ordering", "vocabulary")},
    "ilelln_competency_check": (seed_competency_check, {"learner-0": 1, "staff": 2}),
    "ilelln_discussion": (seed_discussion, {"learner-0": 4, "staff": 6}),
    "ilelln_peer_review": (seed_peer_review, {"learner-0": 5, "staff": 13}),  # staff: + the course roster
    "ilelln_reflection": (seed_reflection, {"learner-0": 2, "staff": 3}),  # own row and gallery: one query
    "ilelln_speaking": (seed_speaking, {"learner-0": 1, "staff": 2}),
    "ilelln_team_project": (seed_team_project, {"learner-0": 5, "newcomer": 2, "staff": 6}),  # the vote, the
    # membership and the pool entry: in the read of the teams
    "ilelln_writing": (seed_writing, {"learner-0": 1, "staff": 2}),
}


def view_queries(block):
    """SQL statements the student view sends, on every database."""
    contexts = [CaptureQueriesContext(connections[alias]) for alias in connections]
    for context in contexts:
        context.__enter__()  # pylint: disable=unnecessary-dunder-call
    try:
        block.render("student_view")
    finally:
        for context in contexts:
            context.__exit__(None, None, None)
    return sum(len(context) for context in contexts)


def cohort_counts(world, block_type, size, seed):
    root = world.load(XBlock.load_class(block_type).workbench_scenarios()[0][1], scenario=f"{block_type}-{size}")
    usage_id = world.find(root, block_type).scope_ids.usage_id

    def view(user):
        return world.block(usage_id, user)

    seed(view, [f"learner-{number}" for number in range(size)])
    return {viewer: view_queries(view(viewer)) for viewer in CEILINGS[block_type][1]}


@pytest.mark.parametrize("block_type", sorted(CEILINGS))
def test_the_student_view_makes_a_fixed_number_of_queries(world, settings, block_type):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    seed, ceilings = CEILINGS[block_type]
    small = cohort_counts(world, block_type, 3, seed)
    large = cohort_counts(world, block_type, COHORT, seed)
    assert large == small, f"queries grow with the cohort: {small} for 3 learners, {large} for {COHORT}"
    over = {viewer: count for viewer, count in large.items() if count > ceilings[viewer]}
    assert not over, f"more queries than {ceilings}: {large}"


def test_every_block_has_a_ceiling():
    assert set(CEILINGS) == {ep.name for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_")}


def test_peer_review_s_submission_phase_asks_for_no_reviews(world):
    """Before the close no review exists (they come with the allocation), so the learner's view does not ask."""
    root = world.load('<ilelln_peer_review display_name="Proposal" submission_due="2999-01-01T00:00:00Z"/>',
                      scenario="peer-early")
    usage_id = world.find(root, "ilelln_peer_review").scope_ids.usage_id
    view_queries(world.block(usage_id, "early-learner"))  # the activity's row is stored on the first view
    with CaptureQueriesContext(connections["default"]) as queries:
        world.block(usage_id, "early-learner").render("student_view")
    assert not [query for query in queries.captured_queries if "peerreview" in query["sql"]]
    assert len(queries) == 1   # the activity with whether the learner has submitted (no grade without a submission)
