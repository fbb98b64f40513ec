"""The competency check's data: each learner's self-ratings, and the cohort's means aggregated in SQL."""
from django.db import transaction
from django.db.models import Avg, Count

from ...core.db import models, upsert
from . import logic


def _ratings(course_key, assessment):
    return models().CompetencyRating.objects.filter(course_key=course_key, assessment=assessment)


def learner_ratings(course_key, assessment, learner):
    """``{phase: {competency: rating}}`` for ``learner``, in one query."""
    found = {logic.START: {}, logic.END: {}}
    if learner:
        rows = _ratings(course_key, assessment).filter(learner=learner)
        for phase, key, rating in rows.values_list("phase", "competency", "rating"):
            found.setdefault(phase, {})[key] = rating
    return found


def cohort_summary(course_key, assessment):
    """``{competency: {phase: (mean rating, how many rated it)}}`` over the cohort, in one query."""
    rows = _ratings(course_key, assessment).values("competency", "phase").annotate(mean=Avg("rating"), n=Count("id"))
    summary = {}
    for row in rows:
        summary.setdefault(row["competency"], {})[row["phase"]] = (round(row["mean"], 2), row["n"])
    return summary


def save(course_key, assessment, learner, phase, ratings):
    """Keep ``learner``'s ``{competency: rating}`` for ``phase``, replacing earlier ones; how many were saved."""
    Rating = models().CompetencyRating  # pylint: disable=invalid-name
    rows = [Rating(course_key=course_key, assessment=assessment, learner=learner, phase=phase, competency=key,
                   rating=value) for key, value in ratings.items()]
    with transaction.atomic():
        upsert(Rating, rows, ["course_key", "assessment", "learner", "phase", "competency"], ["rating", "updated"])
    return len(rows)
