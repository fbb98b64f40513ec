"""``ilelln_peer_review``: submit work, review peers with a rubric, get results that never leave anyone waiting.

The block composes its concerns, ORA2-style: ``forms`` (handler inputs), ``olx`` (the rubric's
elements), ``files`` (attach, remove, download), ``grades`` (refresh, publish, XBlock's scoring
contract), ``staff`` (the facilitator's view and handlers), ``studio`` (validation, the author's
view); every query goes through ``store``. This module keeps the fields, the phase, the learner's
views and the learner's handlers.
"""
import logging

from django.utils import timezone
from xblock.core import XBlock
from xblock.fields import Boolean, DateTime, Float, Integer, List, Scope, String

from ...core import fields, keys, progress
from ...core.base import IlellnBlockMixin
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _
from ...core.messages import AuthorError
from ...core.olx import ReadableOLXMixin
from ...core.operator_settings import upload_limit_bytes
from ...core.sanitize import clean_html, plain_text
from ...core.scoring import ScoredActivityMixin
from ...core.studio import IlellnStudioMixin
from ...core.time import in_zone, utc_iso
from .. import groups
from . import forms as inputs
from . import logic, store
from .files import PeerFilesMixin
from .grades import PeerGradesMixin
from .olx import RubricOLXMixin
from .scenarios import peer_review_scenarios
from .staff import PeerStaffMixin
from .studio import PeerStudioMixin

log = logging.getLogger(__name__)

SUBMISSION, REVIEW, RESULTS = "submission", "review", "results"


