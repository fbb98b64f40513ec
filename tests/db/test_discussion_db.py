"""The discussion board on a real database (SQLite, or MariaDB with ILELLN_TEST_DB).

A page of a board of 100,000 threads costs the same queries as a page of a board of ten, on
the index made for it; and a hundred learners posting, replying and reacting at the same
moment against the live workbench lose nothing and duplicate nothing.
"""
import csv
import http.client
import io
import json
import re
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ilelln_xblocks.collaboration import discussion_logic as logic
from ilelln_xblocks.collaboration import discussion_store as store
from ilelln_xblocks.models import DiscussionPost
from tests.browser.conftest import workbench_url  # noqa: F401  (the live server fixture)
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


# ----- a hundred learners at once, against the live workbench ---------------------------------------------------

def _client(base):
    """A poster for the workbench's handlers with the CSRF cookie the workbench sets on its pages."""
    for attempt in range(120):
        # The workbench loads its scenarios on the first request, in that request's thread: until it has
        # finished, other requests may find the list half made.
        try:
            with urllib.request.urlopen(f"{base}/scenario/ilelln_discussion.1/?student=staff", timeout=60) as response:
                page = response.read().decode()
                cookie = response.headers.get_all("Set-Cookie")
            break
        except urllib.error.HTTPError as error:
            if error.code != 404 or attempt == 119:
                raise
            time.sleep(0.5)
    token = re.search(r"csrftoken=([^;]+)", " ".join(cookie)).group(1)
    usage = re.search(r"data-usage=['\"]([^'\"]+)['\"][^>]*data-block-type=['\"]ilelln_discussion", page).group(1)

    def post(student, handler, payload, retry=True):
        body = json.dumps(payload).encode()
        for attempt in range(60):
            request = urllib.request.Request(
                f"{base}/handler/{usage}/{handler}/?student={student}", data=body, method="POST",
                headers={"Content-Type": "application/json", "X-CSRFToken": token, "Cookie": f"csrftoken={token}"})
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    return response.status, response.read()
            except urllib.error.HTTPError as error:
                if retry and error.code in (409, 503):       # nothing was stored: the request may be sent again
                    time.sleep(0.02 * (attempt + 1))
                    continue
                return error.code, error.read()
            except (urllib.error.URLError, ConnectionError, http.client.HTTPException):
                # The server's listen queue overflowed, or the answer was lost: posts carry a request id and
                # reactions are set (not toggled), so sending again cannot repeat anything.
                if not retry:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return 0, b"gave up"

    return post


def _burst(jobs):
    """Run every job at the same moment (one thread each); returns their answers in order."""
    barrier = threading.Barrier(len(jobs))
    answers = [None] * len(jobs)

    def run(index, job):
        barrier.wait()
        answers[index] = job()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_a_hundred_parallel_posts_replies_and_reactions_lose_nothing(workbench_url):  # noqa: F811
    post = _client(workbench_url)
    run = uuid.uuid4().hex[:8]
    learners = [f"c{run}-{n:02d}" for n in range(50)]

    seeds = _burst([lambda n=n: post(learners[n], "post", {"title": f"{run} seed {n}", "body": f"<p>{run} seed</p>",
                                                      "request_id": f"{run}-seed-{n}"})
                    for n in range(10)])
    assert all(code == 200 for code, _body in seeds), seeds
    seed_ids = [json.loads(body)["id"] for _code, body in seeds]

    jobs, replies, reactions = [], {}, set()
    for n in range(30):                                  # 30 new threads
        jobs.append(lambda n=n: post(learners[10 + n], "post", {"title": f"{run} thread {n}", "body": "<p>idea</p>",
                                                                 "request_id": f"{run}-thread-{n}"}))
    for n in range(40):                                  # 40 replies, four per seed thread
        parent = seed_ids[n % 10]
        replies[parent] = replies.get(parent, 0) + 1
        jobs.append(lambda n=n, parent=parent: post(learners[20 + n % 20], "post", {
            "parent": parent, "body": f"<p>{run} reply {n}</p>", "request_id": f"{run}-reply-{n}"}))
    # 30 reactions: 24 different ones crowding onto the same four counters, and 6 of them sent twice
    distinct = [(learners[20 + i], seed_ids[i % 2], logic.REACTIONS[(i // 2) % 2]) for i in range(24)]
    for learner, target, kind in distinct + distinct[:6]:
        reactions.add((learner, target, kind))
        jobs.append(lambda learner=learner, target=target, kind=kind: post(learner, "react", {
            "id": target, "kind": kind, "on": True}))
    answers = _burst(jobs)
    assert [code for code, _body in answers] == [200] * 100, [body for code, body in answers if code != 200][:3]

    code, text = post("staff", "export", {}, retry=False)
    assert code == 200
    rows = [row for row in csv.DictReader(io.StringIO(text.decode("utf-8-sig"))) if run in row["title"] + row["text"]]
    threads = [row for row in rows if not row["thread"]]
    reply_rows = [row for row in rows if row["thread"]]
    assert len(threads) == 40 and len({row["title"] for row in threads}) == 40
    assert len(reply_rows) == 40 and len({row["text"] for row in reply_rows}) == 40
    by_id = {int(row["post"]): row for row in threads}
    for seed in seed_ids:
        row = by_id[seed]
        assert int(row["replies"]) == replies[seed] == sum(1 for reply in reply_rows if int(reply["thread"]) == seed)
        for kind in logic.REACTIONS:
            expected = sum(1 for _learner, target, chosen in reactions if target == seed and chosen == kind)
            assert int(row[kind]) == expected, (seed, kind)
    numbers = {(row["learner"], row["participant"]) for row in rows}
    assert len({learner for learner, _number in numbers}) == len(numbers)          # one number per learner
    assert len({number for _learner, number in numbers}) == len(numbers)           # and never shared
