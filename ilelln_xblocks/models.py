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


class PeerRubric(models.Model):
    """One version of an activity's rubric; reviews keep the version they were made with."""

    block_key = models.CharField(max_length=255)
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


class PeerSubmission(models.Model):
    """One version of a learner's submitted work; only the ``current`` version is reviewed."""

    block_key = models.CharField(max_length=255)
    course_key = models.CharField(max_length=255)
    group_key = models.CharField(max_length=255, default="",
                                 help_text=gettext_lazy("The cohort or team whose members review each other."))
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    learner_name = models.CharField(max_length=150, blank=True, default="",
                                    help_text=gettext_lazy("Shown to course staff only."))
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


class PeerReview(models.Model):
    """A review assigned to a reviewer (a learner, or ``staff`` for the facilitator queue), then done."""

    ASSIGNED, DONE = "assigned", "done"

    block_key = models.CharField(max_length=255)
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


class PeerFlag(models.Model):
    """A learner's report that a review or a submission is inappropriate, for the facilitator queue."""

    REVIEW, SUBMISSION = "review", "submission"

    block_key = models.CharField(max_length=255)
    kind = models.CharField(max_length=12, choices=[(REVIEW, gettext_lazy("Review")),
                                                    (SUBMISSION, gettext_lazy("Submission"))])
    target = models.PositiveIntegerField()
    flagger = models.CharField(max_length=64)
    reason = models.TextField(blank=True, default="")
    resolved = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("peer review flag")
        constraints = [
            models.UniqueConstraint(fields=["kind", "target", "flagger"], name="ilelln_peer_flag_once"),
        ]
        indexes = [models.Index(fields=["block_key", "resolved"], name="ilelln_peer_flag_queue")]

    def __str__(self):
        return f"{self.kind} {self.target} by {self.flagger}"


class PeerGrade(models.Model):
    """A learner's peer grade, recomputed when a review of their work arrives; staff may override it."""

    block_key = models.CharField(max_length=255)
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


class Reflection(models.Model):
    """A learner's submitted reflection: one answer per prompt, evidence, and whether the cohort may read it.

    Private by default: only its author and course staff read it until the author shares it
    to the cohort gallery. ``answers`` keeps each prompt with its answer, so the text stays
    readable if the author of the course changes the prompts later.
    """

    course_key = models.CharField(max_length=255)
    block_key = models.CharField(max_length=255)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    learner_name = models.CharField(max_length=150, blank=True, default="",
                                    help_text=gettext_lazy("Username, shown to peers when the reflection is shared."))
    answers = models.JSONField(default=list, help_text=gettext_lazy("[{prompt, answer}], in the prompts' order."))
    links = models.JSONField(default=list)
    photo = models.CharField(max_length=255, blank=True, default="",
                             help_text=gettext_lazy("Name of the photo in Django's default storage."))
    photo_type = models.CharField(max_length=32, blank=True, default="")
    photo_size = models.PositiveIntegerField(default=0)
    shared = models.BooleanField(default=False)
    shared_at = models.DateTimeField(null=True, blank=True)
    submitted = models.DateTimeField()
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("reflection")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_reflection_block_learner"),
            models.CheckConstraint(condition=models.Q(shared=False) | models.Q(shared_at__isnull=False),
                                   name="ilelln_reflection_shared_has_date"),
        ]
        indexes = [models.Index(fields=["block_key", "shared", "shared_at"], name="ilelln_reflection_gallery")]

    def __str__(self):
        return f"{self.learner} {self.block_key} {'shared' if self.shared else 'private'}"


class ReflectionComment(models.Model):
    """A peer's comment on a shared reflection (plain text, escaped when shown).

    ``nonce`` is made by the browser for each comment it sends, so a retry on a weak
    connection cannot post the same comment twice.
    """

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="comments")
    block_key = models.CharField(max_length=255)
    author = models.CharField(max_length=64, help_text=gettext_lazy("The commenter's anonymous id."))
    author_name = models.CharField(max_length=150, blank=True, default="")
    nonce = models.CharField(max_length=64)
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("reflection comment")
        constraints = [
            models.UniqueConstraint(fields=["author", "nonce"], name="ilelln_reflection_comment_once"),
            models.CheckConstraint(condition=~models.Q(text=""), name="ilelln_reflection_comment_not_empty"),
        ]
        indexes = [models.Index(fields=["reflection", "created"], name="ilelln_reflection_thread")]

    def __str__(self):
        return f"{self.author} on {self.reflection_id}"


