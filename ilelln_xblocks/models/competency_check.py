"""The competency check's self-ratings, compared between the start and the end of the programme."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import ANONYMOUS_ID


class CompetencyRating(models.Model):
    """One learner's self-rating of one competency at the start or the end of the programme.

    The start and end checks of a course share an ``assessment`` key, so the end check can
    compare, and facilitators see the cohort's averages per competency with SQL ``AVG``.
    """

    course_key = models.CharField(max_length=255)
    assessment = models.CharField(max_length=64)
    phase = models.CharField(max_length=8, choices=[("start", gettext_lazy("Start")), ("end", gettext_lazy("End"))])
    learner = models.CharField(max_length=64, help_text=ANONYMOUS_ID)
    competency = models.CharField(max_length=64)
    rating = models.PositiveSmallIntegerField()
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("competency rating")
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "assessment", "learner", "phase", "competency"], name="ilelln_rating_unique"
            ),
            models.CheckConstraint(condition=models.Q(rating__gte=1), name="ilelln_rating_positive"),
        ]
        indexes = [models.Index(fields=["course_key", "assessment", "phase"], name="ilelln_rating_cohort")]

    def __str__(self):
        return f"{self.learner} {self.phase} {self.competency}={self.rating}"
