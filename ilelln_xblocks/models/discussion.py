"""Discussion boards: participants' numbers, posts and replies, reactions and flags."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import ANONYMOUS_ID, BlockRow, Flag, LearnerRow


class DiscussionParticipant(LearnerRow):
    """A learner's stable number on one board, so peers of an anonymous author see "Participant N".

    Numbers are claimed as the board's highest number plus one; the unique constraints make a
    concurrent claim of the same number fail, and the caller tries the next one.
    """

    number = models.PositiveIntegerField()

    class Meta:
        verbose_name = gettext_lazy("discussion participant")
        constraints = [
            models.UniqueConstraint(fields=["block_key", "learner"], name="ilelln_disc_participant_once"),
            models.UniqueConstraint(fields=["block_key", "number"], name="ilelln_disc_participant_number"),
        ]

    def __str__(self):
        return f"{self.block_key} #{self.number}"


class DiscussionPost(BlockRow):
    """A thread (no parent) or a reply to one (two levels), on one board and in one group's copy of it.

    ``group_key`` is ``""`` for a course-wide board, ``cohort:<id>`` or ``team:<id>`` otherwise; every
    read filters on it, so one team never sees another's posts. Reaction and reply counts are kept
    with ``F()`` updates in the same transaction as the row they count.
    """

    course_key = models.CharField(max_length=255)
    group_key = models.CharField(max_length=255, default="", blank=True,
                                 help_text=gettext_lazy("The cohort or team whose board this post is on."))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies")
    author = models.CharField(max_length=64, help_text=ANONYMOUS_ID)
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


class DiscussionFlag(Flag):
    """A learner's report that a post is inappropriate, waiting in the facilitator queue until resolved."""

    post = models.ForeignKey(DiscussionPost, on_delete=models.CASCADE, related_name="flags")

    class Meta:
        verbose_name = gettext_lazy("discussion flag")
        constraints = [
            models.UniqueConstraint(fields=["post", "flagger"], name="ilelln_disc_flag_once"),
        ]
        indexes = [models.Index(fields=["block_key", "resolved", "created"], name="ilelln_disc_flag_queue")]

    def __str__(self):
        return f"{self.post_id} by {self.flagger}"
