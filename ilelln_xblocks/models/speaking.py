"""The speaking activity's recordings, with the learner's self-check and staff feedback."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import LearnerRecord


class Recording(LearnerRecord):
    """A learner's spoken answer, kept in the platform's file storage, with their self-check and staff feedback."""

    DRAFT, SUBMITTED = "draft", "submitted"

    file = models.CharField(max_length=255, blank=True, default="",
                            help_text=gettext_lazy("Name of the file in Django's default storage."))
    content_type = models.CharField(max_length=32, blank=True, default="")
    size = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)
    status = models.CharField(max_length=12, default=DRAFT,
                              choices=[(DRAFT, gettext_lazy("Draft")), (SUBMITTED, gettext_lazy("Submitted"))])
    offline_note = models.TextField(blank=True, default="")
    self_check = models.JSONField(default=list)
    feedback = models.TextField(blank=True, default="")
    feedback_by = models.CharField(max_length=150, blank=True, default="")
    staff_score = models.FloatField(null=True, blank=True)
    score_published = models.BooleanField(default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("recording")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_recording_block_learner"),
            models.CheckConstraint(
                condition=models.Q(staff_score__isnull=True)
                | (models.Q(staff_score__gte=0) & models.Q(staff_score__lte=1)),
                name="ilelln_recording_score_fraction",
            ),
        ]
        indexes = [models.Index(fields=["block_key", "status", "updated"], name="ilelln_recording_queue")]

    def __str__(self):
        return f"{self.learner} {self.block_key} {self.status}"
