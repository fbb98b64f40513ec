"""The writing task's submitted texts, which course staff read and score."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import LearnerRecord


class WritingSubmission(LearnerRecord):
    """A learner's latest submitted text for a writing task, so course staff can read it and override its score."""

    text = models.TextField()
    score = models.FloatField(help_text=gettext_lazy("The learner's best automatic score, 0 to 1."))
    results = models.JSONField(default=list)
    attempts = models.PositiveIntegerField(default=0)
    override_score = models.FloatField(null=True, blank=True)
    override_comment = models.TextField(blank=True, default="")
    overridden_by = models.CharField(max_length=150, blank=True, default="")
    override_published = models.BooleanField(default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("writing submission")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_writing_block_learner"),
            models.CheckConstraint(
                condition=models.Q(override_score__isnull=True)
                | (models.Q(override_score__gte=0) & models.Q(override_score__lte=1)),
                name="ilelln_writing_override_fraction",
            ),
        ]
        indexes = [models.Index(fields=["block_key", "updated"], name="ilelln_writing_recent")]

    def __str__(self):
        return f"{self.learner} {self.block_key} {self.score:.2f}"
