"""Abstract bases for the columns most tables share: the block, the learner, an author's text, a flag.

Abstract models add no table; a model inheriting from one gets the same columns as if it declared
them itself (Django's "abstract base classes", docs/topics/db/models.txt), so the schema is unchanged.
A model whose column differs (a help text, an index) redeclares that field.
"""
from django.db import models
from django.utils.translation import gettext_lazy

ANONYMOUS_ID = gettext_lazy("The learner's anonymous id.")


class BlockRow(models.Model):
    """A row that belongs to one block: ``block_key`` is its usage id as text."""

    block_key = models.CharField(max_length=255)

    class Meta:
        abstract = True


class LearnerRow(BlockRow):
    """One learner's row in one block."""

    learner = models.CharField(max_length=64, help_text=ANONYMOUS_ID)

    class Meta:
        abstract = True


class LearnerRecord(LearnerRow):
    """A learner's work in one block of one course, with the name course staff see beside it."""

    course_key = models.CharField(max_length=255)
    learner_name = models.CharField(max_length=150, blank=True, default="",
                                    help_text=gettext_lazy("Shown to course staff only."))

    class Meta:
        abstract = True


class Comment(models.Model):
    """A short plain text by one author (escaped when shown)."""

    author = models.CharField(max_length=64)
    author_name = models.CharField(max_length=150, blank=True, default="")
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Flag(BlockRow):
    """A learner's report that something is inappropriate, waiting in the facilitator queue until resolved."""

    flagger = models.CharField(max_length=64)
    reason = models.TextField(blank=True, default="")
    resolved = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
