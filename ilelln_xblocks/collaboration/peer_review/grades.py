"""Peer grades: recomputed when a review arrives, kept on the learner's grade row, published through one channel."""
from xblock.scorable import Score

from ...core import grading, keys, progress
from ...core.i18n import _
from . import store


def final_score(row):
    """A grade row's score (0 to 1): the facilitator's override wins; None while the reviews are not all in."""
    if row is None:
        return None
    return row.override_score if row.override_score is not None else row.score


class PeerGradesMixin:
    """Grade refresh and publishing, and XBlock's scoring contract (xblock/scorable.py) over the grade rows.

    Goes before ``ScoredActivityMixin`` in the block's bases: a peer grade depends on other
    learners' reviews, so it lives on a ``PeerGrade`` row, not in the learner's fields.
    """

    def _weights(self):
        return (max(self.weight_received, 0), max(self.weight_given, 0))

    def _refresh_grade(self, learner):
        """Recompute ``learner``'s grade and publish it at once."""
        row = store.refresh_grade(self.block_key, learner, self.continuous, self.k, self._weights())
        if row is not None:
            self._publish(row)

    def _publish(self, row):
        """Send ``row``'s grade through one channel: the submissions API wherever the LMS has it.

        The grades app reads a block's submissions-API score before any grade event
        (openedx-platform lms/djangoapps/grades/scores.py ``get_score``), so once one peer grade went
        that way a later grade event would be ignored: every peer grade, the requester's own
        included, goes through it, as ORA2 does. Without the app (the plain workbench) the grade is
        an event for the requesting learner and waits for everyone else's next visit.
        """
        final = final_score(row)
        if final is None or row.published:
            return
        if grading.set_score_for(self, row.learner, final, keys.course_key_of(self)):
            progress.record(self, row.learner, score=final)
        elif row.learner == self.identity.anonymous_id:
            self.publish_grade(final * self.weight, self.weight, only_if_higher=False)
        else:
            progress.record(self, row.learner, score=final)
            return
        store.mark_published(row.pk)

    @staticmethod
    def _grade_percent(grade):
        final = final_score(grade)
        return None if final is None else round(100 * final)

    def _grade_row(self):
        learner = self.identity.anonymous_id
        return store.grade_of(self.block_key, learner) if learner else None

    def has_submitted_answer(self):
        """Whether the learner has a grade to rescore."""
        return self._grade_row() is not None

    def get_score(self):
        """The learner's kept grade (a facilitator's override wins)."""
        return Score(raw_earned=(final_score(self._grade_row()) or 0.0) * self.weight,
                     raw_possible=float(self.weight))

    def set_score(self, score):
        """Grades are kept on the learner's grade row by ``_refresh_grade``."""

    def calculate_score(self):
        """The grade recomputed from the reviews now on record."""
        learner = self.identity.anonymous_id
        fraction = store.compute_grade(self.block_key, learner, self.continuous, self.k, self._weights())
        return Score(raw_earned=(fraction or 0.0) * self.weight, raw_possible=float(self.weight))

    def rescore(self, only_if_higher):
        """Recompute the grade from the reviews and publish it through the submissions API (or an event)."""
        if not self.has_submitted_answer():
            raise ValueError(self.gettext(_("This learner has not answered yet, so there is nothing to rescore.")))
        if only_if_higher and self.calculate_score().raw_earned <= self.get_score().raw_earned:
            return
        self._refresh_grade(self.identity.anonymous_id)  # recomputed and stored under the submission's lock
