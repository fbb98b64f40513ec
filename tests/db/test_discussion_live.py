"""A hundred learners post, reply and react at the same moment against the live workbench, and nothing is lost
or duplicated. On SQLite, and on MariaDB when ILELLN_TEST_DB names one."""
import csv
import http.client
import io
import json
import threading
import time
import urllib.error
import urllib.request

from ilelln_xblocks.collaboration.discussion import logic

SCENARIO = "ilelln_discussion.0"   # anonymity optional: anonymous posts claim numbers
LEARNERS = [f"d{n:02d}" for n in range(50)]


def send(live, usage, handler, student, payload):
    """``(status, body)`` of a handler call, sent again while the server says nothing was stored.

    409 and 503 answers roll everything back. A connection reset (``runserver`` queues only ten
    connections) may come after the server stored the post, so posts carry a request id and
    reactions are set rather than toggled: sending again can never repeat anything.
    """
    token = next(cookie.value for cookie in live.jar if cookie.name == "csrftoken")
    data = json.dumps(payload).encode()
    for attempt in range(60):
        request = urllib.request.Request(
            f"{live.base}/handler/{usage}/{handler}/?student={student}", data=data, method="POST",
            headers={"Content-Type": "application/json", "X-CSRFToken": token, "Referer": live.base + "/"})
        try:
            with live.opener.open(request, timeout=120) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            if error.code not in (409, 503):
                return error.code, error.read().decode("utf-8", "replace")[:500]
        except (urllib.error.URLError, ConnectionError, http.client.HTTPException):
            pass
        time.sleep(0.05 * (attempt + 1))
    return 0, "gave up"


def at_once(jobs):
    """Start every job at the same moment, one thread each; their results in order."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        barrier.wait()
        results[index] = job()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_a_hundred_parallel_posts_replies_and_reactions_lose_nothing(live):
    usage = live.usage_id(SCENARIO, "ilelln_discussion")
    seeds = at_once([lambda n=n: send(live, usage, "post", LEARNERS[n], {
        "title": f"Seed {n}", "body": "<p>A tool we use</p>", "request_id": f"seed-{n:04d}", "anonymous": True})
        for n in range(10)])
    assert [status for status, _body in seeds] == [200] * 10, seeds
    seed_ids = [body["id"] for _status, body in seeds]

    jobs, replies = [], {}
    for n in range(30):                                       # 30 new threads
        jobs.append(lambda n=n: send(live, usage, "post", LEARNERS[10 + n], {
            "title": f"Thread {n}", "body": "<p>An idea</p>", "request_id": f"thread-{n:04d}", "anonymous": True}))
    for n in range(40):                                       # 40 replies, four on each seed thread
        parent = seed_ids[n % 10]
        replies[parent] = replies.get(parent, 0) + 1
        jobs.append(lambda n=n, parent=parent: send(live, usage, "post", LEARNERS[20 + n % 20], {
            "parent": parent, "body": f"<p>Reply {n}</p>", "request_id": f"reply-{n:04d}", "anonymous": True}))
    # 30 reactions: 24 different ones crowding onto the same four counters, and 6 of them sent twice
    distinct = [(LEARNERS[20 + i], seed_ids[i % 2], logic.REACTIONS[(i // 2) % 2]) for i in range(24)]
    for learner, target, kind in distinct + distinct[:6]:
        jobs.append(lambda learner=learner, target=target, kind=kind: send(live, usage, "react", learner, {
            "id": target, "kind": kind, "on": True}))
    answers = at_once(jobs)
    assert [status for status, _body in answers] == [200] * 100, [a for a in answers if a[0] != 200][:3]

    rows = list(csv.DictReader(io.StringIO(live.get(usage, "export", "facilitator"))))
    threads = [row for row in rows if not row["thread"]]
    reply_rows = [row for row in rows if row["thread"]]
    assert len(threads) == 40 and len({row["title"] for row in threads}) == 40
    assert len(reply_rows) == 40 and len({row["text"] for row in reply_rows}) == 40
    by_id = {int(row["post"]): row for row in threads}
    for seed in seed_ids:
        row = by_id[seed]
        assert int(row["replies"]) == replies[seed] == sum(1 for reply in reply_rows if int(reply["thread"]) == seed)
        for kind in logic.REACTIONS:
            expected = sum(1 for _learner, target, chosen in distinct if target == seed and chosen == kind)
            assert int(row[kind]) == expected, (seed, kind, row[kind])
    numbers = {(row["learner"], row["participant"]) for row in rows}
    assert len({learner for learner, _number in numbers}) == len(numbers) == 40   # one number per learner
    assert len({number for _learner, number in numbers}) == len(numbers)          # and never shared
