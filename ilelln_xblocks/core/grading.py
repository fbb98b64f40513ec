"""Grades for a learner other than the one making the request.

The LMS turns a block's ``grade`` event into a score only for the user of the request.
A peer grade changes when somebody else's review arrives, so it is set through the
submissions API that the LMS's grades app listens to (``edx-submissions``, installed in
every Open edX LMS for ORA2): its ``score_set`` signal recalculates the learner's grade at
once, and its scores take precedence for the block. Where that app is not installed (the
plain workbench), the caller keeps the grade pending and publishes it on the learner's
next visit.
"""
from django.apps import apps
from django.db import IntegrityError, transaction

POINTS = 100  # the submissions API stores whole points: a fraction is sent as points out of 100


def submissions_api():
    """``submissions.api`` when the edx-submissions app is installed, else None."""
    if not apps.is_installed("submissions"):
        return None
    from submissions import api  # pylint: disable=import-outside-toplevel
    return api


def set_score_for(block, learner, fraction, course_key):
    """Set ``learner``'s score on ``block`` (0 to 1) in the LMS gradebook; False when that cannot be done now."""
    api = submissions_api()
    if api is None:
        return False
    item = {"student_id": learner, "course_id": course_key, "item_id": str(block.scope_ids.usage_id),
            "item_type": block.scope_ids.block_type}
    submission = _submission_of(api, item)
    api.set_score(submission["uuid"], round(max(0.0, min(fraction, 1.0)) * POINTS), POINTS)
    return True


def _submission_of(api, item):
    """The learner's submission for ``item``, made on first use; safe when two requests make it at once.

    The submissions API looks the student item up and creates it when missing
    (``submissions/api.py`` ``_get_or_create_student_item``); two requests scoring the same learner at the
    same moment both find none, and the second one's create fails its unique check with
    ``SubmissionRequestError``. By then the item exists, so looking again finds it.
    """
    from submissions.errors import SubmissionRequestError  # pylint: disable=import-outside-toplevel
    try:
        return _find_or_create(api, item)
    except (SubmissionRequestError, IntegrityError):
        return _find_or_create(api, item)  # another request created the student item meanwhile: it is there now


def _find_or_create(api, item):
    with transaction.atomic():  # a savepoint: a failed create leaves an outer transaction usable
        existing = api.get_submissions(item, limit=1)
        return existing[0] if existing else api.create_submission(item, {"ilelln": "peer review grade"})
