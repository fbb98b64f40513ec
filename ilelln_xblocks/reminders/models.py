"""The reminder tables: each learner's opt-out per course, and the log that stops a reminder going out twice.

Imported by ``ilelln_xblocks/models/__init__.py`` so Django registers them under the ``ilelln_xblocks`` app label.
"""
from django.db import models
from django.utils.translation import gettext_lazy


class ReminderOptOut(models.Model):
    """A learner who asked for no more reminder e-mails from one course (from the link in any reminder)."""

    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    course_key = models.CharField(max_length=255)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "ilelln_xblocks"
        verbose_name = gettext_lazy("reminder opt-out")
        constraints = [models.UniqueConstraint(fields=["learner", "course_key"], name="ilelln_reminder_optout_once")]
        indexes = [models.Index(fields=["course_key"], name="ilelln_reminder_optout_course")]

    def __str__(self):
        return f"{self.learner} opted out of {self.course_key}"


class ReminderSent(models.Model):
    """One reminder occurrence, claimed by one sweep before it is sent.

    The unique (learner, activity, kind, occurrence) row is inserted *before* the e-mail goes out, with
    INSERT ... IGNORE, and carries the claiming sweep's token: a sweep sends only the rows that carry its own
    token, so two overlapping sweeps can never both send the same reminder. ``occurrence`` is what the
    reminder is about: the review deadline for reviews owed, else the id of the review, reply or team update.
    """

    REVIEWS_DUE, FEEDBACK, REPLY, TEAM_UPDATE = "reviews_due", "feedback", "reply", "team_update"
    KINDS = [(REVIEWS_DUE, gettext_lazy("Reviews owed")), (FEEDBACK, gettext_lazy("Feedback received")),
             (REPLY, gettext_lazy("Reply to a post")), (TEAM_UPDATE, gettext_lazy("Team update"))]
    CLAIMED, SENT, NO_ADDRESS, FAILED = "claimed", "sent", "no_address", "failed"
    STATUSES = [(CLAIMED, gettext_lazy("Claimed")), (SENT, gettext_lazy("Sent")),
                (NO_ADDRESS, gettext_lazy("No e-mail address")), (FAILED, gettext_lazy("Failed"))]

    learner = models.CharField(max_length=64, help_text=gettext_lazy("The learner's anonymous id."))
    course_key = models.CharField(max_length=255)
    block_key = models.CharField(max_length=255)
    kind = models.CharField(max_length=16, choices=KINDS)
    occurrence = models.CharField(max_length=64)
    sweep = models.CharField(max_length=32, help_text=gettext_lazy("The token of the sweep that claimed it."))
    status = models.CharField(max_length=12, choices=STATUSES, default=CLAIMED)
    created = models.DateTimeField()

    class Meta:
        app_label = "ilelln_xblocks"
        verbose_name = gettext_lazy("reminder sent")
        verbose_name_plural = gettext_lazy("reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["learner", "block_key", "kind", "occurrence"],
                                    name="ilelln_reminder_once"),
        ]
        indexes = [models.Index(fields=["sweep"], name="ilelln_reminder_sweep"),
                   models.Index(fields=["kind", "created"], name="ilelln_reminder_recent")]

    def __str__(self):
        return f"{self.kind} {self.occurrence} to {self.learner} ({self.status})"
