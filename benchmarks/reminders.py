"""The scheduled sweep over 100,000 learners with reminders due: time, queries and e-mails sent.

    make bench                                                   (SQLite)
    ILELLN_BENCH_DB=mysql://root@127.0.0.1:3306/x make bench     (MariaDB; ILELLN_TEST_DB works too)

On MariaDB the benchmark creates and drops its own database, ``ilelln_bench_reminders``. One peer-review
activity has closed its submissions (100,000 learners, 3 reviews each) and its review deadline is ten hours
away, so one sweep allocates 300,000 reviews and sends every learner one "reviews owed" e-mail through edx-ace
(the locmem backend keeps them in ``django.core.mail.outbox``). Then two sweeps run at once (threads, without
the cache lock, so both really sweep) over a second activity of 100,000 learners, and no learner may get that
reminder twice. Templates are compiled once, as the LMS's cached template loader does in production.
"""
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
os.environ["ILELLN_DATA_DIR"] = tempfile.mkdtemp(prefix="ilelln-bench-reminders-")
BENCH_DB = os.environ.get("ILELLN_BENCH_DB") or os.environ.get("ILELLN_TEST_DB")
DB_NAME = "ilelln_bench_reminders"
if BENCH_DB:
    parts = urlsplit(BENCH_DB)
    os.environ["ILELLN_TEST_DB"] = urlunsplit(parts._replace(path="/" + DB_NAME))
    import MySQLdb  # noqa: E402

    server = MySQLdb.connect(host=parts.hostname or "127.0.0.1", port=parts.port or 3306,
                             user=parts.username or "root", passwd=parts.password or "")
    server.cursor().execute(f"DROP DATABASE IF EXISTS {DB_NAME}")
    server.cursor().execute(f"CREATE DATABASE {DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
else:
    os.environ.pop("ILELLN_TEST_DB", None)

import django  # noqa: E402
from django.conf import settings  # noqa: E402

django.setup()
settings.TEMPLATES[0]["APP_DIRS"] = False
settings.TEMPLATES[0]["OPTIONS"]["loaders"] = [("django.template.loaders.cached.Loader", [
    "django.template.loaders.filesystem.Loader", "django.template.loaders.app_directories.Loader"])]
settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
settings.DEBUG = False

from django.contrib.auth import get_user_model  # noqa: E402
from django.core import mail  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from ilelln_xblocks.models import PeerActivity, PeerSubmission, ReminderSent  # noqa: E402
from ilelln_xblocks.reminders import sweep  # noqa: E402

LEARNERS = int(os.environ.get("ILELLN_BENCH_LEARNERS", "100000"))
COURSE = "course-v1:ILELLN+LEAD+2026"


def prepare(prefix, block_key):
    """``LEARNERS`` users, their submissions, and a closed activity whose review deadline is near."""
    user = get_user_model()
    names = [f"{prefix}{n}" for n in range(LEARNERS)]
    user.objects.bulk_create([user(username=name, email=f"{name}@example.org", password="!") for name in names],
                             batch_size=5000)
    now = timezone.now()
    PeerActivity.objects.create(block_key=block_key, course_key=COURSE, reviews_per_submission=3,
                                submission_due=now - timedelta(minutes=1), review_due=now + timedelta(hours=10))
    PeerSubmission.objects.bulk_create([PeerSubmission(block_key=block_key, course_key=COURSE, learner=name,
                                                       text="<p>x</p>") for name in names], batch_size=5000)
    return names


def one_sweep():
    names = prepare("a", "block-v1:ILELLN+LEAD+2026+type@ilelln_peer_review+block@one")
    mail.outbox = []
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        result = sweep.run()
        seconds = time.perf_counter() - start
    assert result.emails_sent == len(mail.outbox) == len(names), result
    reached = Counter(message.to[0] for message in mail.outbox)
    assert len(reached) == len(names) and max(reached.values()) == 1
    return seconds, len(queries), result


def two_overlapping_sweeps():
    names = prepare("b", "block-v1:ILELLN+LEAD+2026+type@ilelln_peer_review+block@two")
    mail.outbox = []
    barrier, results = threading.Barrier(2), [None, None]

    def run(index):
        barrier.wait()
        try:
            results[index] = sweep.run()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    reached = Counter(message.to[0] for message in mail.outbox)
    twice = sum(1 for count in reached.values() if count > 1)
    assert len(reached) == len(names) and twice == 0, (len(reached), twice)
    return seconds, results, twice


def main():
    call_command("migrate", verbosity=0, interactive=False)
    print(f"reminder sweep on {connection.vendor} ({connection.settings_dict['NAME']}), {LEARNERS:,} learners")
    seconds, queries, result = one_sweep()
    print(f"one sweep:  {seconds:8.1f} s  {queries:>6} queries  {result.allocated:>7,} reviews allocated  "
          f"{result.emails_sent:>7,} e-mails sent  ({seconds / max(result.emails_sent, 1) * 1000:.2f} ms each)")
    seconds, results, twice = two_overlapping_sweeps()
    sent = [result.emails_sent for result in results]
    print(f"two overlapping sweeps: {seconds:8.1f} s  e-mails sent {sent[0]:,} + {sent[1]:,} = {sum(sent):,}  "
          f"allocated {results[0].allocated:,} + {results[1].allocated:,}  learners reminded twice: {twice}")
    print(f"sent-log rows: {ReminderSent.objects.count():,}")
    if BENCH_DB:
        connections.close_all()
        server.cursor().execute(f"DROP DATABASE IF EXISTS {DB_NAME}")


if __name__ == "__main__":
    main()
