"""Data that outlives one learner's block state and is read across blocks or learners."""
from django.db import models
from django.utils.translation import gettext_lazy

from .core import progress


class ActivityProgress(models.Model):
    """One learner's progress on one ilelln activity, written when they complete it or are graded.

    The module overview reads these rows for the activities of its module (its course
    section). Writes are idempotent upserts keyed on (block, learner): the latest
    completion sets ``status``, the latest grade sets ``score``.
    """

    STARTED = progress.STARTED
    COMPLETED = progress.COMPLETED
    STATUS_CHOICES = [
        (STARTED, gettext_lazy("Started")),
        (COMPLETED, gettext_lazy("Completed")),
    ]

    course_key = models.CharField(max_length=255, db_index=True)
    module_key = models.CharField(
        max_length=255, help_text=gettext_lazy("Usage key of the course section (module) holding the activity.")
    )
    block_key = models.CharField(max_length=255)
    block_type = models.CharField(max_length=64)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
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


class CompetencyRating(models.Model):
    """One learner's self-rating of one competency at the start or the end of the programme.

    The start and end checks of a course share an ``assessment`` key, so the end check can
    compare, and facilitators see the cohort's averages per competency with SQL ``AVG``.
    """

    course_key = models.CharField(max_length=255)
    assessment = models.CharField(max_length=64)
    phase = models.CharField(max_length=8, choices=[("start", gettext_lazy("Start")), ("end", gettext_lazy("End"))])
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
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


class WritingSubmission(models.Model):
    """A learner's latest submitted text for a writing task, so course staff can read it and override its score."""

    course_key = models.CharField(max_length=255)
    block_key = models.CharField(max_length=255)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    learner_name = models.CharField(max_length=150, blank=True, default="",
                                    help_text=gettext_lazy("Shown to course staff only."))
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


class Recording(models.Model):
    """A learner's spoken answer, kept in the platform's file storage, with their self-check and staff feedback."""

    DRAFT, SUBMITTED = "draft", "submitted"

    course_key = models.CharField(max_length=255)
    block_key = models.CharField(max_length=255)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    learner_name = models.CharField(max_length=150, blank=True, default="",
                                    help_text=gettext_lazy("Shown to course staff only."))
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
