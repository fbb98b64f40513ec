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
    existing = api.get_submissions(item, limit=1)
    submission = existing[0] if existing else api.create_submission(item, {"ilelln": "peer review grade"})
    api.set_score(submission["uuid"], round(max(0.0, min(fraction, 1.0)) * POINTS), POINTS)
    return True
