"""Progress records on a real database: SQLite by default, MariaDB when ILELLN_TEST_DB points at one."""
import threading

import pytest
from django.db import connection, connections

from ilelln_xblocks.core import progress
from ilelln_xblocks.models import ActivityProgress
from tests.block.activity import ProbeActivity

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def activities(world):
    world.extra_blocks["ilelln_probe"] = ProbeActivity
    root = world.load("<vertical_demo>" + '<ilelln_probe/>' * 3 + "</vertical_demo>")
    return [world.find(root, "ilelln_probe", index=n) for n in range(3)]


def test_the_suite_runs_on_the_configured_database():
    assert connection.vendor in ("sqlite", "mysql")


def test_recording_is_an_idempotent_upsert(activities):
    block = activities[0]
    progress.record(block, "alice", status="started")
    progress.record(block, "alice", score=0.5)
    progress.record(block, "alice", status="completed")
    progress.record(block, "alice", status="completed")
    row = ActivityProgress.objects.get(learner="alice")
    assert (row.status, row.score, row.block_type) == ("completed", 0.5, "ilelln_probe")
    assert ActivityProgress.objects.count() == 1


def test_scores_outside_zero_to_one_are_refused_by_the_database(activities):
    from django.db import IntegrityError  # pylint: disable=import-outside-toplevel
    with pytest.raises(IntegrityError):
        progress.record(activities[0], "alice", score=1.5)


def test_parallel_writers_lose_nothing_and_duplicate_nothing(activities):
    learners = [f"learner-{n:02d}" for n in range(30)]
    errors = []

    def work(learner):
        try:
            for block in activities:
                progress.record(block, learner, status="started")
                progress.record(block, learner, score=0.8)
                progress.record(block, learner, status="completed")
        except Exception as error:  # pylint: disable=broad-except
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(learner,)) for learner in learners for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ActivityProgress.objects.count() == len(learners) * len(activities)
    assert ActivityProgress.objects.filter(status="completed", score=0.8).count() == len(learners) * len(activities)


def test_cohort_aggregates_are_computed_in_one_query(activities, django_assert_num_queries):
    for index, learner in enumerate(["a", "b", "c", "d"]):
        progress.record(activities[0], learner, status="completed" if index % 2 else "started", score=index / 4)
    progress.record(activities[1], "a", status="completed")
    keys = [str(block.scope_ids.usage_id) for block in activities]
    with django_assert_num_queries(1):
        counts = progress.cohort_progress(keys)
    first = counts[keys[0]]
    assert (first["learners"], first["completed"]) == (4, 2)
    assert first["mean_score"] == pytest.approx(0.375)
    assert keys[2] not in counts
