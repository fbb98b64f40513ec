"""``ilelln_speaking``: record an answer in the browser, keep it on the platform, self-check, staff feedback."""

from django.core.files.storage import default_storage
from xblock.core import XBlock
from xblock.fields import Boolean, Float, Integer, List, Scope, String
from xblock.scorable import Score
from xblock.validation import ValidationMessage

from ...core import keys
from ...core.files import serve_file, store_upload
from ...core.handlers import (
    HandlerError,
    json_handler,
    json_response,
    raw_handler,
)
from ...core.i18n import _
from ...core.operator_settings import upload_limit_bytes
from .. import base as english
from . import logic, store
from .forms import FeedbackForm, OfflineForm, SubmitForm
from .scenarios import speaking_scenarios

REFUSALS = {
    "empty": _("The recording is empty. Record again."),
    "too-big": _("The recording is larger than %(size)s. Record a shorter answer."),
    "wrong-type": _("This file is not a recording we can play. Use the recorder, or choose an audio file."),
    "too-long": _("The recording is longer than %(seconds)s seconds. Record a shorter answer."),
    "no-duration": _("The length of the recording is missing. Record again."),
}


class SpeakingBlock(english.Activity, XBlock):
    """Speak, listen back, record again, submit; facilitators listen and give feedback."""

    block_name = "speaking"
    keeps_best = False  # the facilitator's latest score is the grade

    display_name = english.display_name(_("Speaking practice"))
    prompt = String(display_name=_("Prompt"), help=_("What to say, to whom and why, in English."),
                    scope=Scope.content, default="", multiline_editor=True)
    gloss = english.gloss()
    model_audio = String(display_name=_("Model answer (audio)"),
                         help=_("Optional: an https:// address or a /static/ course file with a model answer."),
                         scope=Scope.content, default="")
    checklist = List(display_name=_("Self-assessment checklist"),
                     help=_("Statements the learner ticks after listening to themselves, one per item."),
                     scope=Scope.content, default=[])
    max_seconds = Integer(display_name=_("Longest recording (seconds)"),
                          help=_("Recording stops by itself at this length."), scope=Scope.settings, default=90)
    max_upload_mb = Float(display_name=_("Largest file (MB)"), help=_("Uploads above this size are refused."),
                          scope=Scope.settings, default=5.0)
    # Not ``graded``: that is the platform's inheritable subsection setting (xmodule/modulestore/inheritance.py), so in
    # a graded subsection every speaking block would inherit True and become staff-graded.
    staff_graded = Boolean(display_name=_("Graded by staff"),
                     help=_("When on, the facilitator's score becomes the grade; otherwise the activity is ungraded."),
                     scope=Scope.settings, default=False)
    weight = english.weight()

    editable_fields = ("display_name", "prompt", "gloss", "model_audio", "checklist", "max_seconds",
                       "max_upload_mb", "staff_graded", "weight")
    olx_renamed = {"max_megabytes": "max_upload_mb"}
    olx_lists = (("checklist", "item"),)
    olx_texts = (("prompt", "prompt"), ("gloss", "gloss"))

    @property
    def has_score(self):
        """Graded only when the author says staff grade it."""
        return self.staff_graded

    def max_score(self):
        """The points this exercise is worth when graded."""
        return self.weight if self.staff_graded else None

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Read the block; OLX written before 0.2 said ``graded`` for ``staff_graded``."""
        legacy = node.attrib.pop("graded", None)
        if legacy is not None and "staff_graded" not in node.attrib:
            node.set("staff_graded", legacy)
        return super().parse_xml(node, runtime, keys)

    # The score is the facilitator's, kept on the recording's row: rescoring re-publishes it.
    def has_submitted_answer(self):
        """Whether this learner has a scored recording."""
        row = self._row()
        return bool(row and row.staff_score is not None)

    def get_score(self):
        """The facilitator's score as points."""
        row = self._row()
        possible = float(self.weight)
        return Score(raw_earned=(row.staff_score or 0.0) * possible if row else 0.0, raw_possible=possible)

    def set_score(self, score):
        """Nothing to keep: the score lives on the recording row the facilitator scored."""

    def calculate_score(self):
        """The facilitator's score, unchanged."""
        return self.get_score()

    # ----- data -----------------------------------------------------------------------------------------------

    def _row(self, learner=None):
        learner = learner or self.identity.anonymous_id
        return store.own(self.block_key, learner)

    def _model_audio_url(self):
        return self.course_media_url(self.model_audio)

    def _publish_staff_score(self, row):
        """A staff score reaches the gradebook when its learner next opens the block (the LMS grades per request)."""
        if row and row.staff_score is not None and not row.score_published and self.staff_graded:
            self.publish_grade(row.staff_score * self.weight, self.weight)
            store.mark_score_published(row)

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The prompt, the recorder, the checklist and the facilitator's feedback; the cohort's recordings for staff."""
        row = self._row()
        self._publish_staff_score(row)
        queue = None
        if self.identity.is_staff:
            queue = [
                {"row": item, "url": self.runtime.handler_url(self, "recording", item.learner),
                 "score_percent": None if item.staff_score is None else round(100 * item.staff_score)}
                for item in store.queue(self.block_key)
            ]
        submitted = store.submitted(row)
        feedback = row.feedback if row else ""
        score_percent = None if not row or row.staff_score is None else round(100 * row.staff_score)
        # Each field is read only where the page shows it: whether staff grade goes with a score or the queue, the
        # checklist with the recorder (before submitting). The row's values are passed plain: a lookup on a missing
        # row costs Django an exception.
        shows_grading = queue is not None or bool(feedback and score_percent is not None)
        ticked = row.self_check if row else ()
        context = {
            "display_name": self.display_name,
            "prompt": self.prompt,
            "gloss": self.gloss,
            "staff_graded": self.staff_graded if shows_grading else False,
            "feedback": feedback,
            "offline_note": row.offline_note if submitted else "",
            "recording_url": self.runtime.handler_url(self, "recording") if row and row.file else "",
            "submitted": submitted,
            # the author's statements, each a row rendered once per text and tick ({% partial %})
            "checklist": () if submitted else tuple((index, text, bool(index < len(ticked) and ticked[index]))
                                                    for index, text in enumerate(self.checklist)),
            "model_url": self._model_audio_url(),
            "score_percent": score_percent,
            "queue": queue, "preview": queue is not None,  # staff see the recorder switched off
        }
        return self.render_fragment(context, init_args={"max_seconds": self.max_seconds,
                                                         "max_bytes": upload_limit_bytes(self)})

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The prompt, model answer and checklist, for the mobile apps (no learner bound)."""
        return {
            "display_name": self.display_name, "prompt": self.prompt, "gloss": self.gloss,
            "model_audio": self._model_audio_url(), "checklist": list(self.checklist),
            "max_seconds": self.max_seconds,
        }

    def user_state_data(self):
        """The learner's recording status and the facilitator's feedback."""
        row = self._row()
        return {"status": row.status if row else None, "feedback": row.feedback if row else ""}

    # ----- handlers -------------------------------------------------------------------------------------------

    @raw_handler(writes=True, methods=("POST",))
    def upload(self, request, suffix=""):  # pylint: disable=unused-argument
        """Store a recording (the raw audio bytes as the body) in the platform's storage, replacing the draft."""
        who = self.identity
        row = self._row()
        if store.submitted(row):
            raise HandlerError(_("You have already submitted your recording."), status=409)
        try:
            declared = float(request.headers.get("X-Duration", "0"))
        except ValueError:
            declared = 0.0

        def checked(data, max_bytes):
            kind, seconds = logic.check_recording(data, declared, max_bytes, self.max_seconds)
            return {"type": kind, "data": data, "seconds": seconds}

        stored = store_upload(self, request, "speaking", upload_limit_bytes(self), checked, REFUSALS,
                              seconds=self.max_seconds)
        seconds = stored["seconds"]
        old_file = row.file if row else ""
        store.save_draft(self.block_key, who, keys.course_key_of(self), stored["file"], stored["type"],
                         stored["size"], seconds)
        if old_file:
            default_storage.delete(old_file)
        return json_response({"seconds": seconds, "url": self.runtime.handler_url(self, "recording"),
                              "message": self.gettext(_("Recording saved. Listen to it, then submit."))})

    @raw_handler(writes=False)
    def recording(self, request, suffix=""):  # pylint: disable=unused-argument
        """Play back a recording: learners their own; staff anyone's (``suffix`` = the learner's id)."""
        who = self.identity
        learner = suffix or who.anonymous_id
        if learner != who.anonymous_id and not who.is_staff:
            raise HandlerError(_("Only course staff can do this."), status=403)
        row = self._row(learner)
        if row is None or not row.file or not default_storage.exists(row.file):
            raise HandlerError(_("There is no recording yet."), status=404)
        return serve_file(row.file, row.content_type)

    @json_handler(form=SubmitForm)
    def submit(self, data, suffix=""):  # pylint: disable=unused-argument
        """Submit the recording with the self-check; the activity is complete."""
        row = self._row()
        if row is None or not row.file:
            raise HandlerError(_("Record your answer before you submit it."))
        if store.submitted(row):
            raise HandlerError(_("You have already submitted your recording."), status=409)
        store.submit(row, data["self_check"])
        self.record_completion(1.0)
        return {"message": self.gettext(_("Submitted. Your facilitator will listen and reply here."))}

    @json_handler(form=OfflineForm)
    def offline(self, data, suffix=""):  # pylint: disable=unused-argument
        """Without a microphone: say how the activity was done, for the facilitator to see."""
        row = self._row()
        if store.submitted(row):
            raise HandlerError(_("You have already submitted your recording."), status=409)
        store.save_offline(self.block_key, self.identity, keys.course_key_of(self), data["note"])
        self.record_completion(1.0)
        return {"message": self.gettext(_("Thank you. Your facilitator will see your note."))}

    @json_handler(form=FeedbackForm, staff_only=True)
    def feedback(self, data, suffix=""):  # pylint: disable=unused-argument
        """A facilitator's feedback (and score, when the activity is graded) on one learner's recording."""
        score = data["score"] / 100 if data["score"] is not None and self.staff_graded else None
        if not store.give_feedback(self.block_key, data["learner"], data["feedback"], self.identity.username or "",
                                   score):
            raise HandlerError(_("That learner has not submitted anything yet."), status=404)
        return {"message": self.gettext(_("Feedback saved. The learner sees it next time they open the activity."))}

    # ----- Studio ---------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message):
            validation.add(ValidationMessage(ValidationMessage.ERROR, self.gettext(message)))

        if not (data.prompt or "").strip():
            error(_("Write the prompt for the learners."))
        if not 5 <= data.max_seconds <= 600:
            error(_("The longest recording must be between 5 and 600 seconds."))
        if not 0.1 <= data.max_upload_mb <= 50:
            error(_("The largest file must be between 0.1 and 50 MB."))
        problem = english.media_problem(
            data.model_audio, _("The model answer must be an https:// address or a /static/ course file."))
        if problem:
            error(problem)

    @staticmethod
    def workbench_scenarios():
        """Introduce your library in a minute; leave a voicemail about an interlibrary loan."""
        return speaking_scenarios()
