"""Which reminders are due now: four kinds, each read with a fixed number of queries whatever the cohort's size.

- reviews owed: assigned reviews not done, in phased peer reviews whose review deadline is within
  ``REVIEWS_DUE_WITHIN_HOURS`` (one reminder per reviewer and deadline);
- feedback received: a review done on your current work (one per review);
- a reply to your discussion thread by someone else (one per reply);
- a team update posted by a teammate in your team project (one per update and member).

Events older than the look-back window are left alone (a reminder days late helps no one). What a learner opted
out of, or was already sent, is dropped here with two bounded queries, and the unique row claimed before sending
(``sweep.claim``) settles any race with an overlapping sweep.
"""
from collections import namedtuple
from datetime import timedelta

from django.db.models import F

from ..collaboration.peer_review import logic as peer_logic
from .models import ReminderOptOut, ReminderSent

Candidate = namedtuple("Candidate", "learner course_key block_key kind occurrence")


def look_back(interval_seconds):
    """How far back events may be and still get a reminder: three sweeps' worth, at least a day."""
    return max(timedelta(seconds=3 * interval_seconds), timedelta(days=1))


def reviews_due(now, within_hours):
    """Reviewers with assigned reviews in activities whose review deadline falls in the next ``within_hours``."""
    from ..models import PeerActivity, PeerReview  # pylint: disable=import-outside-toplevel
    activities = dict(
        (block_key, (course_key, due)) for block_key, course_key, due in PeerActivity.objects.filter(
            continuous=False, allocated_at__isnull=False, review_due__gt=now,
            review_due__lte=now + timedelta(hours=within_hours),
        ).values_list("block_key", "course_key", "review_due"))
    if not activities:
        return []
    rows = PeerReview.objects.filter(block_key__in=list(activities), status=PeerReview.ASSIGNED).exclude(
        reviewer=peer_logic.STAFF).values_list("block_key", "reviewer").distinct()
    return [Candidate(reviewer, activities[block_key][0], block_key, ReminderSent.REVIEWS_DUE,
                      activities[block_key][1].isoformat()) for block_key, reviewer in rows]


def feedback(since):
    """Authors whose current work received a visible review since ``since``."""
    from ..models import PeerReview  # pylint: disable=import-outside-toplevel
    rows = PeerReview.objects.filter(status=PeerReview.DONE, hidden=False, done__gte=since,
                                     submission__current=True).values_list(
        "submission__learner", "submission__course_key", "block_key", "id")
    return [Candidate(learner, course, block, ReminderSent.FEEDBACK, str(review_id))
            for learner, course, block, review_id in rows]


def replies(since):
    """Thread authors who got a reply from someone else since ``since``."""
    from ..models import DiscussionPost  # pylint: disable=import-outside-toplevel
    rows = DiscussionPost.objects.filter(
        parent__isnull=False, created__gte=since, deleted=False, hidden=False,
        parent__deleted=False).exclude(author=F("parent__author")).values_list(
        "parent__author", "course_key", "block_key", "id")
    return [Candidate(author, course, block, ReminderSent.REPLY, str(post_id))
            for author, course, block, post_id in rows]


def team_updates(since):
    """The other members of a team that posted a progress update since ``since`` (two queries)."""
    from ..models import TeamMember, TeamUpdate  # pylint: disable=import-outside-toplevel
    updates = list(TeamUpdate.objects.filter(created__gte=since).values_list(
        "id", "team_id", "author", "team__course_key", "team__block_key"))
    if not updates:
        return []
    members = {}
    for team_id, learner in TeamMember.objects.filter(team_id__in={row[1] for row in updates}).values_list(
            "team_id", "learner"):
        members.setdefault(team_id, []).append(learner)
    return [Candidate(learner, course, block, ReminderSent.TEAM_UPDATE, str(update_id))
            for update_id, team_id, author, course, block in updates
            for learner in members.get(team_id, ()) if learner != author]


def due(now, within_hours, interval_seconds):
    """Every reminder due now that is not opted out of or already sent."""
    since = now - look_back(interval_seconds)
    candidates = [*reviews_due(now, within_hours), *feedback(since), *replies(since), *team_updates(since)]
    if not candidates:
        return []
    # Rows sent for events in the window were created after ``since``; reviews-owed rows at most
    # ``within_hours`` before their deadline, which is still ahead.
    oldest = min(since, now - timedelta(hours=within_hours))
    sent = set(ReminderSent.objects.filter(created__gte=oldest).values_list(
        "learner", "block_key", "kind", "occurrence").iterator(chunk_size=10000))
    opted_out = set(ReminderOptOut.objects.filter(
        course_key__in={candidate.course_key for candidate in candidates}).values_list("learner", "course_key"))
    return [candidate for candidate in candidates
            if (candidate.learner, candidate.course_key) not in opted_out
            and (candidate.learner, candidate.block_key, candidate.kind, candidate.occurrence) not in sent]
