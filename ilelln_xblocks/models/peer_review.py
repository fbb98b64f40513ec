"""Peer review: each activity's settings and rubric versions, submissions, reviews, flags and grades."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import BlockRow, Flag, LearnerRecord


class PeerActivity(models.Model):
    """A peer-review activity's settings as the server last saw them, and whether reviewers are allocated.

    The block writes it on every visit, so the allocation command can find activities whose
    submission phase has closed without loading the course. ``allocated_at`` is claimed with
    a conditional UPDATE, so exactly one request or command allocates.
    """

    block_key = models.CharField(max_length=255, unique=True)
    course_key = models.CharField(max_length=255)
    reviews_per_submission = models.PositiveSmallIntegerField(default=3)
    continuous = models.BooleanField(default=False)
    submission_due = models.DateTimeField(null=True, blank=True)
    review_due = models.DateTimeField(null=True, blank=True)
    allocated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("peer review activity")
        verbose_name_plural = gettext_lazy("peer review activities")

    def __str__(self):
        return self.block_key


class PeerRubric(BlockRow):
    """One version of an activity's rubric; reviews keep the version they were made with."""

    version = models.PositiveIntegerField()
    digest = models.CharField(max_length=64)
    criteria = models.JSONField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("peer review rubric")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "digest"], name="ilelln_rubric_block_digest"),
            models.UniqueConstraint(fields=["block_key", "version"], name="ilelln_rubric_block_version"),
        ]

    def __str__(self):
        return f"{self.block_key} v{self.version}"


class PeerSubmission(LearnerRecord):
    """One version of a learner's submitted work; only the ``current`` version is reviewed."""

    group_key = models.CharField(max_length=255, default="",
                                 help_text=gettext_lazy("The cohort or team whose members review each other."))
    version = models.PositiveIntegerField(default=1)
    current = models.BooleanField(default=True)
    text = models.TextField(help_text=gettext_lazy("Sanitised rich text."))
    links = models.JSONField(default=list)
    files = models.JSONField(default=list)
    late = models.BooleanField(default=False)
    hidden = models.BooleanField(default=False)
    claimed = models.PositiveSmallIntegerField(
        default=0, help_text=gettext_lazy("Reviews assigned or done (continuous mode), claimed atomically."))
    submitted = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("peer submission")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner", "version"], name="ilelln_peer_sub_version"),
        ]
        indexes = [models.Index(fields=["block_key", "current", "group_key"], name="ilelln_peer_sub_group"),
                   models.Index(fields=["block_key", "current", "claimed"], name="ilelln_peer_sub_claim")]

    def __str__(self):
        return f"{self.learner} v{self.version} {self.block_key}"


class PeerReview(BlockRow):
    """A review assigned to a reviewer (a learner, or ``staff`` for the facilitator queue), then done."""

    ASSIGNED, DONE = "assigned", "done"

    submission = models.ForeignKey(PeerSubmission, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.CharField(max_length=64, help_text=gettext_lazy("Anonymous id, or 'staff'."))
    reviewer_name = models.CharField(max_length=150, blank=True, default="")
    status = models.CharField(max_length=10, default=ASSIGNED,
                              choices=[(ASSIGNED, gettext_lazy("Assigned")), (DONE, gettext_lazy("Done"))])
    rubric = models.ForeignKey(PeerRubric, null=True, blank=True, on_delete=models.PROTECT)
    parts = models.JSONField(default=dict)
    fraction = models.FloatField(null=True, blank=True)
    comment = models.TextField(blank=True, default="")
    lease_until = models.DateTimeField(null=True, blank=True)
    hidden = models.BooleanField(default=False)
    helpful = models.PositiveSmallIntegerField(null=True, blank=True)
    reply = models.TextField(blank=True, default="")
    assigned = models.DateTimeField(auto_now_add=True)
    done = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("peer review")
        constraints = [
            models.UniqueConstraint(fields=["submission", "reviewer"], name="ilelln_peer_review_once"),
            models.CheckConstraint(condition=models.Q(helpful__isnull=True)
                                   | (models.Q(helpful__gte=1) & models.Q(helpful__lte=5)),
                                   name="ilelln_peer_review_helpful_range"),
        ]
        indexes = [models.Index(fields=["block_key", "reviewer", "status"], name="ilelln_peer_review_todo")]

    def __str__(self):
        return f"{self.reviewer} -> {self.submission_id} {self.status}"


class PeerFlag(Flag):
    """A learner's report that a review or a submission is inappropriate, for the facilitator queue."""

    REVIEW, SUBMISSION = "review", "submission"

    kind = models.CharField(max_length=12, choices=[(REVIEW, gettext_lazy("Review")),
                                                    (SUBMISSION, gettext_lazy("Submission"))])
    target = models.PositiveIntegerField()

    class Meta:
        verbose_name = gettext_lazy("peer review flag")
        constraints = [
            models.UniqueConstraint(fields=["kind", "target", "flagger"], name="ilelln_peer_flag_once"),
        ]
        indexes = [models.Index(fields=["block_key", "resolved"], name="ilelln_peer_flag_queue")]

    def __str__(self):
        return f"{self.kind} {self.target} by {self.flagger}"


class PeerGrade(BlockRow):
    """A learner's peer grade, recomputed when a review of their work arrives; staff may override it."""

    learner = models.CharField(max_length=64)
    score = models.FloatField(null=True, blank=True)
    override_score = models.FloatField(null=True, blank=True)
    override_reason = models.TextField(blank=True, default="")
    overridden_by = models.CharField(max_length=150, blank=True, default="")
    published = models.BooleanField(default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("peer grade")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_peer_grade_once"),
            models.CheckConstraint(condition=models.Q(override_score__isnull=True)
                                   | (models.Q(override_score__gte=0) & models.Q(override_score__lte=1)),
                                   name="ilelln_peer_grade_override_fraction"),
        ]

    def __str__(self):
        return f"{self.learner} {self.block_key} {self.score}"
