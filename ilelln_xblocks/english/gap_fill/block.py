"""``ilelln_gap_fill``: an English text with gaps, checked tolerantly on the server."""
from collections import namedtuple

from django.template.defaultfilters import linebreaksbr
from xblock.core import XBlock
from xblock.fields import Float, List, Scope, String
from xblock.validation import ValidationMessage

from ...core.authoring import field_sections, section
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _, current_language
from ...core.memo import per_content
from ...core.sanitize import isolate
from .. import base as english
from .. import checking
from . import logic
from .forms import AnswersForm
from .scenarios import gap_fill_scenarios

# A piece of the running text: author's text, or a gap with what the learner typed and its mark (hashable, so the
# page's {% partial %} renders each distinct gap once).
Piece = namedtuple("Piece", "text gap number value hint status symbol mark", defaults=("", None, 0, "", "", "", "", ""))

MESSAGES = {
    checking.CORRECT: _("Correct."),
    checking.ALMOST: _("Almost: check your spelling."),
    # Translators: said of a wrong answer; an almost right one has its own message.
    checking.WRONG: _("Not quite."),
    checking.EMPTY: _("Fill in this gap."),
}
# The compact mark beside a checked gap in the text: a symbol, and words for screen readers (not colour alone).
MARKS = {
    # Translators: the mark beside a right gap; it describes the learner's answer (إجابة), like "almost right".
    checking.CORRECT: ("\u2713", _("correct")),
    checking.ALMOST: ("~", _("almost right")),
}
WRONG_MARK = ("\u2717", _("try again"))
# Translators: the mark beside a wrong gap once no attempts are left.
FINAL_WRONG_MARK = ("\u2717", _("not right"))


@per_content
def _text_html(text):
    """A piece of the author's running text as the page shows it (escaped, line breaks as <br>), once per text."""
    return linebreaksbr(text, autoescape=True)


