"""``ilelln_listening``: audio or video with speed control, comprehension questions, dictation and transcript."""
from django.utils.safestring import mark_safe
from xblock.core import XBlock
from xblock.fields import List, Scope, String
from xblock.validation import ValidationMessage

from ...core.authoring import field_sections, section
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _, current_language
from ...core.memo import per_content
from ...core.rendering import render_partial, render_template
from .. import base as english
from . import logic
from .forms import SubmitForm
from .scenarios import listening_scenarios

AFTER, REQUEST = "after", "request"
HIDDEN_WORD = "…"  # a word of the dictation the learner has not found yet
# Translators: "Not quite." is said of a wrong answer; a partly right one has its own message.
RIGHT, PARTLY, WRONG = _("Correct."), _("Partly right."), _("Not quite.")

VIDEO_EXTENSIONS = (".mp4", ".webm", ".m4v")
PACKAGE = __name__.rpartition(".")[0]
_ROW_END = "\n    "  # after each question, as the template's loop wrote them


def _question_values(dom_id, index, question, answer):
    """What ``listening_question.html`` shows of a question and the learner's answer (hashable, for a partial):
    the choices as (position, text, checked) tuples, the typed answer of a short question as text."""
    return {"dom_id": dom_id, "index": index, "number": index + 1, "kind": question.kind, "prompt": question.prompt,
            "choices": tuple((n, text, answer == n or (isinstance(answer, list) and n in answer))
                             for n, (text, _right) in enumerate(question.choices)),
            "value": answer if isinstance(answer, str) else ""}


@per_content
def _unanswered(question_text, dom_id, language):
    """``(questions, each question's fieldset before an answer)``, rendered once per content and language: what
    a learner sees until they answer (empty while the markup has a mistake)."""
    try:
        questions = logic.parse_questions(question_text)
    except logic.AuthorError:
        return [], ()
    return questions, tuple(render_template("listening_question.html", _question_values(dom_id, index, question, None),
                                            language, package=PACKAGE) + _ROW_END
                            for index, question in enumerate(questions))