@XBlock.wants("teams")  # "Review within teams"; without it the whole cohort reviews one another
class PeerReviewBlock(RubricOLXMixin, PeerFilesMixin, PeerStaffMixin, PeerGradesMixin, PeerStudioMixin,
                      ReadableOLXMixin, IlellnStudioMixin, ScoredActivityMixin, IlellnBlockMixin, XBlock):
    """Submission, rubric reviews allocated so no one starves, two-way feedback, flags and a facilitator view."""

    block_name = "peer_review"
    ilelln_activity = True
    has_score = True

    display_name = fields.display_name(_("Peer review"))
    prompt = String(display_name=_("Prompt"), help=_("What learners submit, and what a good submission shows."),
                    scope=Scope.content, default="", multiline_editor=True)
    rubric = List(
        display_name=_("Rubric"),
        help=_("One criterion per item: key | label | levels, with levels as points = label : description, "
               "separated by ';'. For example: problem | The problem | 0 = Missing : not stated ; 2 = Clear : a "
               "real need of a named community. Changing the rubric keeps earlier reviews as they were."),
        scope=Scope.content, default=[])
    continuous = Boolean(display_name=_("Continuous mode"),
                         help=_("For self-paced courses: no deadlines; a reviewer who asks for work gets the "
                                "submission with the fewest reviews."), scope=Scope.settings, default=False)
    submission_due = DateTime(display_name=_("Submissions close"),
                              help=_("When reviewers are allocated (UTC). Not used in continuous mode."),
                              scope=Scope.settings, default=None)
    review_due = DateTime(display_name=_("Reviews due"), help=_("When reviews should be done (UTC)."),
                          scope=Scope.settings, default=None)
    reviews_per_submission = Integer(display_name=_("Reviews per submission"),
                                     help=_("How many peers review each submission (and how many each learner "
                                            "reviews)."), scope=Scope.settings, default=3)
    allow_resubmission = Boolean(display_name=_("Allow resubmission"),
                                 help=_("Learners may submit a new version until submissions close."),
                                 scope=Scope.settings, default=False)
    allow_late = Boolean(display_name=_("Accept late submissions"),
                         help=_("Work submitted after the close goes to the facilitator queue for review."),
                         scope=Scope.settings, default=False)
    group_by_team = Boolean(display_name=_("Review within teams"),
                            help=_("When the course uses teams, learners review members of their own team; "
                                   "otherwise the whole cohort."), scope=Scope.settings, default=False)
    teams_topic = String(display_name=_("Teams topic"),
                         help=_("The teams topic id, when reviewing within teams. Leave it empty to use the "
                                "learner's team in any topic."),
                         scope=Scope.settings, default="")
    weight_received = Integer(display_name=_("Weight of the score received"),
                              help=_("Share of the grade from the reviews of the learner's work."),
                              scope=Scope.settings, default=80)
    weight_given = Integer(display_name=_("Weight of the reviews given"),
                           help=_("Share of the grade for completing the reviews assigned to the learner."),
                           scope=Scope.settings, default=20)
    max_files = Integer(display_name=_("Files allowed"), help=_("How many files a learner may attach (0 for none)."),
                        scope=Scope.settings, default=3)
    max_upload_mb = Float(display_name=_("Largest file (MB)"), help=_("Files above this size are refused."),
                        scope=Scope.settings, default=5.0)
    weight = Float(display_name=_("Weight"), help=_("The points this activity is worth in the course grade."),
                   scope=Scope.settings, default=1.0)
    draft_text = String(help=_("The learner's draft, saved as they type."), scope=Scope.user_state, default="")
    draft_links = List(help=_("Links in the learner's draft."), scope=Scope.user_state, default=[])
    draft_files = List(help=_("Files attached to the learner's draft."), scope=Scope.user_state, default=[])

    editable_fields = ("display_name", "prompt", "rubric", "continuous", "submission_due", "review_due",
                       "reviews_per_submission", "allow_resubmission", "allow_late", "group_by_team", "teams_topic",
                       "weight_received", "weight_given", "max_files", "max_upload_mb", "weight")
    olx_renamed = {"max_file_mb": "max_upload_mb"}  # the attribute's name before it was one name for every block
    olx_texts = (("prompt", "prompt"),)

    # ----- settings and phases --------------------------------------------------------------------------------

    def criteria(self):
        """The rubric's valid criteria (Studio reports the others)."""
        return logic.parse_rubric(self.rubric)[0]

    @property
    def k(self):
        """Reviews per submission, at least one."""
        return max(1, self.reviews_per_submission)

    def _now(self):
        return timezone.now()

    def _settings(self):
        """The author's settings that the activity's row keeps for the allocation command."""
        return {"course_key": keys.course_key_of(self), "reviews_per_submission": self.k,
                "continuous": self.continuous, "submission_due": self.submission_due, "review_due": self.review_due}

    def _activity(self, write=True):
        """This activity's row; with ``write``, brought up to date with the author's settings (one or two queries)."""
        values = self._settings()
        row = store.activity(self.block_key, values)
        if not write or self.identity.read_only:  # Studio preview or viewing as a learner: read, never write
            return row
        return store.keep_activity(row, values)

    def _phase(self, activity, allocate=True, values=None):
        """``submission``, ``review`` or ``results`` now, allocating reviewers lazily when the close has passed
        (``values``: the settings, when the caller has read them)."""
        values = values or self._settings()
        if values["continuous"]:
            return REVIEW
        now = self._now()
        if activity.allocated_at is None:
            if values["submission_due"] is None or now < values["submission_due"]:
                return SUBMISSION
            if allocate and not self.identity.read_only:
                store.allocate(self.block_key, now)
        if values["review_due"] and now >= values["review_due"]:
            return RESULTS
        return REVIEW

    def _group_key(self):
        """The learner's team when reviewing within teams and the course has one, else the whole cohort."""
        if not self.group_by_team:
            return ""
        try:
            team = groups.learner_team(self, self.teams_topic, self.identity.anonymous_id)
        except Exception:  # pylint: disable=broad-except  # a teams service that fails: review the whole cohort
            log.warning("Teams lookup failed for %s; reviewing the whole cohort", self.block_key, exc_info=True)
            team = None
        team_id = getattr(team, "team_id", None)
        return f"team:{team_id}" if team_id else ""

    # ----- views ----------------------------------------------------------------------------------------------

    def _criteria_of(self, review):
        if review.rubric_id:
            return [logic.Criterion.from_dict(item) for item in review.rubric.criteria]
        return self.criteria()

    def _my_state(self, learner, phase=None, submission=Ellipsis):
        """The learner's submission (unless given), reviews to do and done, reviews received and grade (four queries;
        three in the submission phase, when no review exists yet: reviews come with the allocation at its close)."""
        reviewers = [learner, logic.STAFF] if self.identity.is_staff else [learner]
        return store.my_state(self.block_key, learner, [] if phase == SUBMISSION else reviewers, submission)

    def _review_context(self, review):
        return {"review": review, "submission": review.submission, "criteria": self._criteria_of(review),
                "files": self._files(review.submission)}

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """Submission, reviews to do, results, and for staff the facilitator view."""
        who = self.identity
        learner = who.anonymous_id
        values = self._settings()  # each setting read once (an XBlock field read is dear the first time)
        continuous, review_due, submission_due = values["continuous"], values["review_due"], values["submission_due"]
        submission, to_do, done, received, grade, phase = None, [], [], [], None, SUBMISSION
        if learner:  # the activity's row says whether the learner has submitted: a newcomer's view is one query
            activity, submission = store.activity_and_submission(self.block_key, values, learner)
            if not who.read_only:  # Studio preview or viewing as a learner: read, never write
                activity = store.keep_activity(activity, values)
            phase = self._phase(activity, values=values)
            submission, to_do, done, received, grade = self._my_state(learner, phase, submission)
        if grade and not who.read_only:
            self._publish(grade)
        # Staff get the facilitator view, not a learner's editor, and their view reads no learner state: five
        # parallel staff actions must not race to create a state row (the workbench's store has no unique key).
        can_submit = bool(learner) and not who.is_staff and (
            (phase == SUBMISSION and (submission is None or self.allow_resubmission))
            or (submission is None and (continuous or (phase != SUBMISSION and self.allow_late))))
        results = self._results(received) if received else None
        max_upload_mb = self.max_upload_mb
        context = {
            "phase": phase, "submission": submission, "submitted": submission is not None, "can_submit": can_submit,
            "is_staff": who.is_staff, "has_results": results is not None,
            "display_name": self.display_name, "prompt": self.prompt, "continuous": continuous,
            "draft_text": self.draft_text if can_submit else "", "draft_links": self.draft_links if can_submit else [],
            "to_do": [self._review_context(review) for review in to_do],
            "given": [review for review in done if review.reviewer != logic.STAFF],
            "to_do_count": len(to_do), "results": results, "grade": grade,
            "grade_percent": self._grade_percent(grade),
            "can_request": continuous and submission is not None and not to_do,
            "staff": self._staff_context() if who.is_staff else None,
            "submission_files": self._files(submission),
            "flag_max": inputs.MAX_REASON,
            "helpful_choices": [(value, self.gettext(label)) for value, label in inputs.HELPFUL] if results else [],
            "due_local": self._local(review_due), "due_iso": self._iso(review_due),
            "submission_due_local": self._local(submission_due), "submission_due_iso": self._iso(submission_due),
        }
        if can_submit:  # the writer sees what reviewers will judge, beside the editor
            max_files = self.max_files
            context.update(max_files=max_files, max_upload_mb=max_upload_mb,
                           draft_files=list(enumerate(self.draft_files)) if max_files else [],
                           rubric=tuple(self.criteria()))
        return self.render_fragment(context, init_args={"max_bytes": upload_limit_bytes(self, max_upload_mb),
                                                           "time_zone": who.time_zone or ""})

    def _local(self, moment):
        return in_zone(moment, self.identity.time_zone) if moment else None

    @staticmethod
    def _iso(moment):
        return utc_iso(moment) if moment else ""

    def _results(self, received):
        """Per criterion medians and each review as "Reviewer n" for the author."""
        visible = [review for review in received if not review.hidden]
        medians = logic.criterion_medians([review.parts for review in visible])
        labels = {criterion.key: criterion.label for criterion in self.criteria()}
        for review in visible:
            for criterion in self._criteria_of(review):
                labels.setdefault(criterion.key, criterion.label)
        rows = [{"label": labels.get(key, key), "percent": round(100 * fraction), "max": weight}
                for key, (fraction, weight) in medians.items()]
        reviews = [{"number": number, "review": review, "parts": self._parts(review)}
                   for number, review in enumerate(received, start=1)]
        return {"medians": rows, "reviews": reviews,
                "received": logic.received_score([review.parts for review in visible])}

    def _parts(self, review):
        """A done review's ``(criterion, level chosen, points, max points)``, under the rubric it was made with."""
        return [(criterion.label, criterion.levels[review.parts[criterion.key]["level"]].label,
                 review.parts[criterion.key]["points"], criterion.max_points)
                for criterion in self._criteria_of(review) if criterion.key in review.parts]

    def _changed(self, message, **answer):
        """A handler's ``answer`` with its (translated) message and the block as it is now (``html``), so the
        page puts the changed parts in place instead of reloading (as team project's handlers do)."""
        return dict(answer, message=self.gettext(message), html=self.student_view().content)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The prompt, rubric and dates, for the mobile apps (no learner bound)."""
        return {
            "display_name": self.display_name, "prompt": self.prompt, "continuous": self.continuous,
            "submission_due": self.submission_due.isoformat() if self.submission_due else None,
            "review_due": self.review_due.isoformat() if self.review_due else None,
            "rubric": [criterion.as_dict() for criterion in self.criteria()],
        }

    def user_state_data(self):
        """The learner's own status: submitted, reviews to do and received, grade."""
        submission, to_do, _done, received, grade = self._my_state(self.identity.anonymous_id)
        return {
            "submitted": submission is not None,
            "reviews_to_do": len(to_do),
            "reviews_received": sum(1 for review in received if not review.hidden),
            "grade": self._grade_percent(grade),
        }

    # ----- learner handlers -----------------------------------------------------------------------------------

    @json_handler(form=inputs.WorkForm)
    def save_draft(self, data, suffix=""):  # pylint: disable=unused-argument
        """Keep the learner's draft (called a moment after they stop typing).

        The first draft records the learner as started here, so the facilitator's "Not submitted yet" list
        can tell a draft from a learner who has not begun (drafts are user state, which no query reads).
        """
        if not (self.draft_text or self.draft_links or self.draft_files) and self.identity.anonymous_id:
            progress.record(self, self.identity.anonymous_id)
        self.draft_text = clean_html(data["text"])
        self.draft_links = data["links"]
        return {"saved": True, "message": self.gettext(_("Draft saved."))}

    @json_handler(form=inputs.WorkForm)
    def submit(self, data, suffix=""):  # pylint: disable=unused-argument
        """Submit the work; a resubmission before the close makes a new version."""
        who = self.identity
        text = clean_html(data["text"])
        if not plain_text(text).strip() and not data["links"] and not self.draft_files:
            raise HandlerError(_("Write something or add a link or file before you submit."))
        activity = self._activity(write=False)
        phase = self._phase(activity, allocate=False)  # refused before anything is stored
        existing = store.submission_of(self.block_key, who.anonymous_id)
        late = not self.continuous and phase != SUBMISSION
        if existing and (late or not self.allow_resubmission or self.continuous):
            raise HandlerError(_("You have already submitted. Your draft is kept."), status=409)
        if late and not self.allow_late:
            raise HandlerError(_("Submissions are closed. Your draft is kept: ask your facilitator."), status=409)
        self._phase(store.keep_activity(activity, self._settings()))  # the row allocation reads; reviewers first
        version = store.submit(self.block_key, keys.course_key_of(self), self._group_key(), who.anonymous_id,
                               who.username or "", {"text": text, "links": data["links"],
                                                    "files": list(self.draft_files)}, late, existing)
        self.draft_text, self.draft_links = text, data["links"]
        self.record_completion(0.5)
        message = (_("Submitted late: a facilitator will review your work.") if late
                   else _("Submitted. Your reviewers will see it when reviews open."))
        return self._changed(message, version=version)

    @json_handler()
    def request_review(self, data, suffix=""):  # pylint: disable=unused-argument
        """Continuous mode: claim the submission with the fewest reviews."""
        who = self.identity
        if not self.continuous:
            raise HandlerError(_("Reviews are assigned when submissions close."), status=409)
        if not store.has_submitted(self.block_key, who.anonymous_id):
            raise HandlerError(_("Submit your own work first."), status=409)
        review = store.claim(self.block_key, who.anonymous_id, who.username or "", self.k)
        if review is None:
            return {"review": None, "message": self.gettext(_("Nothing is waiting for review. Try again later."))}
        return self._changed(_("A submission is ready for your review."), review=review.id)

    @json_handler(form=inputs.ReviewForm)
    def submit_review(self, data, suffix=""):  # pylint: disable=unused-argument
        """Record a rubric review; the author's grade is published the moment their last review arrives."""
        who = self.identity
        reviewers = [who.anonymous_id] + ([logic.STAFF] if who.is_staff else [])
        review = store.review(self.block_key, data["review"], reviewers)
        if review is None:
            raise HandlerError(_("This review is not assigned to you."), status=403)
        if review.status == type(review).DONE:
            raise HandlerError(_("You have already sent this review."), status=409)
        criteria = self.criteria()
        if not isinstance(data["levels"], dict):
            raise HandlerError(_("Choose a level for every criterion."))
        try:
            parts, _points, fraction = logic.score_review(criteria, data["levels"])
        except AuthorError as error:
            raise HandlerError(error.message) from None
        if not store.record_review(self.block_key, review.pk, criteria, parts=parts, fraction=fraction,
                                   comment=data["comment"], reviewer_name=who.username or ""):
            raise HandlerError(_("You have already sent this review."), status=409)
        self._refresh_grade(review.submission.learner)
        if review.reviewer != logic.STAFF:
            self._refresh_grade(who.anonymous_id)
            self.record_completion(0.75 if store.has_reviews_to_do(self.block_key, who.anonymous_id) else 1.0)
        return self._changed(_("Review sent. Thank you."))

    @json_handler(form=inputs.RateForm)
    def rate_review(self, data, suffix=""):  # pylint: disable=unused-argument
        """The author rates a review's helpfulness and may reply once."""
        review = store.review_for_author(self.block_key, data["review"], self.identity.anonymous_id)
        if review is None:
            raise HandlerError(_("You can only rate reviews of your own work."), status=403)
        reply = data["reply"].strip()
        if reply and review.reply:
            raise HandlerError(_("You have already replied to this review."), status=409)
        store.rate(review.pk, data["helpful"], reply)
        return self._changed(_("Thank you: your reviewer will see your rating."))

    @json_handler(form=inputs.FlagForm)
    def flag(self, data, suffix=""):  # pylint: disable=unused-argument
        """Report a review of your work, or a submission you review, as inappropriate."""
        who, key = self.identity, self.block_key
        if not (store.may_flag(key, data["kind"], data["id"], who.anonymous_id)
                or (who.is_staff and store.target(key, data["kind"], data["id"]) is not None)):
            raise HandlerError(_("You cannot flag this."), status=403)
        store.flag(key, data["kind"], data["id"], who.anonymous_id, data["reason"])
        return {"message": self.gettext(_("Flagged. A facilitator will look at it."))}

    @staticmethod
    def workbench_scenarios():
        """An English writing task and a library-service action plan, for several learners."""
        return peer_review_scenarios()
