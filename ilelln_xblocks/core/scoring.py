"""XBlock's scoring contract for the blocks that grade a learner's own answers.

The LMS's grades app reads a block's score through ``ScorableXBlockMixin`` (``get_score``), and
the instructor dashboard's "rescore" calls ``rescore(only_if_higher)`` on each learner's bound
block (openedx-platform lms/djangoapps/instructor_task/tasks_helper/module_state.py). A block
keeps the share of its points it awards in one ``Scope.user_state`` field; this mixin maps that
share to XBlock's ``Score`` and back.
"""
from xblock.completable import CompletableXBlockMixin
from xblock.scorable import ScorableXBlockMixin, Score

from .i18n import _


def fraction_of(score):
    """``score`` as a share of its points (0 when nothing is possible)."""
    return score.raw_earned / score.raw_possible if score.raw_possible else 0.0


class IlellnScorableMixin(ScorableXBlockMixin):
    """Scores kept as a share of the block's ``weight``, recalculated from the learner's saved answers.

    A block sets ``score_field`` (the user_state Float with the kept share), ``attempts_field``,
    ``keeps_best`` (a better attempt only raises the score; published with ``only_if_higher``) and
    overrides ``recalculate_fraction()`` to re-check saved answers against the current content.
    """

    score_field = "best_score"
    attempts_field = "attempts"
    keeps_best = True

    def max_score(self):
        """The points this activity is worth."""
        return self.weight

    def has_submitted_answer(self):
        """Whether the learner has been scored at least once."""
        return bool(getattr(self, self.attempts_field, 0))

    def get_score(self):
        """The kept score, without recalculating anything."""
        possible = float(self.max_score() or 0.0)
        return Score(raw_earned=getattr(self, self.score_field) * possible, raw_possible=possible)

    def set_score(self, score):
        """Keep ``score`` as this learner's share of the points."""
        setattr(self, self.score_field, max(0.0, min(fraction_of(score), 1.0)))

    def recalculate_fraction(self):
        """The share the saved answers earn against the current content; by default the kept share."""
        return getattr(self, self.score_field)

    def calculate_score(self):
        """A new score from the saved answers (does not change the block)."""
        possible = float(self.max_score() or 0.0)
        return Score(raw_earned=self.recalculate_fraction() * possible, raw_possible=possible)

    def rescore(self, only_if_higher):
        """Recalculate, keep and publish the score, following ``ScorableXBlockMixin.rescore``'s contract.

        XBlock's own ``rescore`` publishes the new score but keeps the old one in the block, and looks
        its error text up through ``ugettext``, which Django 4+ no longer has; the errors here are the
        same (TypeError, ValueError) in the learner's language.
        """
        if not self.allows_rescore():
            raise TypeError(self.gettext(_("This activity cannot be rescored.")))
        if not self.has_submitted_answer():
            raise ValueError(self.gettext(_("This learner has not answered yet, so there is nothing to rescore.")))
        self.publish_grade(*self.calculate_score(), only_if_higher=only_if_higher)

    def _publish_grade(self, score, only_if_higher=None):
        """Keep ``score`` (unless it is lower and only a higher one counts), then publish the grade event."""
        if not (only_if_higher and fraction_of(score) < fraction_of(self.get_score())):
            self.set_score(score)
        super()._publish_grade(score, only_if_higher)


class ScoredActivityMixin(IlellnScorableMixin, CompletableXBlockMixin):
    """An activity that grades the learner and that they complete by its own rule, not on view or on a first score."""
