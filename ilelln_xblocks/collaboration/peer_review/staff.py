"""The facilitator's side of peer review: the cohort view, the rubric chart, flags, and the staff handlers."""
from datetime import datetime

from ...core import compat, keys, progress
from ...core.export import csv_response
from ...core.handlers import HandlerError, json_handler, raw_handler
from ...core.i18n import _
from ...core.rendering import render_template
from ...core.sanitize import plain_text
from . import forms as inputs
from . import logic, store


class PeerStaffMixin:
    """Moderation, allocation, reassignment, grade overrides and the CSV export, with the view they act on.

    Like ORA2's ``staff_area_mixin.py``: the block composes it, and reads and writes go
    through ``store``.
    """

    def _staff_context(self):
        """The cohort's status, the facilitator queue, open flags and the rubric's distribution (fixed queries)."""
        key = self.block_key
        cohort = store.staff_rows(key)
        flags = store.flag_rows(key)
        flag_counts = {}
        for flag, _target in flags:
            flag_counts[(flag.kind, flag.target)] = flag_counts.get((flag.kind, flag.target), 0) + 1
        names = {row.learner: row.learner_name or row.learner for row in cohort.submissions}
        learners = []
        for row in cohort.submissions:
            mine = cohort.given.get(row.learner, {})
            theirs = cohort.received.get(row.id, {})
            learners.append({"row": row, "given": f"{mine.get('done', 0)}/{mine.get('assigned', 0)}",
                             "owes": mine.get("assigned", 0) - mine.get("done", 0),
                             "medians": logic.criterion_medians(cohort.done_parts.get(row.id, [])),
                             "received": f"{theirs.get('done', 0)}/{theirs.get('assigned', 0)}",
                             "grade": self._grade_percent(cohort.grades.get(row.learner)),
                             "grade_row": cohort.grades.get(row.learner),
                             "flags": flag_counts.get(("submission", row.id), 0)})
        return {"learners": learners, "names": names, "owing": sum(1 for item in learners if item["owes"]),
                "not_submitted": self._not_submitted({row.learner for row in cohort.submissions}),
                "pending": [{"review": review, "author": names.get(review.submission.learner, "?"),
                             "reviewer": names.get(review.reviewer, review.reviewer)} for review in cohort.pending],
                "flags": self._flag_rows(flags),
                "chart": self._distribution(cohort.done_parts),
                "export_url": self.runtime.handler_url(self, "export"),
                "allocated": not self.continuous and store.is_allocated(key)}

    def _not_submitted(self, submitted):
        """Learners of the course with no submission here: those with a draft first, then those not started here,
        each by name (two queries whatever the cohort: the course's progress records and the names).

        The course's learners are those the package has seen start or complete any activity in it
        (``progress.course_learners``): an XBlock in the LMS has no enrollment API.
        """
        roster = progress.course_learners(keys.course_key_of(self), self.block_key)
        waiting = {learner: draft for learner, draft in roster.items()
                   if learner not in submitted and learner != self.identity.anonymous_id}
        names = compat.usernames(self, waiting) if waiting else {}
        rows = [{"learner": learner, "name": names.get(learner) or learner, "draft": draft}
                for learner, draft in waiting.items()]
        return sorted(rows, key=lambda row: (not row["draft"], row["name"].casefold(), row["learner"]))

    @staticmethod
    def _flag_rows(flags):
        """Each open flag with the start of the text it names."""
        return [{"flag": flag, "hidden": target.hidden,
                 "text": (target.comment if flag.kind == type(flag).REVIEW else plain_text(target.text))[:400]}
                for flag, target in flags]

    def _distribution(self, done_parts):
        """Per criterion of the current rubric: how many reviews chose each level, and the most (the bars' scale)."""
        chart = []
        for criterion in self.criteria():
            counts = [0] * len(criterion.levels)
            for parts in (parts for every in done_parts.values() for parts in every):
                part = parts.get(criterion.key)
                if part and 0 <= part["level"] < len(counts):
                    counts[part["level"]] += 1
            top = max(counts) or 1
            chart.append({"criterion": criterion, "top": top,
                          "levels": [{"label": level.label, "count": count}
                                     for level, count in zip(criterion.levels, counts, strict=True)]})
        return chart

    @json_handler(form=inputs.ModerateForm, staff_only=True)
    def moderate(self, data, suffix=""):  # pylint: disable=unused-argument
        """Hide or restore a review or submission, and close its flags; a hidden review leaves the grade."""
        target = store.target(self.block_key, data["kind"], data["id"])
        if target is None:
            raise HandlerError(_("Nothing to moderate here."), status=404)
        store.moderate(data["kind"], target, data["hidden"])
        if data["kind"] == "review":
            self._refresh_grade(target.submission.learner)
        return self._changed(_("Hidden from learners.") if data["hidden"] else _("Restored."))

    @json_handler(staff_only=True)
    def allocate(self, data, suffix=""):  # pylint: disable=unused-argument
        """Close submissions now and allocate reviewers (also done by itself at the close, and by a command)."""
        if self.continuous:
            raise HandlerError(_("Continuous mode has no allocation: reviewers ask for work."), status=409)
        self._activity()
        count = store.allocate(self.block_key)
        if not count and store.is_allocated(self.block_key):
            return self._changed(_("Reviewers were already allocated."), assigned=0)
        return self._changed(self.ngettext("Reviewers allocated: %(count)s review.",  # translated already: kept
                                           "Reviewers allocated: %(count)s reviews.", count) % {"count": count},
                             assigned=count)

    @json_handler(form=inputs.ReassignForm, staff_only=True)
    def reassign(self, data, suffix=""):  # pylint: disable=unused-argument
        """Give a pending review to another learner of the group, or to the facilitator queue."""
        review = store.review(self.block_key, data["review"], assigned=True)
        if review is None:
            raise HandlerError(_("That review is done or does not exist."), status=404)
        new = data["reviewer"]
        if new != logic.STAFF:
            if new == review.submission.learner:
                raise HandlerError(_("Learners cannot review their own work."))
            if not store.has_submitted(self.block_key, new, group_key=review.submission.group_key):
                raise HandlerError(_("Choose a learner who submitted in the same group."))
        store.reassign(review.pk, new)
        return self._changed(_("Review reassigned."))

    @json_handler(form=inputs.OverrideForm, staff_only=True)
    def override(self, data, suffix=""):  # pylint: disable=unused-argument
        """Set a learner's grade with a reason; it replaces the peer grade and is published at once."""
        if not store.has_submitted(self.block_key, data["learner"]):
            raise HandlerError(_("That learner has not submitted anything yet."), status=404)
        self._publish(store.override(self.block_key, data["learner"], data["score"] / 100, data["reason"],
                                     self.identity.username or ""))
        return self._changed(_("Grade saved. The learner sees it with your reason."))

    @json_handler(form=inputs.ItemForm, staff_only=True, writes=False)
    def staff_item(self, data, suffix=""):  # pylint: disable=unused-argument
        """A submission with every review of it, or one review with its submission, to read (staff only).

        Answers ``html``, rendered by the server like the rest of the view, which the page shows in place.
        """
        key = self.block_key
        if data["kind"] == "review":
            review = store.review(key, data["id"])
            submission, reviews = (review.submission, [review]) if review else (None, [])
        else:
            submission = store.find_submission(key, data["id"])
            reviews = store.reviews_of(key, submission.pk) if submission else []
        if submission is None:
            raise HandlerError(_("Nothing to read here."), status=404)
        context = {"submission": submission, "files": self._files(submission), "dom_id": self.dom_id,
                   "author": submission.learner_name or submission.learner,
                   "reviews": [{"review": review, "parts": self._parts(review) if review.status == review.DONE
                                else [], "reviewer": review.reviewer_name or review.reviewer}  # named when sent
                               for review in reviews]}
        return {"html": render_template("peer_review_item.html", context, package=self.template_package())}

    @raw_handler(writes=False, staff_only=True)
    def export(self, request, suffix=""):  # pylint: disable=unused-argument
        """Every learner's status, text and median per criterion (percent of its points) as CSV (staff only), and
        the learners of the course who have not submitted (``status`` ``draft`` or ``not_started``)."""
        criteria = self.criteria()
        rows = []
        staff = self._staff_context()
        for item in staff["learners"]:
            row, grade_row, medians = item["row"], item["grade_row"], item["medians"]
            rows.append([row.learner, row.learner_name, "submitted", row.version, row.late, row.hidden,
                         item["given"], item["received"], "" if item["grade"] is None else item["grade"],
                         grade_row.override_reason if grade_row else "", item["flags"], plain_text(row.text),
                         *(round(100 * medians[criterion.key][0]) if criterion.key in medians else ""
                           for criterion in criteria)])
        for item in staff["not_submitted"]:  # the "Not submitted yet" list: a status and a name, nothing else
            rows.append([item["learner"], item["name"], "draft" if item["draft"] else "not_started",
                         *[""] * (9 + len(criteria))])
        return csv_response(f"peer-review-{datetime.now():%Y%m%d}.csv",
                            ["learner", "username", "status", "version", "late", "hidden", "reviews_given",
                             "reviews_received", "grade_percent", "override_reason", "open_flags", "text",
                             *(f"median_{criterion.key}" for criterion in criteria)], rows)
