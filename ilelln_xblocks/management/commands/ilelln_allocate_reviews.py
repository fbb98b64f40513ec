"""``manage.py lms ilelln_allocate_reviews``: allocate reviewers for every peer review whose submissions have closed.

Blocks also allocate by themselves on the first request after the close; this command lets
an operator run it from cron so reviewers see their work before anyone opens the block.
"""
from django.core.management.base import BaseCommand

from ...collaboration.peer_review import store as peer_store


class Command(BaseCommand):
    """Allocate reviewers for peer reviews past their submission close."""

    help = "Allocate reviewers for every ilelln peer review whose submission phase has closed."

    def handle(self, *args, **options):
        total = 0
        for block_key in peer_store.due_for_allocation():
            count = peer_store.allocate(block_key)
            total += count
            self.stdout.write(f"{block_key}: {count} reviews assigned")
        self.stdout.write(f"Done: {total} reviews assigned.")
