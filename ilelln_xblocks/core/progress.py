"""Progress records: written by activities, read by the module overview.

An activity's *module* is its course section (``chapter``); outside a course (the
workbench) it is the outermost block above it, so a demo page acts as one module.
"""
from django.db.models import Avg, Count, Q

from . import keys
from .db import models, upsert

SECTION_TYPE = "chapter"


def module_of(block):
    """The block that stands for ``block``'s module: its section, else its outermost ancestor."""
    current = block
    while True:
        if current.scope_ids.block_type == SECTION_TYPE:
            return current
        parent = current.get_parent()
        if parent is None:
            return current
        current = parent


def _class_of(runtime, usage_id):
    """The block class at ``usage_id``, found without building the block."""
    block_type = getattr(usage_id, "block_type", None)  # opaque usage keys carry it (LMS, Studio)
    if block_type is None:
        block_type = runtime.id_reader.get_block_type(runtime.id_reader.get_definition_id(usage_id))
    return runtime.load_block_type(block_type)


def activities_in(module):
    """Every ilelln activity block below ``module``, in course order.

    Only containers and activities are built; other leaves are recognised by their class.
    """
    found = []
    stack = list(reversed(getattr(module, "children", None) or []))
    runtime = module.runtime
    while stack:
        usage_id = stack.pop()
        cls = _class_of(runtime, usage_id)
        if not (getattr(cls, "ilelln_activity", False) or getattr(cls, "has_children", False)):
            continue
        block = runtime.get_block(usage_id)
        if getattr(block, "ilelln_activity", False):
            found.append(block)
        stack.extend(reversed(getattr(block, "children", None) or []))
    return found


def record(block, learner, status=None, score=None):
    """Upsert ``learner``'s progress on ``block`` in one statement (safe under concurrent requests).

    ``status`` and ``score`` update only when given, so a grade event does not undo a
    completion and a completion does not erase a score.
    """
    ActivityProgress = models().ActivityProgress  # pylint: disable=invalid-name
    module = module_of(block)
    row = ActivityProgress(
        course_key=keys.course_key_of(block),
        module_key=str(module.scope_ids.usage_id),
        block_key=str(block.scope_ids.usage_id),
        block_type=block.scope_ids.block_type,
        learner=learner,
        status=status or ActivityProgress.STARTED,
        score=score,
    )
    update_fields = ["course_key", "module_key", "updated"]
    if status is not None:
        update_fields.append("status")
    if score is not None:
        update_fields.append("score")
    upsert(ActivityProgress, [row], ["block_key", "learner"], update_fields)


def status_for(fraction):
    """The status a completion of ``fraction`` (0 to 1) records: completed only when whole."""
    ActivityProgress = models().ActivityProgress  # pylint: disable=invalid-name
    return ActivityProgress.COMPLETED if fraction >= 1.0 else ActivityProgress.STARTED


def learner_progress(block_keys, learner):
    """``{block_key: (status, score)}`` for ``learner`` over ``block_keys``, in one query."""
    if not block_keys:
        return {}
    rows = models().ActivityProgress.objects.filter(learner=learner, block_key__in=list(block_keys))
    return {row_key: (status, score) for row_key, status, score in rows.values_list("block_key", "status", "score")}


def cohort_progress(block_keys):
    """Per activity: learners started, learners completed and mean score, aggregated in SQL (one query)."""
    if not block_keys:
        return {}
    ActivityProgress = models().ActivityProgress  # pylint: disable=invalid-name
    rows = (
        ActivityProgress.objects.filter(block_key__in=list(block_keys))
        .values("block_key")
        .annotate(
            learners=Count("id"),
            completed=Count("id", filter=Q(status=ActivityProgress.COMPLETED)),
            mean_score=Avg("score"),
        )
    )
    return {row["block_key"]: row for row in rows}


def learners_progress(block_keys):
    """Per learner with a record over ``block_keys``: activities completed and the latest record, in one query.

    ``{learner: {"completed": n, "last_key": block_key, "last": datetime}}``; learners with no record are not known.
    """
    if not block_keys:
        return {}
    ActivityProgress = models().ActivityProgress  # pylint: disable=invalid-name
    rows = ActivityProgress.objects.filter(block_key__in=list(block_keys)).values_list(
        "learner", "block_key", "status", "updated")
    found = {}
    for learner, block_key, status, updated in rows:
        entry = found.setdefault(learner, {"completed": 0, "last_key": block_key, "last": updated})
        entry["completed"] += status == ActivityProgress.COMPLETED
        if updated > entry["last"]:
            entry.update(last_key=block_key, last=updated)
    return found


def course_learners(course_key, block_key):
    """``{learner: started block_key}`` for every learner with a progress record in ``course_key`` (one query).

    This is the course's roster as the package knows it: learners who have started or completed any ilelln
    activity in the course (an XBlock in the LMS has no enrollment API). The value says whether one of their
    records is ``block_key``'s.
    """
    ActivityProgress = models().ActivityProgress  # pylint: disable=invalid-name
    rows = (ActivityProgress.objects.filter(course_key=course_key).values("learner")
            .annotate(here=Count("id", filter=Q(block_key=block_key))).values_list("learner", "here"))
    return {learner: bool(here) for learner, here in rows}
