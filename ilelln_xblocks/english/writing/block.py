"""``ilelln_writing``: an email or proposal abstract checked offline against the author's checklist rubric."""
from xblock.core import XBlock
from xblock.fields import Boolean, Float, Integer, List, Scope, String
from xblock.validation import ValidationMessage

from ...core import keys
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _
from .. import base as english
from . import logic, store
from .forms import OverrideForm, TextForm
from .scenarios import writing_scenarios


class WritingBlock(english.Activity, XBlock):
    """Write, get feedback per criterion, revise; facilitators can read every submission and override the score."""

    block_name = "writing"

    display_name = english.display_name(_("Professional writing"))
    task = String(display_name=_("Task"), help=_("What to write, to whom and why, in English."),
                  scope=Scope.content, default="", multiline_editor=True)
    gloss = english.gloss()
    structure = List(display_name=_("Structure checks"),
                     help=_("Moves the text must have: subject, greeting, purpose, request, closing, signature."),
                     scope=Scope.content, default=list(logic.EMAIL_CHECKS))
    ideas = List(display_name=_("Required ideas"),
                 help=_("One per item: a phrase, with alternatives after '|'. Other forms of the words count."),
                 scope=Scope.content, default=[])
    min_words = Integer(display_name=_("Minimum words"), help=_("0 for no minimum."), scope=Scope.content, default=0)
    max_words = Integer(display_name=_("Maximum words"), help=_("0 for no maximum."), scope=Scope.content, default=0)
    spelling = Boolean(display_name=_("Check spelling"),
                       help=_("British and American spellings are both accepted."),
                       scope=Scope.content, default=True)
    max_misspellings = Integer(display_name=_("Spelling mistakes allowed"),
                               help=_("How many misspelled words still pass the spelling criterion."),
                               scope=Scope.content, default=2)
    extra_words = List(display_name=_("Extra accepted words"),
                       help=_("Names and terms the spelling check should accept."), scope=Scope.content, default=[])
    register = Boolean(display_name=_("Check formal register"),
                       help=_("Flag contractions and informal words."), scope=Scope.content, default=True)
    min_reading_ease = Float(display_name=_("Minimum reading ease"),
                             help=_("Flesch reading ease the text must reach (0 to skip; 50 is plain English)."),
                             scope=Scope.content, default=0.0)
    reviewed = Boolean(display_name=_("Reviewed by people"),
                       help=_("A facilitator or peers read the texts: the page says the automatic score is advice."),
                       scope=Scope.settings, default=True)
    max_attempts = english.max_attempts(3, _("How many times a learner may submit; 0 means no limit."),
                                  label=_("Maximum submissions"))
    weight = english.weight()
    draft = String(help=_("The learner's text as last saved."), scope=Scope.user_state, default="")
    results = List(help=_("Feedback per criterion on the last submission."), scope=Scope.user_state, default=[])
    attempts = english.attempts(_("How many times the learner has submitted."))
    best_score = english.best_score(_("The learner's best automatic share of the points."))

    editable_fields = ("display_name", "task", "gloss", "structure", "ideas", "min_words", "max_words", "spelling",
                       "max_misspellings", "extra_words", "register", "min_reading_ease", "reviewed", "max_attempts",
                       "weight")
    olx_lists = (("structure", "check"), ("ideas", "idea"), ("extra_words", "word"))
    olx_texts = (("task", "task"), ("gloss", "gloss"))

    def rubric(self):
        """The author's checklist as a plain :class:`~writing_logic.Rubric`."""
        return logic.Rubric(
            structure=tuple(key for key in self.structure if key in logic.STRUCTURE),
            ideas=logic.parse_ideas(self.ideas), min_words=self.min_words, max_words=self.max_words,
            spelling=self.spelling, max_misspellings=self.max_misspellings, extra_words=tuple(self.extra_words),
            register=self.register, min_reading_ease=self.min_reading_ease, prompt=self.task,
        )

    def _translated(self, results):
        """Criteria with their labels in the learner's language (required ideas keep the author's words)."""
        translated = []
        for result in results:
            label = result["label"]
            advice = result.get("advice") or ""
            if advice:   # what to add or change, in the learner's language (the author's idea kept as written)
                advice = self.gettext(advice) % result.get("params", {})
            translated.append(dict(result, label=label if result["key"] == "idea" else self.gettext(label),
                                   advice=advice))
        return translated

    def _criteria(self, task=None, min_words=None, max_words=None):
        """The criteria the check looks at, ``((key, label, points), ...)``: labels untranslated, from the
        author's fields (each read once: the view passes those it shows too) through a parse kept per content."""
        task = self.task if task is None else task
        min_words = self.min_words if min_words is None else min_words
        max_words = self.max_words if max_words is None else max_words
        return logic.criteria(self.structure, self.ideas, task, bool(min_words or max_words), self.spelling,
                              self.register, self.min_reading_ease)

    def _plan(self):
        """The criteria the learner sees before the first attempt: labels translated, with their points."""
        return [{"label": label if key == "idea" else self.gettext(label), "points": points}
                for key, label, points in self._criteria()]

    def _own_submission(self):
        """This learner's submission row, publishing a staff override the first time the learner comes back."""
        learner = self.identity.anonymous_id
        row = store.own(self.block_key, learner)
        if row and row.override_score is not None and not row.override_published:
            # The LMS publishes grades only for the user of the request, so the override reaches the
            # gradebook when its learner next opens the block.
            self.publish_grade(row.override_score * self.weight, self.weight, only_if_higher=False)
            store.mark_override_published(row)
        return row

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The task, the editor with autosave, feedback per criterion, and for staff the cohort's submissions."""
        row = self._own_submission()
        staff_rows = store.recent(self.block_key) if self.identity.is_staff else None
        override = row.override_score if row else None
        results = self.results  # a list field is copied on each read: read once
        task, min_words, max_words = self.task, self.min_words, self.max_words
        left = self._attempts_left()
        # The page down to the learner's text is one partial of the block's content, the preview's frame, whether the
        # attempts are used and the facilitator's override (none for most learners); only the draft, the counter and
        # the feedback are put in per view.
        context = {
            "display_name": self.display_name,
            "task": task,
            "gloss": self.gloss,
            "draft": self.draft,
            "results": self._translated(results),
            "has_results": bool(results),
            "attempts_text": self.attempts_text() if left is not None else "",
            "finished": left == 0,
            "score_percent": round(100 * self.best_score) if results else None,
            "override_comment": row.override_comment if override is not None else "",
            "override_percent": round(100 * override) if override is not None else None,
            "preview": staff_rows is not None,
            "staff_rows": staff_rows,
            # the criteria and the limits are the author's: the same section for every learner (a partial)
            "criteria": self._criteria(task, min_words, max_words),
            "min_words": min_words,
            "max_words": max_words,
            "reviewed": self.reviewed,
        }
        return self.render_fragment(context)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The task, its criteria and limits, for the mobile apps (no learner bound)."""
        return {"display_name": self.display_name, "task": self.task, "gloss": self.gloss, "criteria": self._plan(),
                "min_words": self.min_words, "max_words": self.max_words, "reviewed": self.reviewed,
                "max_attempts": self.max_attempts}

    def user_state_data(self):
        """The learner's draft, feedback per criterion, attempts and score."""
        return {"draft": self.draft, "results": self._translated(self.results), "attempts": self.attempts,
                "score": self.best_score}

    @json_handler(form=TextForm)
    def save_draft(self, data, suffix=""):  # pylint: disable=unused-argument
        """Keep the learner's text (called a moment after they stop typing)."""
        self.draft = data["text"]
        return {"saved": True, "message": self.gettext(_("Draft saved."))}

    @json_handler(form=TextForm)
    def submit(self, data, suffix=""):  # pylint: disable=unused-argument
        """Check the text against the rubric on the server; keep the best score and publish it.

        A refused submission stores nothing, not even the draft: the text stays in the learner's page.
        """
        text = data["text"]
        if self._attempts_left() == 0:
            raise HandlerError(_("You have used every submission. Your text stays on this page."), status=409)
        if not text.strip():
            raise HandlerError(_("Write your text before you submit it."))
        self.draft = text
        results = logic.check(text, self.rubric())
        score = logic.fraction(results)
        self.results = results
        self.attempts += 1
        self.best_score = max(self.best_score, score)
        store.save(self.block_key, self.identity.anonymous_id, keys.course_key_of(self), self.identity.username or "",
                   text, self.best_score, results, self.attempts)
        self.publish_grade(self.best_score * self.weight, self.weight)
        self.record_completion(1.0)
        return {
            "results": self._translated(results),
            "score": self.best_score,
            "summary": self.ngettext("%(passed)s of %(total)s criterion met.", "%(passed)s of %(total)s criteria met.",
                                     len(results)) % {
                "passed": sum(result["passed"] for result in results), "total": len(results)},
            "attempts_left": self._attempts_left(), "attempts_text": self.attempts_text(),
        }

    @json_handler(form=OverrideForm, staff_only=True)
    def override(self, data, suffix=""):  # pylint: disable=unused-argument
        """A facilitator sets a learner's score with a comment; it replaces the automatic score."""
        if not store.override(self.block_key, data["learner"], data["score"] / 100, data["comment"],
                              self.identity.username or ""):
            raise HandlerError(_("That learner has not submitted anything yet."), status=404)
        return {"message": self.gettext(_("Score saved. The learner sees it with your comment."))}

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, params=None):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        unknown = [key for key in data.structure if key not in logic.STRUCTURE]
        if unknown:
            error(_("Unknown structure checks: %(names)s. Use subject, greeting, purpose, request, closing, "
                    "signature."), {"names": ", ".join(unknown)})
        if data.min_words < 0 or data.max_words < 0 or (data.max_words and data.max_words < data.min_words):
            error(_("The word limits must be positive, and the maximum at least the minimum."))
        if data.max_misspellings < 0 or (data.max_attempts or 0) < 0:
            error(_("Counts cannot be negative."))
        if not (data.task or "").strip():
            error(_("Write the task for the learners."))

    @staticmethod
    def workbench_scenarios():
        """An interlibrary-loan request email and a proposal abstract."""
        return writing_scenarios()
