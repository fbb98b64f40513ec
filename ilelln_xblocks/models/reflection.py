"""Reflections and the comments peers leave on the shared ones."""
from django.db import models
from django.utils.translation import gettext_lazy

from .base import Comment, LearnerRecord


class Reflection(LearnerRecord):
    """A learner's submitted reflection: one answer per prompt, evidence, and whether the cohort may read it.

    Private by default: only its author and course staff read it until the author shares it
    to the cohort gallery. ``answers`` keeps each prompt with its answer, so the text stays
    readable if the author of the course changes the prompts later.
    """

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


class ReflectionComment(Comment):
    """A peer's comment on a shared reflection (plain text, escaped when shown).

    ``nonce`` is made by the browser for each comment it sends, so a retry on a weak
    connection cannot post the same comment twice.
    """

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="comments")
    block_key = models.CharField(max_length=255)
    author = models.CharField(max_length=64, help_text=gettext_lazy("The commenter's anonymous id."))
    nonce = models.CharField(max_length=64)

    class Meta:
        verbose_name = gettext_lazy("reflection comment")
        constraints = [
            models.UniqueConstraint(fields=["author", "nonce"], name="ilelln_reflection_comment_once"),
            models.CheckConstraint(condition=~models.Q(text=""), name="ilelln_reflection_comment_not_empty"),
        ]
        indexes = [models.Index(fields=["reflection", "created"], name="ilelln_reflection_thread")]

    def __str__(self):
        return f"{self.author} on {self.reflection_id}"