class ListeningBlock(english.Activity, XBlock):
    """Listen (at the speed you need), answer, write what you hear, then read the transcript."""

    block_name = "listening"

    display_name = english.display_name(_("Listening"))
    instructions = english.instructions()
    gloss = english.gloss()
    media_url = String(
        display_name=_("Audio or video"),
        help=_("An https:// address, or a course file such as /static/voicemail.mp3. Video files (.mp4, .webm) "
               "play as video."),
        scope=Scope.content, default="",
    )
    transcript = String(
        display_name=_("Transcript"), help=_("What is said in the recording."),
        scope=Scope.content, default="", multiline_editor=True,
    )
    transcript_rule = String(
        display_name=_("When the transcript is shown"),
        help=_("After the learner submits, or whenever they ask for it."),
        scope=Scope.settings, default=AFTER,
        values=[{"display_name": _("After submitting"), "value": AFTER},
                {"display_name": _("On request"), "value": REQUEST}],
    )
    question_text = String(
        display_name=_("Questions"),
        help=_("One question after another: '? single | question', '? multiple | question' or '? short | question', "
               "then '+ right choice' and '- wrong choice' lines, or '= accepted answer' lines for short answers, "
               "with '! wrong answer => feedback' for an anticipated wrong one."),
        scope=Scope.content, default="", multiline_editor=True,
    )
    dictation_text = String(
        display_name=_("Dictation"),
        help=_("Optional: a sentence from the recording that learners write down, scored word by word."),
        scope=Scope.content, default="", multiline_editor=True,
    )
    max_attempts = english.max_attempts(2, _("How many times a learner may submit; 0 means no limit."))
    weight = english.weight()
    answers = List(help=_("The learner's latest answers."), scope=Scope.user_state, default=[])
    typed = String(help=_("The learner's latest dictation."), scope=Scope.user_state, default="")
    credits = List(help=_("Credit per question at the last submission."), scope=Scope.user_state, default=[])
    attempts = english.attempts(_("How many times the learner has submitted."))
    best_score = english.best_score()

    editable_fields = ("display_name", "instructions", "gloss", "media_url", "transcript", "transcript_rule",
                       "question_text", "dictation_text", "max_attempts", "weight")
    olx_texts = (("instructions", "instructions"), ("gloss", "gloss"), ("transcript", "transcript"),
                 ("question_text", "questions"), ("dictation_text", "dictation"))

    def questions(self):
        """The comprehension questions (empty while the markup has a mistake)."""
        try:
            return logic.parse_questions(self.question_text)
        except logic.AuthorError:
            return []

    def media(self):
        """``(url, is_video)`` for the player; packaged demo audio is served by the runtime."""
        url = self.course_media_url(self.media_url)
        return url, url.lower().split("?")[0].endswith(VIDEO_EXTENSIONS)

    def _finished(self):
        return bool(self.max_attempts) and self.attempts >= self.max_attempts

    def _done(self):
        """Whether the learner may see the answers: no attempt left, full marks, or (with no limit) one attempt."""
        return self._finished() or self.best_score == 1.0 or (not self.max_attempts and self.attempts > 0)

    def _show_transcript(self):
        """"After submitting" means after the last attempt: the transcript would give the answers away."""
        return self.transcript_rule == REQUEST or self._done()

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The player with speed buttons, the questions, the dictation box and, when allowed, the transcript."""
        url, is_video = self.media()
        language, dom_id = current_language(), self.dom_id
        questions, unanswered = _unanswered(self.question_text, dom_id, language)
        answers = self.answers  # each field read costs: every one read once here
        attempts, max_attempts, best_score = self.attempts, self.max_attempts, self.best_score
        finished = bool(max_attempts) and attempts >= max_attempts
        done = finished or best_score == 1.0 or (not max_attempts and attempts > 0)  # as _done()
        if answers:  # a question the learner answered shows their answer: a partial per question and answer
            rows = [row if index >= len(answers) or answers[index] is None else
                    render_partial("listening_question.html", PACKAGE, language,
                                   **_question_values(dom_id, index, question, answers[index])) + _ROW_END
                    for index, (question, row) in enumerate(zip(questions, unanswered, strict=True))]
        else:
            rows = unanswered
        has_dictation = bool(self.dictation_text.strip())
        context = {
            "display_name": self.display_name, "instructions": self.instructions, "gloss": self.gloss,
            "url": url, "is_video": is_video,
            "questions": mark_safe("".join(rows)),  # noqa: S308 (rendered rows)
            "has_dictation": has_dictation,
            "typed": self.typed if has_dictation else "",
            "transcript": self.transcript if done or self.transcript_rule == REQUEST else "",
            "finished": finished,
            "attempts_text": self.attempts_text(),
            "checked": attempts > 0,  # the best score is shown once the learner has submitted
            "score_percent": round(100 * best_score) if attempts > 0 else 0,
        }
        return self.render_fragment(context)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The recording and questions without answers or transcript, for the mobile apps (no learner bound)."""
        url, is_video = self.media()
        return {
            "display_name": self.display_name, "instructions": self.instructions, "gloss": self.gloss,
            "media_url": url, "is_video": is_video,
            "questions": [{"kind": q.kind, "prompt": q.prompt, "choices": [text for text, _right in q.choices]}
                          for q in self.questions()],
            "has_dictation": bool(self.dictation_text.strip()),
            "max_attempts": self.max_attempts, "transcript_on_request": self.transcript_rule == REQUEST,
        }

    def user_state_data(self):
        """This learner's attempts and score, and the transcript once they may read it."""
        return {"attempts": self.attempts, "score": self.best_score, "credits": list(self.credits),
                "transcript": self.transcript if self._show_transcript() else None}

    @json_handler(form=SubmitForm)
    def submit(self, data, suffix=""):  # pylint: disable=unused-argument
        """Score the answers and the dictation on the server; publish grade and completion."""
        if self._finished():
            raise HandlerError(_("You have used every attempt at this exercise."), status=409)
        questions = self.questions()
        credits = [logic.score_question(q, a) for q, a in zip(questions, data["answers"], strict=True)]
        comparison = []
        items = len(credits)
        earned = sum(credits)
        if self.dictation_text.strip():
            fraction, comparison = logic.dictation(self.dictation_text, data["dictation"])
            earned += fraction
            items += 1
        score = earned / items if items else 0.0
        self.answers, self.typed, self.credits = data["answers"], data["dictation"], credits
        self.attempts += 1
        self.best_score = max(self.best_score, score)
        self.publish_grade(self.best_score * self.weight, self.weight)
        self.record_completion(1.0)
        finished = self._done()
        messages = [self.gettext(RIGHT if credit == 1.0 else WRONG if credit == 0.0 else PARTLY) for credit in credits]
        return {
            "results": [
                {"credit": credit, "message": message, "feedback": logic.short_feedback(question, answer)}
                for credit, message, question, answer in zip(credits, messages, questions, data["answers"],
                                                             strict=True)
            ],
            "solutions": [
                [text for text, right in q.choices if right] if q.kind != logic.SHORT else q.answers[:1]
                for q in questions
            ] if finished else None,
            # Before the last attempt the learner sees which words to fix, not the words themselves.
            "dictation": [{"status": status, "expected": want if finished or status == "correct" else HIDDEN_WORD,
                           "typed": got} for status, want, got in comparison],
            "dictation_summary": self._dictation_summary(comparison),
            "score": self.best_score,
            "summary": self.gettext(_("This attempt: %(score)s%%")) % {"score": round(100 * score)},
            "transcript": self.transcript if self._show_transcript() else None,
            "attempts_left": self._attempts_left(), "attempts_text": self.attempts_text(),
            "finished": self._finished(),
        }

    def _dictation_summary(self, comparison):
        """What the learner is told about a dictation: each kind of error counted, and the word error rate."""
        if not comparison:
            return ""
        counts = logic.dictation_counts(comparison)
        return self.gettext(_(
            "Wrong words: %(wrong)s · missing: %(missing)s · extra: %(extra)s · spelling slips: %(almost)s · "
            "word error rate: %(rate)s%%")) % dict(counts, rate=round(100 * counts["wer"]))

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, params=None):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        problem = english.media_problem(
            data.media_url, _("Give the recording as an https:// address or a course file starting with /static/."),
            required=True)
        if problem:
            error(problem)
        try:
            questions = logic.parse_questions(data.question_text)
        except logic.AuthorError as problem:
            error(problem.message, problem.params)
        else:
            if not questions and not (data.dictation_text or "").strip():
                error(_("Add at least one question or a dictation."))
        if data.transcript_rule not in (AFTER, REQUEST):
            error(_("The transcript is shown after submitting or on request."))
        if (data.max_attempts or 0) < 0:
            error(_("The maximum number of attempts cannot be negative."))

    def author_sections(self):
        """The recording and transcript, then each question with its right answers, and the dictation."""
        gettext = self.gettext
        try:
            questions = logic.parse_questions(self.question_text)
        except logic.AuthorError:
            questions = []
        rows = []
        for question in questions:
            if question.kind == logic.SHORT:
                notes = [gettext(_("Accepted: %(answers)s")) % {"answers": ", ".join(question.answers)}]
            else:
                notes = [(gettext(_("Right: %(choice)s")) if right else gettext(_("Wrong: %(choice)s")))
                         % {"choice": text} for text, right in question.choices]
            rows.append((question.prompt, notes))
        return [*field_sections(self, ("instructions", "gloss", "media_url", "transcript", "transcript_rule")),
                section(gettext(_("Questions and their answers")), rows=rows),
                *field_sections(self, ("dictation_text", "max_attempts", "weight"))]

    @staticmethod
    def workbench_scenarios():
        """A voicemail from a partner library about an interlibrary loan."""
        return listening_scenarios()
