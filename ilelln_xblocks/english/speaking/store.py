"""The speaking activity's data: one recording row per learner and block, with the facilitator's feedback."""
from django.db import transaction

from ...core.db import Prepared, models

QUEUE_LIMIT = 100  # submitted recordings listed for staff, newest first


def _recordings():
    return models().Recording


# one row per learner and block (a unique constraint); compiled once (core.db.Prepared)
_OWN = Prepared(lambda block_key, learner: _recordings().objects.filter(block_key=block_key, learner=learner),
                block_key=str, learner=str)


def own(block_key, learner):
    """``learner``'s recording row in ``block_key``, or None."""
    return _OWN.first(block_key=block_key, learner=learner) if learner else None


def submitted(row):
    """Whether ``row`` (or None) has been submitted."""
    return bool(row and row.status == _recordings().SUBMITTED)


def queue(block_key):
    """The block's submitted recordings, newest first, for staff."""
    Recording = _recordings()  # pylint: disable=invalid-name
    return list(Recording.objects.filter(block_key=block_key, status=Recording.SUBMITTED)
                .order_by("-updated")[:QUEUE_LIMIT])


def mark_score_published(row):
    """Note that ``row``'s staff score reached the gradebook."""
    _recordings().objects.filter(pk=row.pk).update(score_published=True)


def _keep(block_key, learner, defaults):
    with transaction.atomic():
        _recordings().objects.update_or_create(block_key=block_key, learner=learner, defaults=defaults)


def save_draft(block_key, who, course_key, name, kind, size, seconds):
    """Keep a new recording file as ``who``'s draft, replacing the one before."""
    _keep(block_key, who.anonymous_id, {
        "course_key": course_key, "learner_name": who.username or "", "file": name, "content_type": kind,
        "size": size, "seconds": seconds, "status": _recordings().DRAFT, "offline_note": ""})


def save_offline(block_key, who, course_key, note):
    """Submit ``who``'s note on how they did the activity without a microphone."""
    _keep(block_key, who.anonymous_id, {
        "course_key": course_key, "learner_name": who.username or "", "status": _recordings().SUBMITTED,
        "offline_note": note})


def submit(row, self_check):
    """Submit ``row``'s recording with the learner's self-check."""
    with transaction.atomic():
        _recordings().objects.filter(pk=row.pk).update(status=_recordings().SUBMITTED, self_check=self_check)


def give_feedback(block_key, learner, feedback, by, score):
    """A facilitator's feedback and score on ``learner``'s recording; False when there is none."""
    with transaction.atomic():
        return bool(_recordings().objects.filter(block_key=block_key, learner=learner).update(
            feedback=feedback, feedback_by=by, staff_score=score, score_published=False))
