"""Fifty learners at once against the live server: submissions, allocation and reviews lose nothing,
assign nothing beyond k and never answer 500. On SQLite, and on MariaDB when ILELLN_TEST_DB names one."""
import csv
import io
import re

from tests.live import burst

LEARNERS = [f"r{n:02d}" for n in range(50)]
OK = {200, 409}


def cohort(live, usage):
    """The facilitator's CSV export as ``{learner: row}``."""
    return {row["learner"]: row for row in csv.DictReader(io.StringIO(live.get(usage, "export", "facilitator")))}


def submit_all(live, usage):
    jobs = [lambda learner=learner: live.post(usage, "submit", learner, {"text": f"<p>Email by {learner}</p>",
                                                                         "links": []})
            for learner in LEARNERS + LEARNERS[:10]]              # ten learners press twice
    statuses = [status for status, _body in burst(jobs)]
    assert set(statuses) <= OK, statuses
    assert statuses.count(200) == 50


def test_fifty_reviewers_in_parallel_phased(live):
    usage = live.usage_id("ilelln_peer_review.0", "ilelln_peer_review")
    submit_all(live, usage)
    allocations = burst([lambda: live.post(usage, "allocate", "facilitator", {}) for _ in range(5)])
    assert [status for status, _ in allocations] == [200] * 5
    assert sorted(body["assigned"] for _, body in allocations) == [0, 0, 0, 0, 100]

    pages = burst([lambda learner=learner: live.page("ilelln_peer_review.0", learner) for learner in LEARNERS])
    work = [(learner, int(review)) for learner, html in zip(LEARNERS, pages, strict=True)
            for review in re.findall(r'class="ilelln-pr-review-form" data-review="(\d+)"', html)]
    assert len(work) == 100 and all(len([1 for who, _ in work if who == learner]) == 2 for learner in LEARNERS)
    jobs = [lambda learner=learner, review=review: live.post(usage, "submit_review", learner, {
        "review": review, "levels": {"purpose": 2, "register": 1, "structure": 2}, "comment": "Clear and polite."})
        for learner, review in work + work[:20]]                  # twenty reviews sent twice at once
    statuses = [status for status, _body in burst(jobs)]
    assert set(statuses) <= OK, statuses
    assert statuses.count(200) == 100

    rows = cohort(live, usage)
    assert sorted(rows) == LEARNERS
    assert {(row["reviews_given"], row["reviews_received"]) for row in rows.values()} == {("2/2", "2/2")}
    # received: medians 1.0, 0.5, 1.0 -> 5/6; given 2/2; 80/20 weights -> 86.67%
    assert {row["grade_percent"] for row in rows.values()} == {"87"}


def test_fifty_reviewers_asking_for_work_at_once_continuous(live):
    usage = live.usage_id("ilelln_peer_review.1", "ilelln_peer_review")
    submit_all(live, usage)
    jobs = [lambda learner=learner: live.post(usage, "request_review", learner, {})
            for learner in LEARNERS for _ in range(3)]
    answers = burst(jobs)
    assert {status for status, _body in answers} <= OK, answers
    askers = [learner for learner in LEARNERS for _ in range(3)]
    holders = {}
    for learner, (status, body) in zip(askers, answers, strict=True):
        if status == 200 and body["review"]:
            holders.setdefault(body["review"], set()).add(learner)
    assert all(len(who) == 1 for who in holders.values())        # no review handed to two reviewers
    claimed = list(holders)
    rows = cohort(live, usage)
    received = [int(row["reviews_received"].split("/")[1]) for row in rows.values()]
    given = [int(row["reviews_given"].split("/")[1]) for row in rows.values()]
    assert max(received) <= 2                                      # never beyond k
    assert sum(received) == sum(given) == len(claimed)
    owner = next(iter(holders[claimed[0]]))
    owned = {review for review, who in holders.items() if owner in who}
    assert live.post(usage, "request_review", owner, {})[1]["review"] in owned   # an unfinished one comes back
