"""100 parallel plan edits, joins and votes against a live workbench: nothing lost, nothing duplicated.

The server is the real ``runserver`` of the browser tests, on SQLite by default and on MariaDB
when ILELLN_TEST_DB is set (the server inherits the environment). Each request is a plain
urllib POST to the block's handler URL, from its own thread, all released together. Django's
``runserver`` listens with a queue of 10 connections and resets the ones beyond it before they
reach Django, so at most ``IN_FLIGHT`` requests are on the wire at once; the server still runs
them in parallel threads against one database.
"""
import csv
import io
import json
import re
import threading
import time
import urllib.error
import urllib.request
import uuid

from tests.browser.conftest import workbench_url  # noqa: F401  (the live server fixture)

SCENARIO = "ilelln_team_project.1"          # the makerspace project: teams of three
IN_FLIGHT = 8


def scenario_page(base, scenario, student="setup"):
    """The scenario's HTML and cookies, waiting while the workbench is still loading its scenarios.

    The workbench loads scenarios on its first request; a second request during that load sees
    a partial list, so a scenario can answer 404 for a few seconds after the server is up.
    """
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/scenario/{scenario}/?student={student}", timeout=30) as response:
                return response.read().decode("utf-8"), response.headers.get_all("Set-Cookie") or []
        except urllib.error.HTTPError as error:
            if error.code != 404 or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


class Live:
    """Handler calls on one block of the live workbench."""

    def __init__(self, base):
        self.base = base
        html, cookies = scenario_page(base, SCENARIO)
        token = next(re.search(r"csrftoken=([^;]+)", c).group(1) for c in cookies if c.startswith("csrftoken="))
        self.headers = {"Content-Type": "application/json", "X-CSRFToken": token, "Cookie": f"csrftoken={token}",
                        "Referer": base + "/"}
        match = re.search(r"""data-usage=['"]([^'"]+)['"][^>]*data-block-type=['"]ilelln_team_project['"]""", html)
        assert match, "the scenario page has no team project block"
        self.usage = match.group(1)

    def url(self, handler, student):
        return f"{self.base}/handler/{self.usage}/{handler}/?student={student}"

    def post(self, handler, student, payload):
        request = urllib.request.Request(self.url(handler, student), data=json.dumps(payload).encode(),
                                         headers=self.headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def csv_rows(self):
        with urllib.request.urlopen(self.url("teams_csv", "facilitator"), timeout=60) as response:
            return list(csv.DictReader(io.StringIO(response.read().decode("utf-8-sig"))))


def run_together(calls):
    """Run every ``(handler, student, payload)`` in its own thread, released at once; results in order."""
    results = [None] * len(calls)
    barrier = threading.Barrier(len(calls))
    wire = threading.BoundedSemaphore(IN_FLIGHT)

    def work(index, live, handler, student, payload):
        barrier.wait()
        try:
            with wire:
                results[index] = live.post(handler, student, payload)
        except Exception as error:  # pylint: disable=broad-except
            results[index] = (0, {"error": repr(error)})

    threads = [threading.Thread(target=work, args=(index, *call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_parallel_edits_joins_and_votes_lose_nothing_and_duplicate_nothing(workbench_url):  # noqa: F811
    live = Live(workbench_url)
    run = uuid.uuid4().hex[:6]
    alpha, beta = f"Alpha {run}", f"Beta {run}"
    a1, a2, b1 = f"a1-{run}", f"a2-{run}", f"b1-{run}"
    assert live.post("create_team", a1, {"name": alpha})[0] == 200
    alpha_id = live.post("get_workspace", a1, {})[1]["workspace"]["team"]["id"]
    assert live.post("join_team", a2, {"team": alpha_id})[0] == 200          # one place left of three
    assert live.post("create_team", b1, {"name": beta})[0] == 200
    beta_id = live.post("get_workspace", b1, {})[1]["workspace"]["team"]["id"]
    assert live.post("publish_showcase", b1, {"summary": "Robotics Saturdays", "url": ""})[0] == 200

    edits = [("save_plan", a1 if n % 2 else a2, {"version": 1, "problem": f"edit-{n}", "community": "teenagers",
                                                  "partners": "youth centre", "activities": []}) for n in range(40)]
    joiners = [f"j{n:02d}-{run}" for n in range(30)]
    joins = [("join_team", learner, {"team": alpha_id}) for learner in joiners]
    voters = [f"v{n:02d}-{run}" for n in range(15)]
    votes = [("vote", voter, {"team": beta_id}) for voter in voters for _twice in range(2)]
    calls = [(live, *call) for call in edits + joins + votes]
    assert len(calls) == 100
    results = run_together(calls)

    assert {code for code, _body in results} <= {200, 409}, [r for r in results if r[0] not in (200, 409)][:3]
    edit_results, join_results, vote_results = results[:40], results[40:70], results[70:]

    # Plan edits from the same version: exactly one lands, every other one is told what is there now.
    landed = [n for n, (code, _body) in enumerate(edit_results) if code == 200]
    assert len(landed) == 1
    winner = f"edit-{landed[0]}"
    for code, body in edit_results:
        if code == 409:
            assert body["current"]["problem"] == winner and body["current"]["version"] == 2
    plan = live.post("get_workspace", a1, {})[1]["workspace"]["plan"]
    assert (plan["problem"], plan["version"]) == (winner, 2)

    # Joins: one place, one new member, never a fourth.
    assert sum(code == 200 for code, _body in join_results) == 1
    rows = live.csv_rows()
    alpha_rows = [row for row in rows if row["team"] == alpha]
    assert {row["members"] for row in alpha_rows} == {"3"} and len(alpha_rows) == 3
    joined = {row["member"] for row in alpha_rows} - {a1, a2}
    assert len(joined) == 1 and joined <= set(joiners)

    # Votes: each voter's two votes give exactly one counted vote.
    assert sum(code == 200 for code, _body in vote_results) == len(voters)
    for index in range(0, 30, 2):
        assert sorted(code for code, _body in vote_results[index:index + 2]) == [200, 409]
    beta_rows = [row for row in rows if row["team"] == beta]
    assert beta_rows and beta_rows[0]["votes"] == str(len(voters))