class ProjectTeam(models.Model):
    """A team of one team-project block: its charter and action plan, each with a version for optimistic locking.

    A save names the version it started from and is written with ``UPDATE ... WHERE
    version = n``, so two members editing at once never silently overwrite each other.
    ``member_count`` is changed only by conditional ``UPDATE``s, so parallel joins cannot
    overfill a team. ``external_id`` is the Open edX team id when the course uses teams.
    """

    course_key = models.CharField(max_length=255)
    block_key = models.CharField(max_length=255)
    name = models.CharField(max_length=100)
    external_id = models.CharField(max_length=255, blank=True, default="",
                                   help_text=gettext_lazy("The Open edX team id, when the course uses teams."))
    member_count = models.PositiveIntegerField(default=0)
    charter_roles = models.TextField(blank=True, default="")
    charter_agreements = models.TextField(blank=True, default="")
    charter_version = models.PositiveIntegerField(default=1)
    charter_by = models.CharField(max_length=150, blank=True, default="")
    plan_problem = models.TextField(blank=True, default="")
    plan_community = models.TextField(blank=True, default="")
    plan_partners = models.TextField(blank=True, default="")
    plan_activities = models.JSONField(default=list)
    plan_version = models.PositiveIntegerField(default=1)
    plan_by = models.CharField(max_length=150, blank=True, default="")
    showcase_summary = models.TextField(blank=True, default="")
    showcase_url = models.CharField(max_length=500, blank=True, default="")
    showcased = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("project team")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "name"], name="ilelln_team_block_name"),
            models.UniqueConstraint(fields=["block_key", "external_id"], condition=~models.Q(external_id=""),
                                    name="ilelln_team_block_external"),
            models.CheckConstraint(condition=models.Q(charter_version__gte=1) & models.Q(plan_version__gte=1),
                                   name="ilelln_team_versions_positive"),
        ]

    def __str__(self):
        return f"{self.name} ({self.block_key})"


class TeamMember(models.Model):
    """A learner's place in one team; a learner is in at most one team per block."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="members")
    block_key = models.CharField(max_length=255)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    learner_name = models.CharField(max_length=150, blank=True, default="")
    joined = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("team member")
        constraints = [models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_member_block_learner")]

    def __str__(self):
        return f"{self.learner} in {self.team_id}"


class TeamPoolEntry(models.Model):
    """A learner who asked the facilitator to place them in a team."""

    block_key = models.CharField(max_length=255)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    learner_name = models.CharField(max_length=150, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("learner waiting for a team")
        constraints = [models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_pool_block_learner")]

    def __str__(self):
        return f"{self.learner} waiting ({self.block_key})"


class TeamUpdate(models.Model):
    """A progress update posted by a team member, with an optional evidence link (http or https)."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="updates")
    author = models.CharField(max_length=64)
    author_name = models.CharField(max_length=150, blank=True, default="")
    text = models.TextField()
    evidence_url = models.CharField(max_length=500, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("team progress update")
        indexes = [models.Index(fields=["team", "created"], name="ilelln_update_team_recent")]

    def __str__(self):
        return f"{self.author} on {self.team_id}"


class ShowcaseComment(models.Model):
    """A peer's comment on a team's showcase."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="comments")
    author = models.CharField(max_length=64)
    author_name = models.CharField(max_length=150, blank=True, default="")
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("showcase comment")

    def __str__(self):
        return f"{self.author} on {self.team_id}"


class ShowcaseVote(models.Model):
    """A learner's one recognition vote in a block, for a team that is not their own."""

    block_key = models.CharField(max_length=255)
    voter = models.CharField(max_length=64)
    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="votes")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("showcase vote")
        constraints = [models.UniqueConstraint(fields=["block_key", "voter"], name="ilelln_vote_one_per_learner")]

    def __str__(self):
        return f"{self.voter} for {self.team_id}"


