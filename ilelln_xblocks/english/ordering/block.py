"""``ilelln_ordering``: put sentences, the moves of an email or presentation signposts in order."""
from django.utils.safestring import mark_safe
from xblock.core import XBlock
from xblock.fields import List, Scope, String
from xblock.validation import ValidationMessage

from ...core import keys
from ...core.authoring import field_sections, section
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _, current_language
from ...core.memo import per_content
from ...core.rendering import render_template
from .. import base as english
from . import logic
from .forms import OrderForm
from .scenarios import ordering_scenarios

PACKAGE = __name__.rpartition(".")[0]
MARKS = (None, True, False)  # a row's mark: not checked or not by position, right place, wrong place


@per_content
def _rows(items, block_key, language):
    """Each item's row in every state it can show, ``{(mark, finished): rows in the correct order}``, and the
    solution list, rendered once per content and language: a view puts the rows in the learner's order."""
    tokens = keys.item_tokens("ilelln-ordering", block_key, len(items))

    def row(index, mark, finished):
        return render_template("ordering_item.html", {"token": tokens[index], "text": items[index], "mark": mark,
                                                      "finished": finished}, language, package=PACKAGE)

    rows = {(mark, finished): tuple(row(index, mark, finished) for index in range(len(items)))
            for mark in MARKS for finished in (False, True)}
    return rows, mark_safe(render_template("ordering_solution.html", {"items": items}, language,  # noqa: S308
                                           package=PACKAGE))


