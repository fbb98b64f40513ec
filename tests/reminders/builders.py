"""Test data for the reminders: learners with accounts, and the activity rows each kind of reminder reads."""
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from ilelln_xblocks.models import (
    DiscussionPost,
    PeerActivity,
    PeerReview,
    PeerSubmission,
    ProjectTeam,
    TeamMember,
    TeamUpdate,
)

COURSE = "course-v1:ILELLN+LEAD+2026"
PEER = "block-v1:ILELLN+LEAD+2026+type@ilelln_peer_review+block@proposal"
BOARD = "block-v1:ILELLN+LEAD+2026+type@ilelln_discussion+block@board"
PROJECT = "block-v1:ILELLN+LEAD+2026+type@ilelln_team_project+block@capstone"
SCHEDULER = {"ENABLED": True, "INTERVAL_SECONDS": 900, "REMINDERS_ENABLED": True, "REVIEWS_DUE_WITHIN_HOURS": 48,
             "LOCK_TIMEOUT_SECONDS": 600}


def learners(*names):
    """Django users whose usernames are the workbench learner ids (the compat layer's workbench fallback)."""
    get_user_model().objects.bulk_create([get_user_model()(username=name, email=f"{name}@example.org")
                                          for name in names])


def owed_reviews(reviewers, authors=None, due_in=timedelta(hours=10), block_key=PEER):
    """An allocated peer review whose deadline is ``due_in`` away, each reviewer owing one review."""
    now = timezone.now()
    PeerActivity.objects.create(block_key=block_key, course_key=COURSE, allocated_at=now - timedelta(days=1),
                                submission_due=now - timedelta(days=1), review_due=now + due_in)
    authors = authors or [f"author-{n}" for n in range(len(reviewers))]
    submissions = PeerSubmission.objects.bulk_create([PeerSubmission(block_key=block_key, course_key=COURSE,
                                                                     learner=a, text="x") for a in authors])
    PeerReview.objects.bulk_create([PeerReview(block_key=block_key, submission=s, reviewer=r)
                                    for s, r in zip(submissions, reviewers, strict=True)])


def done_review(author, reviewer="reviewer-x", block_key=PEER):
    """A review done just now on ``author``'s current work."""
    submission, _created = PeerSubmission.objects.get_or_create(block_key=block_key, course_key=COURSE,
                                                                learner=author, defaults={"text": "x"})
    return PeerReview.objects.create(block_key=block_key, submission=submission, reviewer=reviewer,
                                     status=PeerReview.DONE, done=timezone.now())


def reply(thread_author, replier):
    """A thread by ``thread_author`` with a reply by ``replier``; returns the reply."""
    now = timezone.now()
    thread = DiscussionPost.objects.create(block_key=BOARD, course_key=COURSE, author=thread_author, participant=1,
                                           body="<p>t</p>", created=now)
    return DiscussionPost.objects.create(block_key=BOARD, course_key=COURSE, author=replier, participant=2,
                                         parent=thread, body="<p>r</p>", created=now)


def team_update(author, *teammates):
    """A team of ``author`` and ``teammates`` and a progress update posted by ``author``."""
    team = ProjectTeam.objects.create(course_key=COURSE, block_key=PROJECT, name="Makers")
    TeamMember.objects.bulk_create([TeamMember(team=team, block_key=PROJECT, learner=learner)
                                    for learner in (author, *teammates)])
    return TeamUpdate.objects.create(team=team, author=author, text="We ran the first workshop.")
