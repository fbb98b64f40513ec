"""``manage.py lms ilelln_sweep``: one sweep (allocation at closed peer reviews, then the reminders due), for cron.

The LMS's Celery worker runs the same sweep by itself every ``ILELLN_SCHEDULER['INTERVAL_SECONDS']`` when
``ILELLN_SCHEDULER['ENABLED']`` is on; this command is for operators who prefer cron. It takes the same cache
lock, so it never overlaps a sweep on the worker, and sends no reminder the worker already sent.
"""
from django.core.management.base import BaseCommand

from ...reminders import sweep


class Command(BaseCommand):
    """Run one locked sweep and print what it did."""

    help = "Allocate reviewers where submissions have closed and send the ilelln reminders that are due."

    def handle(self, *args, **options):
        result = sweep.run_locked()
        if not result.ran:
            self.stdout.write("Another sweep is running; nothing done.")
            return
        self.stdout.write(f"{result.allocated} reviews assigned, {result.emails_sent} reminder e-mails sent "
                          f"({result.no_address} learners without an address, {result.failed} failed).")
