"""A client for the live workbench server: pages and JSON handlers as any learner, and parallel bursts."""
import contextlib
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the demo settings live in ROOT/demo

DROP_TABLES = """
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SET FOREIGN_KEY_CHECKS = 0")
    for table in connection.introspection.table_names():
        cursor.execute(f"DROP TABLE `{table}`")
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def run_workbench(data):
    """A real workbench (``django-admin runserver``) with its data in ``data``; yields its base URL.

    The database is SQLite in ``data``, or the one ``ILELLN_TEST_DB`` names, whose tables are
    dropped first so that every run starts from nothing, whatever an earlier run migrated.
    """
    env = dict(os.environ, ILELLN_DATA_DIR=str(data), DJANGO_SETTINGS_MODULE="demo.settings",
               PYTHONPATH=os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")])))
    admin = [sys.executable, "-m", "django"]
    if env.get("ILELLN_TEST_DB"):
        subprocess.run([sys.executable, "-c", DROP_TABLES], env=env, cwd=data, check=True)
    for args in (["migrate", "--noinput", "-v0"], ["migrate", "--run-syncdb", "--noinput", "-v0"]):
        subprocess.run(admin + args, env=env, cwd=data, check=True)
    port = _free_port()
    with (data / "server.log").open("w") as log:
        server = subprocess.Popen(admin + ["runserver", f"127.0.0.1:{port}", "--noreload"],
                                  env=env, cwd=data, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                # The first request builds every scenario; a retry while it runs would build them again
                # concurrently (the SDK's registry is not thread-safe) and lose some, so wait for it.
                with urllib.request.urlopen(url + "/scenario/ilelln_module_overview.0/", timeout=60) as response:
                    if response.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    raise RuntimeError("workbench did not start:\n" + (data / "server.log").read_text()) from None
                time.sleep(0.3)
        try:
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


class LiveClient:
    """Talks to a running workbench like a browser does: CSRF cookie, ``?student=`` learners, JSON handlers."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def page(self, scenario, student):
        """The HTML of a scenario page as ``student``."""
        with self.opener.open(f"{self.base}/scenario/{scenario}/?student={student}", timeout=60) as response:
            return response.read().decode("utf-8")

    def usage_id(self, scenario, block_type):
        """The usage id of the first ``block_type`` block on a scenario page."""
        return re.search(rf"data-usage='([^']*\.{block_type}\.[^']*)'", self.page(scenario, "visitor")).group(1)

    def get(self, usage_id, handler, student):
        """The text of a GET handler (an export, a file) as ``student``."""
        with self.opener.open(f"{self.base}/handler/{usage_id}/{handler}/?student={student}", timeout=60) as response:
            return response.read().decode("utf-8-sig")

    def post(self, usage_id, handler, student, payload, retries=20):
        """``(status, body)`` of a JSON handler call; 503 and 409 "try again" answers are retried."""
        token = next((cookie.value for cookie in self.jar if cookie.name == "csrftoken"), "")
        url = f"{self.base}/handler/{usage_id}/{handler}/?student={student}"
        for attempt in range(retries):
            request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST", headers={
                "Content-Type": "application/json", "X-CSRFToken": token, "Referer": self.base + "/"})
            try:
                with self.opener.open(request, timeout=60) as response:
                    return response.status, json.loads(response.read())
            except urllib.error.HTTPError as error:
                body = error.read()
                if error.code == 503 and attempt + 1 < retries:
                    time.sleep(0.05 * (attempt + 1))
                    continue
                try:
                    return error.code, json.loads(body)
                except ValueError:
                    return error.code, body.decode("utf-8", "replace")
        raise AssertionError("unreachable")


def burst(jobs, workers=8):
    """Run the callables in ``jobs`` in parallel on ``workers`` threads; their results in order.

    ``runserver`` queues only ten connections and resets the rest before Django sees them,
    so more than eight at once would test the development server, not the blocks.
    """
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda job: job(), jobs))