class GapFillBlock(english.Activity, XBlock):
    """Collocations, prepositions and phrases in context, with feedback on the errors Arabic speakers make."""

    block_name = "gap_fill"

    display_name = english.display_name(_("Gap fill"))
    instructions = english.instructions()
    gloss = english.gloss()
    text = String(
        display_name=_("Text with gaps"),
        help=_(
            "Put each gap in double brackets with its accepted answers separated by |. After a ';' you may add "
            "hint: ..., wrong: answer => feedback, forms: form | form (other forms this gap accepts), forms (the "
            "same inflection spelt another way, such as learnt/learned) or numbers (digits and number words "
            "agree). Right after a wrong: part, ar: ... gives the Arabic of its feedback, shown beside the English "
            "on Arabic pages. Example: "
            "I look forward [[to ; wrong: for => We look forward to something. ; ar: نقول look forward to وليس "
            "for. ; hint: a preposition]] hearing from you."
        ),
        scope=Scope.content,
        default="",
        multiline_editor=True,
    )
    max_attempts = english.max_attempts(3, _("How many times a learner may check their answers; 0 means no limit."))
    almost_credit = Float(
        display_name=_("Credit for a near miss"),
        help=_("The share of a gap's point given for an answer with a small spelling mistake, from 0 to 1."),
        scope=Scope.settings,
        default=0.5,
    )
    weight = english.weight()
    answers = List(help=_("The learner's latest answers."), scope=Scope.user_state, default=[])
    results = List(help=_("How the latest answers were judged."), scope=Scope.user_state, default=[])
    attempts = english.attempts(_("How many times the learner has checked."))
    best_score = english.best_score()

    editable_fields = ("display_name", "instructions", "gloss", "text", "max_attempts", "almost_credit", "weight")
    olx_texts = (("instructions", "instructions"), ("gloss", "gloss"), ("text", "text"))

    # ----- logic --------------------------------------------------------------------------------------------

    def gaps(self):
        """The gaps of the text (an empty list while the markup has a mistake)."""
        try:
            return logic.parse_markup(self.text)[1]
        except logic.AuthorError:
            return []

    def recalculate_fraction(self):
        """The saved answers judged against the current text (an instructor's rescore after fixing a gap)."""
        gaps = self.gaps()
        if len(self.answers) != len(gaps):
            return self.best_score
        return logic.score(gaps, self.answers, self.almost_credit)[1]

    def _finished(self, results=None):
        results = self.results if results is None else results
        return bool(results) and (
            all(result["status"] == checking.CORRECT for result in results)
            or (self.max_attempts and self.attempts >= self.max_attempts)
        )

    def _all_correct(self, results=None):
        results = self.results if results is None else results
        return bool(results) and all(result["status"] == checking.CORRECT for result in results)

    def attempts_text(self, results=None):
        """The counter's words, none once every gap is right (attempts to spare are no longer attempts left)."""
        return "" if self._all_correct(results) else super().attempts_text()

    def _feedback(self, result):
        if result["status"] == checking.EXPECTED_WRONG:
            return result["feedback"]
        message = MESSAGES[result["status"]]
        return self.gettext(message)

    # ----- views --------------------------------------------------------------------------------------------

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The text with a labelled input per gap, feedback from the last check, and the answers once finished."""
        try:
            pieces, gaps = logic.parse_markup(self.text)
        except logic.AuthorError:
            pieces, gaps = [], []
        results = self.results  # a list field is copied on each read: read once, passed on
        finished, answers = self._finished(results), list(self.answers)
        answers += [""] * (len(gaps) - len(answers))
        items, feedback = [], []
        for piece in pieces:
            if isinstance(piece, str):
                items.append(Piece(text=_text_html(piece)))
                continue
            result = results[piece] if piece < len(results) else None
            symbol, mark = self._mark(result["status"], finished) if result else ("", "")
            item = Piece(gap=piece, number=piece + 1, value=answers[piece], hint=gaps[piece].hint,
                         status=result["status"] if result else "", symbol=symbol, mark=mark)
            if result:
                feedback.append(self._feedback_item(item, result, gaps[piece], finished))
            items.append(item)
        context = {
            "display_name": self.display_name,
            "instructions": self.instructions,
            "gloss": self.gloss,
            # Before the first check every gap is empty and unmarked: the running text is then one partial, the
            # block's content only; after, each gap is a partial with the learner's answer and mark.
            "answered": any(item.value or item.status for item in items),
            "items": tuple(items),
            "feedback": feedback,
            "gap_count": len(gaps),
            "finished": finished,
            "attempts_text": self.attempts_text(results),
            "score_percent": round(100 * self.best_score),
            "checked": bool(results),
        }
        return self.render_fragment(context)

    def _mark(self, status, finished):
        symbol, words = MARKS.get(status) or (FINAL_WRONG_MARK if finished else WRONG_MARK)
        return symbol, self.gettext(words)

    def _feedback_item(self, item, result, gap, finished):
        """One line of the list under the text: the verdict in the learner's language, the author's English
        feedback with its Arabic on Arabic pages, and the answer once finished, only where the learner missed it."""
        status = result["status"]
        arabic = current_language().split("-")[0] == "ar"
        return {
            "gap": item.gap, "number": item.number, "status": status,
            "verdict": self.gettext(MESSAGES[checking.WRONG if status == checking.EXPECTED_WRONG else status]),
            "message": result["feedback"] if status == checking.EXPECTED_WRONG else "",
            "gloss": logic.english_runs(result.get("gloss", "")) if status == checking.EXPECTED_WRONG and arabic
            else [],
            "answer": gap.accepted[0] if finished and status != checking.CORRECT else "",
        }

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The exercise without its answers, for the mobile apps (the same for every learner)."""
        try:
            pieces, gaps = logic.parse_markup(self.text)
        except logic.AuthorError:
            pieces, gaps = [], []
        return {
            "display_name": self.display_name,
            "instructions": self.instructions,
            "gloss": self.gloss,
            "pieces": [piece if isinstance(piece, str) else {"gap": piece, "hint": gaps[piece].hint}
                       for piece in pieces],
            "max_attempts": self.max_attempts,
        }

    def user_state_data(self):
        """This learner's answers, feedback, attempts and score."""
        return {"answers": list(self.answers), "results": [r["status"] for r in self.results],
                "attempts": self.attempts, "attempts_left": self._attempts_left(), "score": self.best_score,
                "finished": self._finished()}

    # ----- handlers -----------------------------------------------------------------------------------------

    @json_handler(form=AnswersForm)
    def check(self, data, suffix=""):  # pylint: disable=unused-argument
        """Judge the answers on the server, keep the best score, and publish grade and completion."""
        if self._finished():
            raise HandlerError(_("This exercise is finished: you have used every attempt."), status=409)
        gaps = self.gaps()
        results, fraction = logic.score(gaps, data["answers"], self.almost_credit)
        self.answers = data["answers"]
        self.results = [{"status": result.status, "feedback": result.feedback, "gloss": result.gloss}
                        for result in results]
        self.attempts += 1
        self.best_score = max(self.best_score, fraction)
        self.publish_grade(self.best_score * self.weight, self.weight)
        finished = self._finished()
        if finished:
            self.record_completion(1.0)
        correct = sum(result.status == checking.CORRECT for result in results)
        return {
            "results": [{"status": result["status"], "message": self._feedback(result), "gloss": result["gloss"]}
                        for result in self.results],
            "summary": self.ngettext(
                "%(correct)s of %(total)s gap correct.", "%(correct)s of %(total)s gaps correct.", len(gaps)
            ) % {"correct": correct, "total": len(gaps)},
            "attempts_left": self._attempts_left(),
            "attempts_text": self.attempts_text(),
            "finished": finished,
            "answers": [gap.accepted[0] for gap in gaps] if finished else None,
            "score": self.best_score,
            # The block as it is now: the page takes the marks and the feedback list from it, in place.
            "html": self.student_view().content,
        }

    # ----- Studio -------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, **params):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        def text_error(message, **params):
            """A mistake in the markup, named by its field ("Text with gaps: Gap 2: ...")."""
            problem = self.gettext(message)
            error(_("%(field)s: %(problem)s"), field=self.gettext(self.fields["text"].display_name),
                  problem=problem % params if params else problem)

        try:
            gaps = logic.parse_markup(data.text)[1]
        except logic.AuthorError as problem:
            text_error(problem.message, **problem.params)
            gaps = []
        for number, gap in enumerate(gaps, start=1):
            accepted = {answer.casefold() for answer in gap.accepted}
            for answer in gap.wrong:
                if answer.casefold() in accepted:
                    text_error(_("Gap %(number)s: '%(answer)s' is both accepted and marked wrong."),
                               number=number, answer=answer)
        if (data.max_attempts or 0) < 0:
            error(_("The maximum number of attempts cannot be negative."))
        if not 0 <= data.almost_credit <= 1:
            error(_("The credit for a near miss must be between 0 and 1."))
        if data.weight < 0:
            error(_("The weight cannot be negative."))

    def author_sections(self):
        """The instructions, then each gap with its accepted answers, anticipated errors and hint."""
        gettext = self.gettext
        rows = []
        for number, gap in enumerate(self.gaps(), start=1):
            notes = []
            if len(gap.accepted) > 1:
                notes.append(gettext(_("Also accepted: %(answers)s")) % {"answers": ", ".join(gap.accepted[1:])})
            if gap.forms:
                notes.append(gettext(_("Other forms of these words are accepted.")))
            for answer, feedback in gap.wrong.items():
                notes.append(gettext(_("Answer '%(answer)s' gets: %(feedback)s")) % {"answer": answer,
                                                                                      "feedback": feedback})
                if answer in gap.glosses:
                    notes.append(gettext(_("In Arabic: %(gloss)s")) % {"gloss": isolate(gap.glosses[answer])})
            if gap.hint:
                notes.append(gettext(_("Hint: %(hint)s")) % {"hint": gap.hint})
            rows.append((gettext(_("Gap %(number)s: %(answer)s")) % {"number": number, "answer": gap.accepted[0]},
                         notes))
        return [*field_sections(self, ("instructions", "gloss")), section(gettext(_("Gaps and their answers")),
                                                                          rows=rows),
                *field_sections(self, ("max_attempts", "almost_credit", "weight"))]

    @staticmethod
    def workbench_scenarios():
        """An email to a partner library and a conference-networking text."""
        return gap_fill_scenarios()