class OrderingBlock(english.Activity, XBlock):
    """Arrange items by dragging or with Move up / Move down buttons; scored on the server."""

    block_name = "ordering"

    display_name = english.display_name(_("Put in order"))
    instructions = english.instructions()
    gloss = english.gloss()
    items = List(
        display_name=_("Items in the correct order"),
        help=_("One item per entry, in the right order. Learners see them shuffled."),
        scope=Scope.content, default=[],
    )
    scoring = String(
        display_name=_("Scoring"),
        help=_("Positions: a point for each item in its place. Neighbours: a point for each pair in the right order."),
        scope=Scope.settings, default=logic.POSITIONS,
        values=[{"display_name": _("Correct positions"), "value": logic.POSITIONS},
                {"display_name": _("Correct neighbours"), "value": logic.NEIGHBOURS}],
    )
    max_attempts = english.max_attempts(3, _("How many times a learner may check their answers; 0 means no limit."))
    weight = english.weight()
    arrangement = List(help=_("The learner's latest order, as positions in the correct order."),
                       scope=Scope.user_state, default=[])
    marks = List(help=_("Which places or pairs were right at the last check."), scope=Scope.user_state, default=[])
    attempts = english.attempts(_("How many times the learner has checked."))
    best_score = english.best_score()

    editable_fields = ("display_name", "instructions", "gloss", "items", "scoring", "max_attempts", "weight")
    olx_lists = (("items", "item"),)
    olx_texts = (("instructions", "instructions"), ("gloss", "gloss"))

    def recalculate_fraction(self):
        """The saved order scored again with the current scoring rule."""
        return logic.score(self.arrangement, self.scoring)[0] if self.arrangement else self.best_score

    def item_tokens(self):
        """An unguessable id per item (an HMAC with the site's secret), so the page never reveals the order."""
        return list(keys.item_tokens("ilelln-ordering", self.block_key, len(self.items)))

    def _current(self, count=None):
        """The learner's arrangement, or their personal shuffle before the first check."""
        count = len(self.items) if count is None else count
        arrangement = self.arrangement
        if arrangement and sorted(arrangement) == list(range(count)):
            return list(arrangement)
        return logic.shuffled(count, f"{self.block_key}:{self.identity.anonymous_id}")

    def _finished(self, marks=None):
        marks = self.marks if marks is None else marks
        return bool(marks) and (all(marks) or bool(self.max_attempts and self.attempts >= self.max_attempts))

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The learner's list with move buttons, marks from the last check, and the order once finished."""
        items, marks = self.items, self.marks  # each field read costs (a List is copied): read once
        rows, solution = _rows(items, self.block_key, current_language())
        current = self._current(len(items))
        finished = self._finished(marks)
        context = {
            "display_name": self.display_name, "instructions": self.instructions, "gloss": self.gloss,
            "finished": finished,
            "solution": solution if finished else "",
            "attempts_text": self.attempts_text(),
            "checked": False,  # set, not left out: a missing variable costs the template an exception
        }
        position_marks = marks if marks and self.scoring == logic.POSITIONS else ()
        if position_marks:
            marked = {mark: rows[mark, finished] for mark in MARKS}
            context["rows"] = mark_safe("".join([  # noqa: S308 (rendered rows)
                marked[position_marks[place] if place < len(position_marks) else None][index]
                for place, index in enumerate(current)]))
        else:
            unmarked = rows[None, finished]
            context["rows"] = mark_safe("".join([unmarked[index] for index in current]))  # noqa: S308 (rendered rows)
        if marks:  # the best score is shown once the learner has checked
            context.update(checked=True, score_percent=round(100 * self.best_score))
        return self.render_fragment(context)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The items with opaque ids, sorted by id so the order gives nothing away, for the mobile apps."""
        tokens = self.item_tokens()
        items = sorted(({"id": tokens[index], "text": text} for index, text in enumerate(self.items)),
                       key=lambda item: item["id"])
        return {
            "display_name": self.display_name, "instructions": self.instructions, "gloss": self.gloss,
            "items": items, "scoring": self.scoring, "max_attempts": self.max_attempts,
        }

    def user_state_data(self):
        """This learner's current order (item ids), marks, attempts and score."""
        tokens = self.item_tokens()
        return {"order": [tokens[index] for index in self._current()], "marks": list(self.marks),
                "attempts": self.attempts, "score": self.best_score, "finished": self._finished()}

    @json_handler(form=OrderForm)
    def check(self, data, suffix=""):  # pylint: disable=unused-argument
        """Score the learner's order on the server, keep the best score, publish grade and completion."""
        if self._finished():
            raise HandlerError(_("This exercise is finished: you have used every attempt."), status=409)
        fraction, marks = logic.score(data["order"], self.scoring)
        self.arrangement = data["order"]
        self.marks = marks
        self.attempts += 1
        self.best_score = max(self.best_score, fraction)
        self.publish_grade(self.best_score * self.weight, self.weight)
        finished = self._finished()
        if finished:
            self.record_completion(1.0)
        right = sum(marks)
        if self.scoring == logic.POSITIONS:
            summary = self.ngettext(
                "%(right)s of %(total)s item in the right place.", "%(right)s of %(total)s items in the right place.",
                len(marks)) % {"right": right, "total": len(marks)}
        else:
            summary = self.ngettext(
                "%(right)s of %(total)s pair in the right order.", "%(right)s of %(total)s pairs in the right order.",
                len(marks)) % {"right": right, "total": len(marks)}
        return {
            "marks": marks if self.scoring == logic.POSITIONS else [],
            "summary": summary,
            "score": self.best_score,
            "attempts_left": self._attempts_left(),
            "attempts_text": self.attempts_text(),
            "finished": finished,
            "solution": list(self.items) if finished else None,
        }

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message):
            validation.add(ValidationMessage(ValidationMessage.ERROR, self.gettext(message)))

        items = [item for item in data.items if item.strip()]
        if len(items) < 2:
            error(_("Add at least two items to put in order."))
        if len(set(items)) != len(items):
            error(_("Two items have the same text: learners could not tell them apart."))
        if data.scoring not in (logic.POSITIONS, logic.NEIGHBOURS):
            error(_("Scoring must be by positions or by neighbours."))
        if (data.max_attempts or 0) < 0:
            error(_("The maximum number of attempts cannot be negative."))
        if data.weight < 0:
            error(_("The weight cannot be negative."))

    def author_sections(self):
        """The instructions, then the items in their right order (learners get them shuffled)."""
        return [*field_sections(self, ("instructions", "gloss")),
                section(self.gettext(_("The right order (learners see the items shuffled)")), rows=list(self.items)),
                *field_sections(self, ("scoring", "max_attempts", "weight"))]

    @staticmethod
    def workbench_scenarios():
        """The moves of an interlibrary-loan email, and the signposts of a project pitch."""
        return ordering_scenarios()
