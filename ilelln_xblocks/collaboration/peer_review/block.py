"""``ilelln_peer_review``: submit work, review peers with a rubric, get results that never leave anyone waiting."""
import csv
import hashlib
import io
import logging
import uuid
from datetime import datetime
from urllib.parse import quote, unquote

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from webob import Response
from xblock.core import XBlock
from xblock.fields import Boolean, DateTime, Float, Integer, List, Scope, String
from xblock.scorable import Score
from xblock.validation import ValidationMessage

from ...core import grading, keys, progress
from ...core.authoring import field_sections, section
from ...core.base import IlellnBlockMixin
from ...core.handlers import (
    BlockForm,
    HandlerError,
    check_caller,
    error_response,
    json_handler,
    json_response,
    raw_handler,
)
from ...core.i18n import _
from ...core.olx import ReadableOLXMixin
from ...core.operator_settings import upload_limit_bytes
from ...core.sanitize import clean_html, plain_text, spreadsheet_cell
from ...core.scoring import ScoredActivityMixin
from ...core.studio import IlellnStudioMixin
from ...core.time import in_zone, utc_iso
from .. import groups
from . import logic, store
from .scenarios import peer_review_scenarios

log = logging.getLogger(__name__)

MAX_TEXT = 50000
MAX_LINKS = 5
FILE_TYPES = {  # extension -> (magic prefix, content type)
    "pdf": (b"%PDF-", "application/pdf"),
    "png": (b"\x89PNG\r\n\x1a\n", "image/png"),
    "jpg": (b"\xff\xd8\xff", "image/jpeg"),
    "jpeg": (b"\xff\xd8\xff", "image/jpeg"),
    "docx": (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pptx": (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
}
SUBMISSION, REVIEW, RESULTS = "submission", "review", "results"
HELPFUL = ((1, _("1: not helpful")), (2, _("2: a little helpful")), (3, _("3: helpful")),
           (4, _("4: very helpful")), (5, _("5: extremely helpful")))


def _m():
    return store.models()


def _links(value, block):
    """Up to five http(s) links, each checked."""
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise forms.ValidationError(block.gettext(_("Send the links as a list of texts.")))
    if len(value) > MAX_LINKS:
        raise forms.ValidationError(block.gettext(_("Send at most %(limit)s links.")) % {"limit": MAX_LINKS})
    links, check = [], URLValidator(schemes=["http", "https"])
    for line, link in enumerate((item.strip() for item in value), start=1):
        if not link:
            continue
        try:
            check(link)
        except ValidationError:
            raise forms.ValidationError(block.gettext(
                _("link %(line)s, '%(link)s', is not a web address (http or https).")) % {
                "line": line, "link": link[:80]}) from None
        links.append(link)
    return links


class WorkForm(BlockForm):
    """``{"text": "<p>…</p>", "links": ["https://…"]}``: the learner's work (rich text is sanitised)."""

    text = forms.CharField(label=_("Your work"), max_length=MAX_TEXT, required=False, strip=False)
    links = forms.JSONField(label=_("Links"), required=False)

    def clean_links(self):
        """Checked links."""
        return _links(self.cleaned_data["links"], self.block)


class ReviewForm(BlockForm):
    """``{"review": id, "levels": {criterion key: level index}, "comment": "…"}``."""

    review = forms.IntegerField(label=_("Review"), min_value=1)
    levels = forms.JSONField(label=_("Rubric levels"))
    comment = forms.CharField(label=_("Comment"), max_length=5000, required=False)


class RateForm(BlockForm):
    """``{"review": id, "helpful": 1..5, "reply": "…"}``: the author's answer to a review."""

    review = forms.IntegerField(label=_("Review"), min_value=1)
    helpful = forms.IntegerField(label=_("Helpfulness"), min_value=1, max_value=5)
    reply = forms.CharField(label=_("Reply"), max_length=2000, required=False)


class FlagForm(BlockForm):
    """``{"kind": "review"|"submission", "id": n, "reason": "…"}``."""

    kind = forms.ChoiceField(label=_("Kind"), choices=[("review", "review"), ("submission", "submission")])
    id = forms.IntegerField(label=_("Item"), min_value=1)
    reason = forms.CharField(label=_("Reason"), max_length=1000, required=False)


class ModerateForm(FlagForm):
    """``{"kind", "id", "hidden": true|false}``: staff hide or restore flagged content."""

    hidden = forms.BooleanField(label=_("Hidden"), required=False)
    reason = None


class ReassignForm(BlockForm):
    """``{"review": id, "reviewer": anonymous id or "staff"}``."""

    review = forms.IntegerField(label=_("Review"), min_value=1)
    reviewer = forms.CharField(label=_("Reviewer"), max_length=64)


class OverrideForm(BlockForm):
    """``{"learner": id, "score": 0..100, "reason": "…"}``."""

    learner = forms.CharField(label=_("Learner"), max_length=64)
    score = forms.IntegerField(label=_("Score"), min_value=0, max_value=100)
    reason = forms.CharField(label=_("Reason"), max_length=2000)


class FileForm(BlockForm):
    """``{"index": n}``: which draft file to remove."""

    index = forms.IntegerField(label=_("File"), min_value=0)


@XBlock.wants("teams")  # "Review within teams"; without it the whole cohort reviews one another
class PeerReviewBlock(ReadableOLXMixin, IlellnStudioMixin, ScoredActivityMixin, IlellnBlockMixin, XBlock):
    """Submission, rubric reviews allocated so no one starves, two-way feedback, flags and a facilitator view."""

    block_name = "peer_review"
    ilelln_activity = True
    has_score = True

    display_name = String(display_name=_("Display name"), help=_("The name learners see in the course navigation."),
                          scope=Scope.settings, default=_("Peer review"))
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
    max_file_mb = Float(display_name=_("Largest file (MB)"), help=_("Files above this size are refused."),
                        scope=Scope.settings, default=5.0)
    weight = Float(display_name=_("Weight"), help=_("The points this activity is worth in the course grade."),
                   scope=Scope.settings, default=1.0)
    draft_text = String(help=_("The learner's draft, saved as they type."), scope=Scope.user_state, default="")
    draft_links = List(help=_("Links in the learner's draft."), scope=Scope.user_state, default=[])
    draft_files = List(help=_("Files attached to the learner's draft."), scope=Scope.user_state, default=[])

    editable_fields = ("display_name", "prompt", "rubric", "continuous", "submission_due", "review_due",
                       "reviews_per_submission", "allow_resubmission", "allow_late", "group_by_team", "teams_topic",
                       "weight_received", "weight_given", "max_files", "max_file_mb", "weight")
    olx_texts = (("prompt", "prompt"),)
    olx_elements = ("rubric",)

    # ----- OLX: the rubric as readable elements ---------------------------------------------------------------

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Read ``<rubric><criterion key label><level points label>description</level>…``."""
        block = super().parse_xml(node, runtime, keys)
        rubric = node.find("rubric")
        if rubric is not None:
            lines = []
            for criterion in rubric.findall("criterion"):
                levels = " ; ".join(
                    f"{level.get('points', '')} = {level.get('label', '')}"
                    + (f" : {text}" if (text := "".join(level.itertext()).strip()) else "")
                    for level in criterion.findall("level"))
                lines.append(f"{criterion.get('key', '')} | {criterion.get('label', '')} | {levels}")
            block.rubric = lines
        return block

    def add_xml_to_node(self, node):
        """Write the rubric as elements a person can read."""
        super().add_xml_to_node(node)
        from lxml import etree  # pylint: disable=import-outside-toplevel
        rubric = etree.SubElement(node, "rubric")
        for criterion in self.criteria():
            item = etree.SubElement(rubric, "criterion", key=criterion.key, label=criterion.label)
            for level in criterion.levels:
                element = etree.SubElement(item, "level", points=str(level.points), label=level.label)
                element.text = level.description or None

    # ----- settings and phases --------------------------------------------------------------------------------

    def criteria(self):
        """The rubric's valid criteria (Studio reports the others)."""
        return logic.parse_rubric(self.rubric)[0]

    @property
    def k(self):
        """Reviews per submission, at least one."""
        return max(1, self.reviews_per_submission)

    def _weights(self):
        return (max(self.weight_received, 0), max(self.weight_given, 0))

    def _now(self):
        return timezone.now()

    def _activity(self, write=True):
        """This activity's row, brought up to date with the author's settings (one or two queries)."""
        m = _m()
        values = {"course_key": keys.course_key_of(self), "reviews_per_submission": self.k,
                  "continuous": self.continuous, "submission_due": self.submission_due,
                  "review_due": self.review_due}
        if self.identity.read_only or not write:  # Studio preview or viewing as a learner: read, never write
            return m.PeerActivity.objects.filter(block_key=self.block_key).first() or m.PeerActivity(
                block_key=self.block_key, **values)
        row, created = m.PeerActivity.objects.get_or_create(block_key=self.block_key, defaults=values)
        if not created and any(getattr(row, name) != value for name, value in values.items()):
            m.PeerActivity.objects.filter(pk=row.pk).update(**values)
            for name, value in values.items():
                setattr(row, name, value)
        return row

    def _phase(self, activity, allocate=True):
        """``submission``, ``review`` or ``results`` now, allocating reviewers lazily when the close has passed."""
        if self.continuous:
            return REVIEW
        now = self._now()
        if activity.allocated_at is None:
            if self.submission_due is None or now < self.submission_due:
                return SUBMISSION
            if allocate and not self.identity.read_only:
                store.allocate(self.block_key, now)
        if self.review_due and now >= self.review_due:
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

    # ----- grades ---------------------------------------------------------------------------------------------

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
        final = row.override_score if row.override_score is not None else row.score
        if final is None or row.published:
            return
        if grading.set_score_for(self, row.learner, final, keys.course_key_of(self)):
            progress.record(self, row.learner, score=final)
        elif row.learner == self.identity.anonymous_id:
            self.publish_grade(final * self.weight, self.weight, only_if_higher=False)
        else:
            progress.record(self, row.learner, score=final)
            return
        _m().PeerGrade.objects.filter(pk=row.pk).update(published=True)

    # ----- XBlock's scoring contract (xblock/scorable.py), over the grade rows ---------------------------------

    def _grade_row(self):
        learner = self.identity.anonymous_id
        return _m().PeerGrade.objects.filter(block_key=self.block_key, learner=learner).first() if learner else None

    def has_submitted_answer(self):
        """Whether the learner has a grade to rescore."""
        return self._grade_row() is not None

    def get_score(self):
        """The learner's kept grade (a facilitator's override wins)."""
        row = self._grade_row()
        final = (row.override_score if row.override_score is not None else row.score) if row else None
        return Score(raw_earned=(final or 0.0) * self.weight, raw_possible=float(self.weight))

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

    # ----- views ----------------------------------------------------------------------------------------------

    def _criteria_of(self, review):
        if review.rubric_id:
            return [logic.Criterion.from_dict(item) for item in review.rubric.criteria]
        return self.criteria()

    def _my_state(self, learner):
        """The learner's submission, their reviews to do and done, and the reviews of their work (four queries)."""
        m = _m()
        submission = store.current_submissions(self.block_key).filter(learner=learner).first()
        reviewers = [learner, logic.STAFF] if self.identity.is_staff else [learner]
        to_do = list(m.PeerReview.objects.filter(block_key=self.block_key, reviewer__in=reviewers)
                     .select_related("submission", "rubric").order_by("id"))
        received = []
        if submission:
            received = list(m.PeerReview.objects.filter(submission=submission, status=m.PeerReview.DONE)
                            .select_related("rubric").order_by("id"))
        grade = m.PeerGrade.objects.filter(block_key=self.block_key, learner=learner).first()
        return submission, to_do, received, grade

    def _files(self, submission):
        """A submission's files with their download addresses."""
        if not submission:
            return []
        return [{"name": item["name"], "size": item["size"],
                 "url": self.runtime.handler_url(self, "file", f"{submission.id}/{index}")}
                for index, item in enumerate(submission.files)]

    def _review_context(self, review):
        return {"review": review, "submission": review.submission, "criteria": self._criteria_of(review),
                "files": self._files(review.submission)}

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """Submission, reviews to do, results, and for staff the facilitator view."""
        who = self.identity
        activity = self._activity() if who.anonymous_id else None
        phase = self._phase(activity) if activity else SUBMISSION
        submission, reviews, received, grade = self._my_state(who.anonymous_id) if who.anonymous_id else (
            None, [], [], None)
        if grade and not who.read_only:
            self._publish(grade)
        to_do = [review for review in reviews if review.status == _m().PeerReview.ASSIGNED]
        can_submit = bool(who.anonymous_id) and (
            (phase == SUBMISSION and (submission is None or self.allow_resubmission))
            or (submission is None and (self.continuous or (self.allow_late and phase != SUBMISSION))))
        results = self._results(received) if received else None
        context = {
            "phase": phase, "submission": submission, "can_submit": can_submit,
            "draft_text": self.draft_text, "draft_links": self.draft_links,
            "draft_files": list(enumerate(self.draft_files)),
            "to_do": [self._review_context(review) for review in to_do],
            "given": [review for review in reviews if review.status == _m().PeerReview.DONE
                      and review.reviewer != logic.STAFF],
            "done_count": len(reviews) - len(to_do), "to_do_count": len(to_do),
            "due": self.review_due, "results": results, "grade": grade,
            "grade_percent": self._grade_percent(grade),
            "can_request": self.continuous and submission is not None and not to_do,
            "staff": self._staff_context() if who.is_staff else None,
            "submission_files": self._files(submission),
            "helpful_choices": [(value, self.gettext(label)) for value, label in HELPFUL],
            "due_local": self._local(self.review_due), "due_iso": self._iso(self.review_due),
            "submission_due_local": self._local(self.submission_due), "submission_due_iso": self._iso(
                self.submission_due),
        }
        return self.render_fragment(context, init_args={"max_bytes": upload_limit_bytes(self, self.max_file_mb)})

    def _local(self, moment):
        return in_zone(moment, self.identity.time_zone) if moment else None

    @staticmethod
    def _iso(moment):
        return utc_iso(moment) if moment else ""

    @staticmethod
    def _grade_percent(grade):
        if not grade:
            return None
        final = grade.override_score if grade.override_score is not None else grade.score
        return None if final is None else round(100 * final)

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
        reviews = []
        for number, review in enumerate(received, start=1):
            criteria = self._criteria_of(review)
            parts = [(criterion.label, criterion.levels[review.parts[criterion.key]["level"]].label,
                      review.parts[criterion.key]["points"], criterion.max_points)
                     for criterion in criteria if criterion.key in review.parts]
            reviews.append({"number": number, "review": review, "parts": parts})
        return {"medians": rows, "reviews": reviews,
                "received": logic.received_score([review.parts for review in visible])}

    def _staff_context(self):
        """The cohort's status, the facilitator queue, open flags and the rubric's distribution (fixed queries)."""
        m = _m()
        key = self.block_key
        submissions = list(store.current_submissions(key).order_by("learner_name", "learner"))
        given = {row["reviewer"]: row for row in m.PeerReview.objects.filter(block_key=key).values("reviewer")
                 .annotate(assigned=Count("id"), done=Count("id", filter=Q(status=m.PeerReview.DONE)))}
        received = {row["submission_id"]: row for row in m.PeerReview.objects.filter(block_key=key)
                    .values("submission_id").annotate(assigned=Count("id"),
                                                      done=Count("id", filter=Q(status=m.PeerReview.DONE)))}
        grades = {row.learner: row for row in m.PeerGrade.objects.filter(block_key=key)}
        flags = list(m.PeerFlag.objects.filter(block_key=key, resolved=False).order_by("created"))
        flag_counts = {}
        for flag in flags:
            flag_counts[(flag.kind, flag.target)] = flag_counts.get((flag.kind, flag.target), 0) + 1
        names = {row.learner: row.learner_name or row.learner for row in submissions}
        learners = []
        for row in submissions:
            mine = given.get(row.learner, {})
            theirs = received.get(row.id, {})
            learners.append({"row": row, "given": f"{mine.get('done', 0)}/{mine.get('assigned', 0)}",
                             "received": f"{theirs.get('done', 0)}/{theirs.get('assigned', 0)}",
                             "grade": self._grade_percent(grades.get(row.learner)),
                             "grade_row": grades.get(row.learner),
                             "flags": flag_counts.get(("submission", row.id), 0)})
        pending = list(m.PeerReview.objects.filter(block_key=key, status=m.PeerReview.ASSIGNED)
                       .select_related("submission").order_by("id")[:500])
        done = list(m.PeerReview.objects.filter(block_key=key, status=m.PeerReview.DONE, hidden=False)
                    .values_list("parts", flat=True))
        return {"learners": learners, "names": names,
                "pending": [{"review": review, "author": names.get(review.submission.learner, "?"),
                             "reviewer": names.get(review.reviewer, review.reviewer)} for review in pending],
                "flags": self._flag_rows(flags),
                "chart": self._distribution(done),
                "export_url": self.runtime.handler_url(self, "export"),
                "allocated": not self.continuous and store.models().PeerActivity.objects.filter(
                    block_key=key, allocated_at__isnull=False).exists()}

    def _flag_rows(self, flags):
        m = _m()
        review_ids = [flag.target for flag in flags if flag.kind == m.PeerFlag.REVIEW]
        submission_ids = [flag.target for flag in flags if flag.kind == m.PeerFlag.SUBMISSION]
        reviews = {row.id: row for row in m.PeerReview.objects.filter(pk__in=review_ids)}
        submissions = {row.id: row for row in m.PeerSubmission.objects.filter(pk__in=submission_ids)}
        rows = []
        for flag in flags:
            target = (reviews if flag.kind == m.PeerFlag.REVIEW else submissions).get(flag.target)
            if target is None:
                continue
            text = target.comment if flag.kind == m.PeerFlag.REVIEW else plain_text(target.text)
            rows.append({"flag": flag, "text": text[:400], "hidden": target.hidden})
        return rows

    def _distribution(self, done_parts):
        """Per criterion of the current rubric: how many reviews chose each level, with bar widths for the chart."""
        chart = []
        for criterion in self.criteria():
            counts = [0] * len(criterion.levels)
            for parts in done_parts:
                part = parts.get(criterion.key)
                if part and 0 <= part["level"] < len(counts):
                    counts[part["level"]] += 1
            top = max(counts) or 1
            chart.append({"criterion": criterion, "height": 10 * len(counts),
                          "levels": [{"label": level.label, "count": count, "width": round(200 * count / top)}
                                     for level, count in zip(criterion.levels, counts, strict=True)]})
        return chart

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
        submission, reviews, received, grade = self._my_state(self.identity.anonymous_id)
        return {
            "submitted": submission is not None,
            "reviews_to_do": sum(1 for review in reviews if review.status == "assigned"),
            "reviews_received": sum(1 for review in received if not review.hidden),
            "grade": self._grade_percent(grade),
        }

    # ----- learner handlers -----------------------------------------------------------------------------------

    @json_handler(form=WorkForm)
    def save_draft(self, data, suffix=""):  # pylint: disable=unused-argument
        """Keep the learner's draft (called a moment after they stop typing)."""
        self.draft_text = clean_html(data["text"])
        self.draft_links = data["links"]
        return {"saved": True, "message": self.gettext(_("Draft saved."))}

    @json_handler(form=WorkForm)
    def submit(self, data, suffix=""):  # pylint: disable=unused-argument
        """Submit the work; a resubmission before the close makes a new version."""
        who = self.identity
        text = clean_html(data["text"])
        if not plain_text(text).strip() and not data["links"] and not self.draft_files:
            raise HandlerError(_("Write something or add a link or file before you submit."))
        m = _m()
        phase = self._phase(self._activity(write=False), allocate=False)  # refusals first: they store nothing
        existing = store.current_submissions(self.block_key).filter(learner=who.anonymous_id).first()
        late = not self.continuous and phase != SUBMISSION
        if existing and (late or not self.allow_resubmission or self.continuous):
            raise HandlerError(_("You have already submitted. Your draft is kept."), status=409)
        if late and not self.allow_late:
            raise HandlerError(_("Submissions are closed. Your draft is kept: ask your facilitator."), status=409)
        self._phase(self._activity())  # the row the allocation command finds; reviewers allocated before late work
        with transaction.atomic():
            version = 1
            if existing:
                version = existing.version + 1
                m.PeerSubmission.objects.filter(pk=existing.pk).update(current=False)
            submission = m.PeerSubmission.objects.create(
                block_key=self.block_key, course_key=keys.course_key_of(self), group_key=self._group_key(),
                learner=who.anonymous_id, learner_name=who.username or "", version=version, text=text,
                links=data["links"], files=list(self.draft_files), late=late)
            if late:
                m.PeerReview.objects.create(block_key=self.block_key, submission=submission, reviewer=logic.STAFF)
        self.draft_text, self.draft_links = text, data["links"]
        self.record_completion(0.5)
        message = (_("Submitted late: a facilitator will review your work.") if late
                   else _("Submitted. Your reviewers will see it when reviews open."))
        return {"version": version, "message": self.gettext(message)}

    @raw_handler(writes=True)
    def upload(self, request, suffix=""):  # pylint: disable=unused-argument
        """Attach a file (raw bytes as the body, its name in ``X-File-Name``) to the draft."""
        try:
            who = check_caller(self)
            if request.method != "POST":
                raise HandlerError(_("This action needs a POST request."), status=405)
            if len(self.draft_files) >= self.max_files:
                raise HandlerError(_("You cannot attach more files."), status=409)
            max_bytes = upload_limit_bytes(self, self.max_file_mb)
            if (request.content_length or 0) > max_bytes:
                raise HandlerError(_("The file is too large."), status=413)
            name = unquote(request.headers.get("X-File-Name") or "").strip()[:120] or "file"
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            data = request.body
            if len(data) > max_bytes:
                raise HandlerError(_("The file is too large."), status=413)
            if extension not in FILE_TYPES or not data.startswith(FILE_TYPES[extension][0]):
                raise HandlerError(_("Attach a PDF, PNG, JPEG, Word or PowerPoint file."), status=415)
        except HandlerError as error:
            return error_response(self, error)
        folder = hashlib.sha256(f"{self.block_key}:{who.anonymous_id}".encode()).hexdigest()[:24]
        stored = default_storage.save(f"ilelln/peer/{folder}/{uuid.uuid4().hex}.{extension}", ContentFile(data))
        self.draft_files = [*self.draft_files, {"name": name, "file": stored, "size": len(data),
                                                "type": FILE_TYPES[extension][1]}]
        return json_response({"files": [item["name"] for item in self.draft_files],
                              "message": self.gettext(_("File attached."))})

    @json_handler(form=FileForm)
    def remove_file(self, data, suffix=""):  # pylint: disable=unused-argument
        """Take a file off the draft (a submitted version keeps its own files)."""
        if data["index"] >= len(self.draft_files):
            raise HandlerError(_("That file is not attached."), status=404)
        files = list(self.draft_files)
        files.pop(data["index"])
        self.draft_files = files
        return {"files": [item["name"] for item in files], "message": self.gettext(_("File removed."))}

    @raw_handler(writes=False)
    def file(self, request, suffix=""):
        """Download a submitted file (``suffix`` = ``submission id/index``): its author, its reviewers, staff."""
        try:
            who = check_caller(self)
            try:
                submission_id, index = (int(part) for part in suffix.split("/"))
            except ValueError:
                raise HandlerError(_("That file is not attached."), status=404) from None
            submission = _m().PeerSubmission.objects.filter(pk=submission_id, block_key=self.block_key).first()
            if submission is None or not 0 <= index < len(submission.files):
                raise HandlerError(_("That file is not attached."), status=404)
            if not (who.is_staff or submission.learner == who.anonymous_id
                    or (not submission.hidden and submission.reviews.filter(reviewer=who.anonymous_id).exists())):
                raise HandlerError(_("You cannot open this file."), status=403)
        except HandlerError as error:
            return error_response(self, error)
        item = submission.files[index]
        with default_storage.open(item["file"], "rb") as handle:
            body = handle.read()
        response = Response(body, content_type=item["type"])
        response.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(item["name"])
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @json_handler()
    def request_review(self, data, suffix=""):  # pylint: disable=unused-argument
        """Continuous mode: claim the submission with the fewest reviews."""
        who = self.identity
        if not self.continuous:
            raise HandlerError(_("Reviews are assigned when submissions close."), status=409)
        if not store.current_submissions(self.block_key).filter(learner=who.anonymous_id).exists():
            raise HandlerError(_("Submit your own work first."), status=409)
        review = store.claim(self.block_key, who.anonymous_id, who.username or "", self.k)
        if review is None:
            return {"review": None, "message": self.gettext(_("Nothing is waiting for review. Try again later."))}
        return {"review": review.id, "message": self.gettext(_("A submission is ready for your review."))}

    @json_handler(form=ReviewForm)
    def submit_review(self, data, suffix=""):  # pylint: disable=unused-argument
        """Record a rubric review; the author's grade is published the moment their last review arrives."""
        who = self.identity
        m = _m()
        reviewer = [who.anonymous_id] + ([logic.STAFF] if who.is_staff else [])
        review = m.PeerReview.objects.filter(pk=data["review"], block_key=self.block_key,
                                             reviewer__in=reviewer).select_related("submission").first()
        if review is None:
            raise HandlerError(_("This review is not assigned to you."), status=403)
        if review.status == m.PeerReview.DONE:
            raise HandlerError(_("You have already sent this review."), status=409)
        criteria = self.criteria()
        if not isinstance(data["levels"], dict):
            raise HandlerError(_("Choose a level for every criterion."))
        try:
            parts, _points, fraction = logic.score_review(criteria, data["levels"])
        except logic.RubricError as error:
            raise HandlerError(error.message) from None
        rubric = self._rubric_version(criteria)
        with transaction.atomic():
            updated = m.PeerReview.objects.filter(pk=review.pk, status=m.PeerReview.ASSIGNED).update(
                status=m.PeerReview.DONE, parts=parts, fraction=fraction, comment=data["comment"], rubric=rubric,
                done=timezone.now(), reviewer_name=who.username or "", lease_until=None)
        if not updated:
            raise HandlerError(_("You have already sent this review."), status=409)
        self._refresh_grade(review.submission.learner)
        if review.reviewer != logic.STAFF:
            self._refresh_grade(who.anonymous_id)
            self.record_completion(1.0 if not m.PeerReview.objects.filter(
                block_key=self.block_key, reviewer=who.anonymous_id, status=m.PeerReview.ASSIGNED).exists() else 0.75)
        return {"message": self.gettext(_("Review sent. Thank you."))}

    def _rubric_version(self, criteria):
        """The stored version of ``criteria``, created on first use (versions are never changed)."""
        m = _m()
        digest = logic.rubric_digest(criteria)
        row = m.PeerRubric.objects.filter(block_key=self.block_key, digest=digest).first()
        if row:
            return row
        with transaction.atomic():
            version = m.PeerRubric.objects.filter(block_key=self.block_key).count() + 1
            row, _created = m.PeerRubric.objects.get_or_create(
                block_key=self.block_key, digest=digest,
                defaults={"version": version, "criteria": [criterion.as_dict() for criterion in criteria]})
        return row

    @json_handler(form=RateForm)
    def rate_review(self, data, suffix=""):  # pylint: disable=unused-argument
        """The author rates a review's helpfulness and may reply once."""
        m = _m()
        review = m.PeerReview.objects.filter(pk=data["review"], block_key=self.block_key, status=m.PeerReview.DONE,
                                             submission__learner=self.identity.anonymous_id).first()
        if review is None:
            raise HandlerError(_("You can only rate reviews of your own work."), status=403)
        reply = data["reply"].strip()
        if reply and review.reply:
            raise HandlerError(_("You have already replied to this review."), status=409)
        changes = {"helpful": data["helpful"]}
        if reply:
            changes["reply"] = reply
        m.PeerReview.objects.filter(pk=review.pk).update(**changes)
        return {"message": self.gettext(_("Thank you: your reviewer will see your rating."))}

    @json_handler(form=FlagForm)
    def flag(self, data, suffix=""):  # pylint: disable=unused-argument
        """Report a review of your work, or a submission you review, as inappropriate."""
        m = _m()
        who = self.identity
        if data["kind"] == m.PeerFlag.REVIEW:
            allowed = m.PeerReview.objects.filter(pk=data["id"], block_key=self.block_key).filter(
                Q(submission__learner=who.anonymous_id) | Q(reviewer=who.anonymous_id)).exists()
        else:
            allowed = m.PeerSubmission.objects.filter(pk=data["id"], block_key=self.block_key).filter(
                Q(reviews__reviewer=who.anonymous_id) | Q(learner=who.anonymous_id)).exists()
        if not (allowed or (who.is_staff and self._target(data["kind"], data["id"]) is not None)):
            raise HandlerError(_("You cannot flag this."), status=403)
        m.PeerFlag.objects.get_or_create(kind=data["kind"], target=data["id"], flagger=who.anonymous_id,
                                         defaults={"block_key": self.block_key, "reason": data["reason"]})
        return {"message": self.gettext(_("Flagged. A facilitator will look at it."))}

    def _target(self, kind, target_id):
        m = _m()
        model = m.PeerReview if kind == m.PeerFlag.REVIEW else m.PeerSubmission
        return model.objects.filter(pk=target_id, block_key=self.block_key).first()

    # ----- staff handlers -------------------------------------------------------------------------------------

    @json_handler(form=ModerateForm, staff_only=True)
    def moderate(self, data, suffix=""):  # pylint: disable=unused-argument
        """Hide or restore a review or submission, and close its flags; a hidden review leaves the grade."""
        m = _m()
        target = self._target(data["kind"], data["id"])
        if target is None:
            raise HandlerError(_("Nothing to moderate here."), status=404)
        with transaction.atomic():
            type(target).objects.filter(pk=target.pk).update(hidden=data["hidden"])
            m.PeerFlag.objects.filter(kind=data["kind"], target=target.pk).update(resolved=True)
        if data["kind"] == m.PeerFlag.REVIEW:
            self._refresh_grade(target.submission.learner)
        message = _("Hidden from learners.") if data["hidden"] else _("Restored.")
        return {"message": self.gettext(message)}

    @json_handler(staff_only=True)
    def allocate(self, data, suffix=""):  # pylint: disable=unused-argument
        """Close submissions now and allocate reviewers (also done by itself at the close, and by a command)."""
        if self.continuous:
            raise HandlerError(_("Continuous mode has no allocation: reviewers ask for work."), status=409)
        self._activity()
        count = store.allocate(self.block_key)
        if not count and _m().PeerActivity.objects.filter(block_key=self.block_key,
                                                           allocated_at__isnull=False).exists():
            return {"assigned": 0, "message": self.gettext(_("Reviewers were already allocated."))}
        return {"assigned": count, "message": self.ngettext(
            "Reviewers allocated: %(count)s review.", "Reviewers allocated: %(count)s reviews.", count) % {
            "count": count}}

    @json_handler(form=ReassignForm, staff_only=True)
    def reassign(self, data, suffix=""):  # pylint: disable=unused-argument
        """Give a pending review to another learner of the group, or to the facilitator queue."""
        m = _m()
        review = m.PeerReview.objects.filter(pk=data["review"], block_key=self.block_key,
                                             status=m.PeerReview.ASSIGNED).select_related("submission").first()
        if review is None:
            raise HandlerError(_("That review is done or does not exist."), status=404)
        new = data["reviewer"]
        if new != logic.STAFF:
            if new == review.submission.learner:
                raise HandlerError(_("Learners cannot review their own work."))
            if not store.current_submissions(self.block_key).filter(
                    learner=new, group_key=review.submission.group_key).exists():
                raise HandlerError(_("Choose a learner who submitted in the same group."))
        m.PeerReview.objects.filter(pk=review.pk, status=m.PeerReview.ASSIGNED).update(
            reviewer=new, lease_until=None)
        return {"message": self.gettext(_("Review reassigned."))}

    @json_handler(form=OverrideForm, staff_only=True)
    def override(self, data, suffix=""):  # pylint: disable=unused-argument
        """Set a learner's grade with a reason; it replaces the peer grade and is published at once."""
        m = _m()
        if not store.current_submissions(self.block_key).filter(learner=data["learner"]).exists():
            raise HandlerError(_("That learner has not submitted anything yet."), status=404)
        with transaction.atomic():
            row, _created = m.PeerGrade.objects.get_or_create(block_key=self.block_key, learner=data["learner"])
            m.PeerGrade.objects.filter(pk=row.pk).update(
                override_score=data["score"] / 100, override_reason=data["reason"],
                overridden_by=self.identity.username or "", published=False)
        self._publish(m.PeerGrade.objects.get(pk=row.pk))
        return {"message": self.gettext(_("Grade saved. The learner sees it with your reason."))}

    @raw_handler(writes=False)
    def export(self, request, suffix=""):  # pylint: disable=unused-argument
        """Every learner's status as CSV (staff only)."""
        try:
            check_caller(self, staff_only=True)
        except HandlerError as error:
            return error_response(self, error)
        staff = self._staff_context()
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["learner", "username", "version", "late", "hidden", "reviews_given", "reviews_received",
                         "grade_percent", "override_reason", "open_flags", "text"])
        for item in staff["learners"]:
            row = item["row"]
            grade_row = item["grade_row"]
            writer.writerow([row.learner, row.learner_name, row.version, row.late, row.hidden, item["given"],
                             item["received"], "" if item["grade"] is None else item["grade"],
                             spreadsheet_cell(grade_row.override_reason if grade_row else ""), item["flags"],
                             spreadsheet_cell(plain_text(row.text))])
        stamp = datetime.now().strftime("%Y%m%d")
        response = Response(out.getvalue().encode("utf-8-sig"), content_type="text/csv", charset="utf-8")
        response.headers["Content-Disposition"] = f'attachment; filename="peer-review-{stamp}.csv"'
        return response

    # ----- Studio ---------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, params=None, kind=ValidationMessage.ERROR):
            text = self.gettext(message)
            validation.add(ValidationMessage(kind, text % params if params else text))

        def warning(message, params=None):
            error(message, params, ValidationMessage.WARNING)

        criteria, errors = logic.parse_rubric(data.rubric)
        for number, problem in errors:
            error(_("Rubric line %(line)s: %(problem)s"), {
                "line": number, "problem": self.gettext(problem.message) % problem.params
                if problem.params else self.gettext(problem.message)})
        if not criteria:
            error(_("Write at least one rubric criterion."))
        if not (data.prompt or "").strip():
            error(_("Write the prompt for the learners."))
        if not 1 <= data.reviews_per_submission <= 10:
            error(_("Reviews per submission must be between 1 and 10."))
        if data.weight_received < 0 or data.weight_given < 0 or data.weight_received + data.weight_given == 0:
            error(_("The grade weights must be positive and not both zero."))
        elif data.weight_received + data.weight_given != 100:
            warning(_("The weights add up to %(total)s, not 100: the grade uses them as shares of their sum."),
                    {"total": data.weight_received + data.weight_given})
        if not data.continuous and not data.submission_due:
            warning(_("Without a date when submissions close, reviewers are allocated only when a facilitator "
                      "presses Allocate."))
        if data.submission_due and data.review_due and data.review_due <= data.submission_due:
            error(_("Reviews must be due after submissions close."))
        if data.max_files < 0 or data.max_file_mb <= 0:
            error(_("File limits must be positive."))

    def author_sections(self):
        """The prompt, the rubric with every level's points, then the settings."""
        rows = [(criterion.label, [f"{level.points} · {level.label}" + (f": {level.description}"
                                                                          if level.description else "")
                                   for level in criterion.levels]) for criterion in self.criteria()]
        others = [name for name in self.editable_fields if name not in ("display_name", "prompt", "rubric")]
        return [*field_sections(self, ("prompt",)), section(self.gettext(_("Rubric")), rows=rows),
                *field_sections(self, others)]

    @staticmethod
    def workbench_scenarios():
        """An English writing task and a library-service action plan, for several learners."""
        return peer_review_scenarios()
