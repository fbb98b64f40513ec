"""One learner's progress on each activity, which the module overview reads."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import LearnerRow

STARTED = "started"
COMPLETED = "completed"


class ActivityProgress(LearnerRow):
    """One learner's progress on one ilelln activity, written when they complete it or are graded.

    The module overview reads these rows for the activities of its module (its course
    section). Writes are idempotent upserts keyed on (block, learner): the latest
    completion sets ``status``, the latest grade sets ``score``.
    """

    STARTED = STARTED
    COMPLETED = COMPLETED
    STATUS_CHOICES = [
        (STARTED, gettext_lazy("Started")),
        (COMPLETED, gettext_lazy("Completed")),
    ]

    course_key = models.CharField(max_length=255, db_index=True)
    module_key = models.CharField(
        max_length=255, help_text=gettext_lazy("Usage key of the course section (module) holding the activity.")
    )
    block_type = models.CharField(max_length=64)
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default=STARTED)
    score = models.FloatField(null=True, blank=True, help_text=gettext_lazy("Fraction of the points, 0 to 1."))
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("activity progress")
        verbose_name_plural = gettext_lazy("activity progress")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_progress_block_learner"),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | (models.Q(score__gte=0) & models.Q(score__lte=1)),
                name="ilelln_progress_score_fraction",
            ),
        ]
        indexes = [models.Index(fields=["learner", "module_key"], name="ilelln_progress_learner_module")]

    def __str__(self):
        return f"{self.learner} {self.status} {self.block_key}"
