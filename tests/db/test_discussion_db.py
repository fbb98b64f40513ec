"""The discussion board on a real database (SQLite, or MariaDB with ILELLN_TEST_DB): a page of a board of
100,000 threads costs the same queries as a page of a board of ten, on the index made for it."""
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ilelln_xblocks.collaboration.discussion import logic, store
from ilelln_xblocks.models import DiscussionPost
from tests.helpers import call_handler

OLX = '<ilelln_discussion page_size="20"><prompt>Share a knowledge-management tool.</prompt></ilelln_discussion>'


def _fill(key, threads, replies_each=2):
    """``threads`` threads on board ``key`` (bulk insert), the newest ``replies_each`` replies on the first few."""
    start = timezone.now() - timedelta(days=30)
    rows = [DiscussionPost(block_key=key, course_key="c", author=f"p{n % 500}", participant=n % 500 + 1,
                           title=f"Tool {n}", body=f"<p>Tool {n}</p>", body_text=f"Tool {n}",
                           helpful_count=n % 7, pinned=n % 10000 == 0, created=start + timedelta(seconds=n))
            for n in range(threads)]
    DiscussionPost.objects.bulk_create(rows, batch_size=5000)
    parents = list(DiscussionPost.objects.filter(block_key=key).order_by("-created")[:25])
    DiscussionPost.objects.bulk_create([
        DiscussionPost(block_key=key, course_key="c", author="p1", participant=2, parent=parent, body="<p>Yes</p>",
                       body_text="Yes", created=parent.created + timedelta(minutes=1 + n))
        for parent in parents for n in range(replies_each)])


def _queries(block, payload):
    with CaptureQueriesContext(connection) as queries:
        code, body = call_handler(block, "page", payload)
    assert code == 200, body
    return len(queries), body


@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["newest", "helpful"])
def test_a_page_costs_the_same_queries_on_a_board_of_ten_and_of_100000(world, sort, django_assert_num_queries):
    small = world.load(OLX, scenario="small")
    large = world.load(OLX, scenario="large")
    _fill(str(small), 10)
    _fill(str(large), 100_000)
    counts = []
    for root in (small, large):
        block = world.block(root, "p3")
        first, body = _queries(block, {"sort": sort})
        assert body["threads"]
        counts.append(first)
        if body["next_cursor"]:
            following, more = _queries(world.block(root, "p3"), {"sort": sort, "cursor": body["next_cursor"]})
            assert following == first
            assert not {t["id"] for t in more["threads"]} & {t["id"] for t in body["threads"]}
    assert counts[0] == counts[1] == 3, counts         # threads, their replies, my reactions
    with django_assert_num_queries(3):
        call_handler(world.block(large, "p3"), "page", {"sort": sort, "cursor": body["next_cursor"] or ""})


@pytest.mark.django_db
def test_the_newest_page_reads_the_index_made_for_it(world):
    root = world.load(OLX, scenario="plan")
    _fill(str(root), 2000)
    cursor = logic.encode_cursor(logic.NEWEST, (False, timezone.now(), 10**9))
    page = store.thread_query(str(root), "", cursor=cursor)[:21]
    plan = page.explain()
    if connection.vendor == "sqlite":
        assert "ilelln_disc_newest" in plan and "TEMP B-TREE" not in plan, plan
    else:
        assert "ilelln_disc" in plan, plan
