"""Allocation on a real database, over many cohorts: group sizes, withdrawals before the close and late submitters.

Every on-time submission still in play gets exactly k reviews when its group has more than k such submitters;
nobody reviews their own work or works withdrawn before the close; withdrawn learners review nothing; late work
and groups too small go to the facilitator queue, one review each.
"""
import itertools
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ilelln_xblocks.collaboration.peer_review import logic as peer_logic
from ilelln_xblocks.collaboration.peer_review import store as peer_store
from ilelln_xblocks.models import PeerActivity, PeerReview, PeerSubmission

pytestmark = pytest.mark.django_db
COUNTER = itertools.count()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 12), min_size=1, max_size=3), st.integers(1, 4), st.data())
def test_every_remaining_submission_gets_exactly_k_reviews(sizes, k, data):
    key = f"block-{next(COUNTER)}"
    PeerActivity.objects.create(block_key=key, course_key="c", reviews_per_submission=k)
    groups = {f"team:{g}": [f"{key}-g{g}-l{n}" for n in range(size)] for g, size in enumerate(sizes)}
    everyone = [learner for members in groups.values() for learner in members]
    withdrawn = set(data.draw(st.lists(st.sampled_from(everyone), unique=True), label="withdrawn") if everyone else [])
    for group, members in groups.items():
        PeerSubmission.objects.bulk_create([PeerSubmission(block_key=key, course_key="c", group_key=group,
                                                           learner=learner, text="x", hidden=learner in withdrawn)
                                            for learner in members])
    peer_store.allocate(key)
    late = [f"{key}-late-{n}" for n in range(data.draw(st.integers(0, 3), label="late"))]
    for learner in late:                                   # what the block does for allowed late work
        submission = PeerSubmission.objects.create(block_key=key, course_key="c", learner=learner, text="x", late=True)
        PeerReview.objects.create(block_key=key, submission=submission, reviewer=peer_logic.STAFF)
    assert peer_store.allocate(key) == 0                   # idempotent: the second call assigns nothing

    pairs = list(PeerReview.objects.filter(block_key=key).values_list("reviewer", "submission__learner"))
    received = Counter(author for _reviewer, author in pairs)
    given_ = Counter(reviewer for reviewer, _author in pairs)
    assert all(reviewer != author for reviewer, author in pairs)
    assert len(set(pairs)) == len(pairs)
    for members in groups.values():
        remaining = [learner for learner in members if learner not in withdrawn]
        for learner in remaining:
            assert received[learner] == (k if len(remaining) > k else 1)
            assert given_[learner] == (k if len(remaining) > k else 0)
    for learner in withdrawn:
        assert received[learner] == 0 and given_[learner] == 0
    for learner in late:
        assert [reviewer for reviewer, author in pairs if author == learner] == [peer_logic.STAFF]
