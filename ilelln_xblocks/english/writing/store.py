"""The writing task's data: each learner's latest submission, read by course staff, and their override."""
from django.db import transaction

from ...core.db import Prepared, models

STAFF_LIMIT = 100  # submissions listed for staff, newest first


def _submissions():
    return models().WritingSubmission.objects


# one row per learner and block (a unique constraint); compiled once (core.db.Prepared)
_OWN = Prepared(lambda block_key, learner: _submissions().filter(block_key=block_key, learner=learner),
                block_key=str, learner=str)


def own(block_key, learner):
    """``learner``'s submission in ``block_key``, or None."""
    return _OWN.first(block_key=block_key, learner=learner) if learner else None


def mark_override_published(row):
    """Note that ``row``'s override reached the gradebook."""
    _submissions().filter(pk=row.pk).update(override_published=True)


def recent(block_key):
    """The block's latest submissions, newest first, for staff."""
    return list(_submissions().filter(block_key=block_key).order_by("-updated")[:STAFF_LIMIT])


def save(block_key, learner, course_key, learner_name, text, score, results, attempts):
    """Keep ``learner``'s submitted text with its best automatic score (one row per learner and block)."""
    with transaction.atomic():
        _submissions().update_or_create(
            block_key=block_key, learner=learner,
            defaults={"course_key": course_key, "learner_name": learner_name, "text": text, "score": score,
                      "results": results, "attempts": attempts},
        )


def override(block_key, learner, score, comment, by):
    """Set a facilitator's score and comment on ``learner``'s submission; False when there is none."""
    with transaction.atomic():
        return bool(_submissions().filter(block_key=block_key, learner=learner).update(
            override_score=score, override_comment=comment, overridden_by=by, override_published=False,
        ))
