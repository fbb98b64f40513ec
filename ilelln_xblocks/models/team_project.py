"""Team projects: teams with their charter and plan, members, updates, the showcase and ratings."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import BlockRow, Comment, LearnerRow


class ProjectTeam(BlockRow):
    """A team of one team-project block: its charter and action plan, each with a version for optimistic locking.

    A save names the version it started from and is written with ``UPDATE ... WHERE
    version = n``, so two members editing at once never silently overwrite each other.
    ``member_count`` is changed only by conditional ``UPDATE``s, so parallel joins cannot
    overfill a team. ``external_id`` is the Open edX team id when the course uses teams.
    """

    course_key = models.CharField(max_length=255)
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


class TeamMember(LearnerRow):
    """A learner's place in one team; a learner is in at most one team per block."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="members")
    learner_name = models.CharField(max_length=150, blank=True, default="")
    joined = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("team member")
        constraints = [models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_member_block_learner")]

    def __str__(self):
        return f"{self.learner} in {self.team_id}"


class TeamPoolEntry(LearnerRow):
    """A learner who asked the facilitator to place them in a team."""

    learner_name = models.CharField(max_length=150, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("learner waiting for a team")
        constraints = [models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_pool_block_learner")]

    def __str__(self):
        return f"{self.learner} waiting ({self.block_key})"


class TeamUpdate(Comment):
    """A progress update posted by a team member, with an optional evidence link (http or https)."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="updates")
    evidence_url = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        verbose_name = gettext_lazy("team progress update")
        indexes = [models.Index(fields=["team", "created"], name="ilelln_update_team_recent")]

    def __str__(self):
        return f"{self.author} on {self.team_id}"


class ShowcaseComment(Comment):
    """A peer's comment on a team's showcase."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="comments")

    class Meta:
        verbose_name = gettext_lazy("showcase comment")

    def __str__(self):
        return f"{self.author} on {self.team_id}"


class ShowcaseVote(BlockRow):
    """A learner's one recognition vote in a block, for a team that is not their own."""

    voter = models.CharField(max_length=64)
    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="votes")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("showcase vote")
        constraints = [models.UniqueConstraint(fields=["block_key", "voter"], name="ilelln_vote_one_per_learner")]

    def __str__(self):
        return f"{self.voter} for {self.team_id}"


class ContributionRating(BlockRow):
    """A team member's private rating (1 to 5) of a teammate's contribution; only staff see the averages."""

    team = models.ForeignKey(ProjectTeam, on_delete=models.CASCADE, related_name="ratings")
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
