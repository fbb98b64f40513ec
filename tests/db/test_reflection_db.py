"""Reflections on a real database: constraints hold, and parallel writers lose nothing and duplicate nothing.

SQLite by default; MariaDB when ILELLN_TEST_DB points at one (as Open edX runs on MySQL).
"""
import threading

import pytest
from django.db import IntegrityError, connections, transaction
from django.utils import timezone

from ilelln_xblocks.collaboration.reflection import store
from ilelln_xblocks.models import Reflection, ReflectionComment

pytestmark = pytest.mark.django_db(transaction=True)
KEY = "block-v1:ilelln+ar+2026+type@ilelln_reflection+block@visit"


def answers(text):
    return [{"prompt": "ماذا رأيت؟", "answer": text}]


def run_in_threads(jobs):
    errors = []

    def work(job):
        try:
            job()
        except Exception as error:  # pylint: disable=broad-except
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_the_database_refuses_what_the_model_forbids():
    row = Reflection.objects.create(block_key=KEY, course_key="c", learner="salma", submitted=timezone.now())
    for bad in (lambda: Reflection.objects.create(block_key=KEY, course_key="c", learner="salma",
                                                  submitted=timezone.now()),
                lambda: Reflection.objects.filter(pk=row.pk).update(shared=True, shared_at=None),
                lambda: ReflectionComment.objects.create(reflection=row, block_key=KEY, author="a", nonce="n1",
                                                         text="")):
        with pytest.raises(IntegrityError), transaction.atomic():
            bad()
    ReflectionComment.objects.create(reflection=row, block_key=KEY, author="a", nonce="n1", text="شكرًا")
    with pytest.raises(IntegrityError), transaction.atomic():
        ReflectionComment.objects.create(reflection=row, block_key=KEY, author="a", nonce="n1", text="مرة أخرى")


def test_parallel_first_submissions_make_one_reflection():
    jobs = [lambda n=n: store.save(KEY, "c", "salma", "salma", answers(f"نسخة {n}"), [], None) for n in range(8)]
    assert run_in_threads(jobs) == []
    row = Reflection.objects.get()
    assert row.learner == "salma" and row.answers[0]["answer"].startswith("نسخة")


def test_parallel_comments_and_retries_are_each_kept_once():
    row, _old, _first = store.save(KEY, "c", "salma", "salma", answers("رأيت ركن الحكي"), [], None)
    store.set_shared(KEY, "salma", True)
    row.refresh_from_db()
    jobs = [lambda n=n: store.add_comment(row, f"peer{n % 5}", f"peer{n % 5}", f"nonce-{n % 10:04d}", f"تعليق {n}")
            for n in range(20)]                         # every comment sent twice, as a retry would
    assert run_in_threads(jobs) == []
    assert ReflectionComment.objects.count() == 10
    assert len(store.comments_on([row])[row.id]) == 10
