"""Data that outlives one learner's block state and is read across blocks or learners: one module per block.

Every model is re-exported here, so ``from ilelln_xblocks.models import X`` names any of them, and Django
finds them all under the ``ilelln_xblocks`` app label (the label comes from the package, not the module).
"""
from ..reminders.models import ReminderOptOut, ReminderSent  # registered under this app
from .competency_check import CompetencyRating
from .discussion import DiscussionFlag, DiscussionParticipant, DiscussionPost, DiscussionReaction
from .peer_review import PeerActivity, PeerFlag, PeerGrade, PeerReview, PeerRubric, PeerSubmission
from .progress import ActivityProgress
from .reflection import Reflection, ReflectionComment
from .speaking import Recording
from .team_project import (
    ContributionRating,
    ProjectTeam,
    ShowcaseComment,
    ShowcaseVote,
    TeamMember,
    TeamPoolEntry,
    TeamUpdate,
)
from .writing import WritingSubmission

__all__ = [
    "ActivityProgress", "CompetencyRating", "ContributionRating", "DiscussionFlag", "DiscussionParticipant",
    "DiscussionPost", "DiscussionReaction", "PeerActivity", "PeerFlag", "PeerGrade", "PeerReview", "PeerRubric",
    "PeerSubmission", "ProjectTeam", "Recording", "Reflection", "ReflectionComment", "ReminderOptOut",
    "ReminderSent", "ShowcaseComment", "ShowcaseVote", "TeamMember", "TeamPoolEntry", "TeamUpdate",
    "WritingSubmission",
]
