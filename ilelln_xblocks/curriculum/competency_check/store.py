"""The competency check's data: each learner's self-ratings, and the cohort's means aggregated in SQL."""
from django.db import transaction
from django.db.models import Avg, Count

from ...core.db import Prepared, models, upsert
from . import logic


def _ratings(course_key, assessment):
    return models().CompetencyRating.objects.filter(course_key=course_key, assessment=assessment)


_LEARNER = Prepared(lambda course_key, assessment, learner: _ratings(course_key, assessment).filter(learner=learner)
                    .values_list("phase", "competency", "rating"), course_key=str, assessment=str, learner=str)


def learner_ratings(course_key, assessment, learner):
    """``{phase: {competency: rating}}`` for ``learner``, in one query (compiled once: core.db.Prepared)."""
    found = {logic.START: {}, logic.END: {}}
    if learner:
        for phase, key, rating in _LEARNER(course_key=course_key, assessment=assessment, learner=learner):
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