class ContributionRating(models.Model):
    """A team member's private rating (1 to 5) of a teammate's contribution; only staff see the averages."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="ratings")
    block_key = models.CharField(max_length=255)
    rater = models.CharField(max_length=64)
    ratee = models.CharField(max_length=64)
    score = models.PositiveSmallIntegerField()
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("contribution rating")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "rater", "ratee"], name="ilelln_contribution_once"),
            models.CheckConstraint(condition=models.Q(score__gte=1) & models.Q(score__lte=5),
                                   name="ilelln_contribution_range"),
            models.CheckConstraint(condition=~models.Q(rater=models.F("ratee")), name="ilelln_contribution_not_self"),
        ]

    def __str__(self):
        return f"{self.rater} rated {self.ratee} {self.score}"


class DiscussionParticipant(models.Model):
    """A learner's stable number on one board, so peers of an anonymous author see "Participant N".

    Numbers are claimed as the board's highest number plus one; the unique constraints make a
    concurrent claim of the same number fail, and the caller tries the next one.
    """

    block_key = models.CharField(max_length=255)
    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    number = models.PositiveIntegerField()

    class Meta:
        verbose_name = gettext_lazy("discussion participant")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_disc_participant_once"),
            models.UniqueConstraint(fields=["block_key", "number"], name="ilelln_disc_participant_number"),
        ]

    def __str__(self):
        return f"{self.block_key} #{self.number}"


class DiscussionPost(models.Model):
    """A thread (no parent) or a reply to one (two levels), on one board and in one group's copy of it.

    ``group_key`` is ``""`` for a course-wide board, ``cohort:<id>`` or ``team:<id>`` otherwise; every
    read filters on it, so one team never sees another's posts. Reaction and reply counts are kept
    with ``F()`` updates in the same transaction as the row they count.
    """

    block_key = models.CharField(max_length=255)
    course_key = models.CharField(max_length=255)
    group_key = models.CharField(max_length=255, default="", blank=True,
                                 help_text=gettext_lazy("The cohort or team whose board this post is on."))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies")
    author = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    author_name = models.CharField(max_length=150, blank=True, default="",
                                   help_text=gettext_lazy("Shown to course staff, and to peers unless anonymous."))
    participant = models.PositiveIntegerField(help_text=gettext_lazy("The author's number on this board."))
    anonymous = models.BooleanField(default=False)
    title = models.CharField(max_length=200, blank=True, default="")
    body = models.TextField(help_text=gettext_lazy("Sanitised rich text."))
    body_text = models.TextField(blank=True, default="", help_text=gettext_lazy("Plain text, for search."))
    tags = models.CharField(max_length=255, blank=True, default="",
                            help_text=gettext_lazy("Tags as ,a,b, so one LIKE finds a tag."))
    pinned = models.BooleanField(default=False)
    hidden = models.BooleanField(default=False)
    deleted = models.BooleanField(default=False)
    helpful_count = models.PositiveIntegerField(default=0)
    insightful_count = models.PositiveIntegerField(default=0)
    reply_count = models.PositiveIntegerField(default=0)
    created = models.DateTimeField()
    edited = models.DateTimeField(null=True, blank=True)
    # NULL, not "", for posts without one: NULLs never collide in the unique constraint below (a condition on the
    # constraint would do the same, but MySQL ignores conditional constraints).
    request_id = models.CharField(  # noqa: DJ001
        max_length=40, null=True, blank=True,
        help_text=gettext_lazy("The browser's id for the request that made the post, so a retry cannot repeat it."))

    class Meta:
        verbose_name = gettext_lazy("discussion post")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "author", "request_id"], name="ilelln_disc_post_once"),
        ]
        indexes = [
            # Keyset pages: newest first with pinned threads on top, and most helpful first.
            models.Index(fields=["block_key", "group_key", "parent", "pinned", "created", "id"],
                         name="ilelln_disc_newest"),
            models.Index(fields=["block_key", "group_key", "parent", "helpful_count", "id"],
                         name="ilelln_disc_helpful"),
            models.Index(fields=["block_key", "author"], name="ilelln_disc_author"),
        ]

    def __str__(self):
        return f"{self.block_key} #{self.pk} by {self.author}"


class DiscussionReaction(models.Model):
    """One learner's "helpful" or "insightful" on one post: at most one of each (toggled on and off)."""

    HELPFUL, INSIGHTFUL = "helpful", "insightful"

    post = models.ForeignKey(DiscussionPost, on_delete=models.CASCADE, related_name="reactions")
    learner = models.CharField(max_length=64)
    kind = models.CharField(max_length=12, choices=[(HELPFUL, gettext_lazy("Helpful")),
                                                    (INSIGHTFUL, gettext_lazy("Insightful"))])
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("discussion reaction")
        constraints = [
            models.UniqueConstraint(fields=["post", "learner", "kind"], name="ilelln_disc_reaction_once"),
        ]
        indexes = [models.Index(fields=["learner", "post"], name="ilelln_disc_reaction_mine")]

    def __str__(self):
        return f"{self.learner} {self.kind} {self.post_id}"


class DiscussionFlag(models.Model):
    """A learner's report that a post is inappropriate, waiting in the facilitator queue until resolved."""

    block_key = models.CharField(max_length=255)
    post = models.ForeignKey(DiscussionPost, on_delete=models.CASCADE, related_name="flags")
    flagger = models.CharField(max_length=64)
    reason = models.TextField(blank=True, default="")
    resolved = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("discussion flag")
        constraints = [
            models.UniqueConstraint(fields=["post", "flagger"], name="ilelln_disc_flag_once"),
        ]
        indexes = [models.Index(fields=["block_key", "resolved", "created"], name="ilelln_disc_flag_queue")]

    def __str__(self):
        return f"{self.post_id} by {self.flagger}"


from .reminders.models import ReminderOptOut, ReminderSent  # noqa: E402,F401  (registered under this app)
