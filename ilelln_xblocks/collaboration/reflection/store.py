"""Reflection data: saving, sharing, the cohort gallery and comments, in transactions with fixed query counts.

Reads for a page take a fixed number of queries whatever the cohort's size: the reflections
in one query, every comment on them in a second.
"""
from django.db import IntegrityError, transaction
from django.db.models import BooleanField, Case, Q, Value, When
from django.utils import timezone

from ...core.db import Prepared, models

GALLERY_LIMIT = 200
STAFF_LIMIT = 500

# The student view's reads, compiled once (core.db.Prepared); one own row per learner (a unique constraint).
_OWN = Prepared(lambda block_key, learner: models().Reflection.objects.filter(block_key=block_key, learner=learner),
                block_key=str, learner=str)
_GALLERY = Prepared(lambda block_key: models().Reflection.objects.filter(block_key=block_key, shared=True)
                    .order_by("-shared_at", "-id")[:GALLERY_LIMIT], block_key=str)
# A learner's page: their own row first, then the gallery, in one query (the unique row and the gallery index).
_OWN_AND_GALLERY = Prepared(lambda block_key, learner: models().Reflection.objects
                            .filter(Q(block_key=block_key, learner=learner) | Q(block_key=block_key, shared=True))
                            .annotate(is_own=Case(When(learner=learner, then=Value(True)), default=Value(False),
                                                  output_field=BooleanField()))
                            .order_by("-is_own", "-shared_at", "-id")[:GALLERY_LIMIT + 1], block_key=str, learner=str)
_COMMENTS = Prepared(lambda ids: models().ReflectionComment.objects.filter(reflection_id__in=ids)
                     .order_by("created", "id"), ids=[int])


def own(block_key, learner):
    """``learner``'s submitted reflection in ``block_key``, or None."""
    if not learner:
        return None
    return _OWN.first(block_key=block_key, learner=learner)


def own_and_gallery(block_key, learner):
    """``(learner's own reflection or None, the gallery as :func:`gallery` gives it)``, in one query.

    The own row comes first, then the shared rows most recently shared first: the gallery's
    :data:`GALLERY_LIMIT` rows are among the :data:`GALLERY_LIMIT` + 1 rows read, whether or not the own
    row is one of them.
    """
    rows = _OWN_AND_GALLERY(block_key=block_key, learner=learner)
    mine = rows[0] if rows and rows[0].is_own else None
    if mine is None or not mine.shared:
        return mine, [row for row in rows if row is not mine][:GALLERY_LIMIT]
    return mine, sorted(rows, key=lambda row: (row.shared_at, row.id), reverse=True)[:GALLERY_LIMIT]


def save(block_key, course_key, learner, learner_name, answers, links, photo):
    """Create or replace ``learner``'s reflection; returns ``(row, old photo name, first time)``.

    ``photo`` is ``{"file", "type", "size"}`` or None. A first submission is one INSERT; a
    parallel first submission that loses on the unique (block, learner) constraint becomes an
    update. An update is a transaction that starts with a write, so it locks the existing row
    (MySQL) or the database (SQLite) before reading the old photo: two submissions at the same
    moment queue instead of losing each other's photo. (Updating a missing row first would take
    MySQL gap locks and deadlock two first submissions; reading first would make SQLite refuse
    to upgrade its lock.)
    """
    m = models()
    values = {"course_key": course_key, "learner_name": learner_name or "", "answers": answers, "links": links,
              "photo": photo["file"] if photo else "", "photo_type": photo["type"] if photo else "",
              "photo_size": photo["size"] if photo else 0}
    mine = m.Reflection.objects.filter(block_key=block_key, learner=learner)
    if not mine.exists():
        try:
            with transaction.atomic():
                row = m.Reflection.objects.create(block_key=block_key, learner=learner, submitted=timezone.now(),
                                                  **values)
            return row, "", True
        except IntegrityError:
            pass  # a parallel first submission won: update it
    with transaction.atomic():
        mine.update(updated=timezone.now())
        old_photo = mine.values_list("photo", flat=True).get()
        mine.update(**values)
    row = mine.get()
    return row, old_photo if old_photo != row.photo else "", False


def set_shared(block_key, learner, shared):
    """Share or unshare ``learner``'s reflection; returns the number of rows changed (0 when not submitted)."""
    return models().Reflection.objects.filter(block_key=block_key, learner=learner).update(
        shared=shared, shared_at=timezone.now() if shared else None)


def gallery(block_key, limit=GALLERY_LIMIT):
    """The shared reflections of ``block_key``, most recently shared first."""
    if limit == GALLERY_LIMIT:
        return _GALLERY(block_key=block_key)
    return list(models().Reflection.objects.filter(block_key=block_key, shared=True)
                .order_by("-shared_at", "-id")[:limit])


def every(block_key, limit=STAFF_LIMIT):
    """Every submitted reflection of ``block_key``, shared or not (course staff only)."""
    return list(models().Reflection.objects.filter(block_key=block_key).order_by("learner_name", "learner")[:limit])


def comments_on(reflections):
    """``{reflection id: [comments, oldest first]}`` for ``reflections``, in one query."""
    ids = [row.id for row in reflections]
    threads = {pk: [] for pk in ids}
    if ids:
        for comment in _COMMENTS(ids=ids):
            threads[comment.reflection_id].append(comment)
    return threads


def readable(block_key, reflection_id, viewer, viewer_is_staff):
    """The reflection ``reflection_id`` of ``block_key`` when ``viewer`` may read it; None when absent.

    Raises PermissionError when it exists but is private to someone else.
    """
    from . import logic  # pylint: disable=import-outside-toplevel
    row = models().Reflection.objects.filter(pk=reflection_id, block_key=block_key).first()
    if row is None:
        return None
    if not logic.can_read(viewer, viewer_is_staff, row.learner, row.shared):
        raise PermissionError(reflection_id)
    return row


def add_comment(reflection, author, author_name, nonce, text):
    """Add a comment once per (author, nonce); returns ``(comment, created)``."""
    # get_or_create inserts in its own transaction and, when a parallel retry wins, reads that row instead.
    return models().ReflectionComment.objects.get_or_create(
        author=author, nonce=nonce,
        defaults={"reflection": reflection, "block_key": reflection.block_key, "author_name": author_name or "",
                  "text": text})


def delete_comment(block_key, comment_id, who, is_staff):
    """Delete a comment by its author or by staff; returns ``"deleted"``, ``"missing"`` or ``"forbidden"``."""
    m = models()
    comment = m.ReflectionComment.objects.filter(pk=comment_id, block_key=block_key).first()
    if comment is None:
        return "missing"
    if comment.author != who and not is_staff:
        return "forbidden"
    m.ReflectionComment.objects.filter(pk=comment.pk).delete()
    return "deleted"


def comment_counts(reflections):
    """``{reflection id: number of comments}`` in one query."""
    from django.db.models import Count  # pylint: disable=import-outside-toplevel
    ids = [row.id for row in reflections]
    if not ids:
        return {}
    return dict(models().ReflectionComment.objects.filter(reflection_id__in=ids).values("reflection_id")
                .annotate(n=Count("id")).values_list("reflection_id", "n"))
