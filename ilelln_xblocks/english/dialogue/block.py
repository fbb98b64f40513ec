"""``ilelln_dialogue``: a branching role-play with feedback on register and tone for every reply."""
from typing import NamedTuple

from django.utils.safestring import mark_safe
from xblock.core import XBlock
from xblock.fields import Float, List, Scope, String
from xblock.validation import ValidationMessage

from ...core.authoring import field_sections, section
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _, current_language
from ...core.memo import per_content
from ...core.rendering import render_template
from .. import base as english
from . import logic
from .forms import ChoiceForm
from .scenarios import dialogue_scenarios

BEST, LAST = "best", "last"
PACKAGE = __name__.rpartition(".")[0]


class _Script(NamedTuple):
    """A playable script and its HTML, rendered once per script and language (shared: read, never changed)."""

    nodes: dict            # node id -> node ({} when the script has a problem)
    start: str
    lines: dict            # node id -> the speaker's line and the replies, as the page shows the current node
    steps: dict            # (node id, reply index) -> that exchange as a line of the conversation so far


@per_content
def _script(text, language):
    nodes, start = logic.playable(text)

    def render(name, **values):
        return render_template(name, values, language, package=PACKAGE)

    return _Script(nodes, start, {node_id: render("dialogue_node.html", node=node) for node_id, node in nodes.items()},
                   {(node_id, index): render("dialogue_step.html", speaker=node.speaker, line=node.line,
                                             reply=option.reply, feedback=option.feedback)
                    for node_id, node in nodes.items() for index, option in enumerate(node.options)})


class DialogueBlock(english.Activity, XBlock):
    """Phone calls, meetings and networking as a conversation the learner steers, scored on the server."""

    block_name = "dialogue"

    display_name = english.display_name(_("Role-play dialogue"))
    intro = String(
        display_name=_("Situation"), help=_("Who the learner is, who they speak to, and why, in English."),
        scope=Scope.content, default="", multiline_editor=True,
    )
    gloss = english.gloss()
    script = String(
        display_name=_("Dialogue script"),
        help=_(
            "One node after another. '# id | speaker' starts a node (add '| end' for an ending), then the speaker's "
            "line, an optional '~ gloss' line, and one '> next node | points | reply | feedback' line per reply. "
            "The first node is the start."
        ),
        scope=Scope.content, default="", multiline_editor=True,
    )
    max_attempts = english.max_attempts(0, _("How many times a learner may play the dialogue; 0 means no limit."))
    scoring_rule = String(
        display_name=_("Score kept"), help=_("Whether the grade is the best or the latest attempt's score."),
        scope=Scope.settings, default=BEST,
        values=[
            {"display_name": _("Best attempt"), "value": BEST},
            {"display_name": _("Latest attempt"), "value": LAST},
        ],
    )
    weight = english.weight()
    path = List(help=_("The replies chosen in the current attempt, as [node, option] pairs."),
                scope=Scope.user_state, default=[])
    attempts = english.attempts(_("How many attempts the learner has finished."))
    score = Float(help=_("The share of the points kept for the grade."), scope=Scope.user_state, default=0.0)

    editable_fields = ("display_name", "intro", "gloss", "script", "max_attempts", "scoring_rule", "weight")
    olx_texts = (("intro", "situation"), ("gloss", "gloss"), ("script", "conversation"))

    score_field = "score"

    @property
    def keeps_best(self):
        """Only the best attempt counts when the author keeps the best score."""
        return self.scoring_rule == BEST

    # ----- the conversation ---------------------------------------------------------------------------------

    def _nodes(self):
        return logic.playable(self.script or "")

    def _route(self, nodes, start):
        """``(steps, current node id, earned points)`` from the stored path; a step is ``(node, reply index)``."""
        steps, current, earned = [], start, 0
        for step in self.path:
            node_id, index = step
            node = nodes.get(node_id)
            if node is None or node_id != current or not 0 <= index < len(node.options):
                # The author changed the script since this attempt began: start it afresh.
                return [], start, 0
            option = node.options[index]
            steps.append((node, index))
            earned += option.points
            current = option.next
        return steps, current, earned

    def _walk(self, nodes, start):
        """``(transcript, current node id, earned points)`` from the stored path."""
        steps, current, earned = self._route(nodes, start)
        transcript = []
        for node, index in steps:
            option = node.options[index]
            transcript.append({"speaker": node.speaker, "line": node.line, "gloss": node.gloss,
                               "reply": option.reply, "feedback": option.feedback, "points": option.points})
        return transcript, current, earned

    @staticmethod
    def _node_data(node):
        return {"id": node.id, "speaker": node.speaker, "line": node.line, "gloss": node.gloss, "ending": node.ending,
                "options": [{"index": index, "reply": option.reply} for index, option in enumerate(node.options)]}

    def _state(self):
        nodes, start = self._nodes()
        if not nodes:
            return None
        transcript, current, earned = self._walk(nodes, start)
        total = logic.best_total(list(nodes.values()))
        node = nodes[current]
        return {"transcript": transcript, "node": self._node_data(node), "earned": earned, "total": total,
                "ended": node.ending}

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The conversation so far, the other speaker's line, and the replies to choose from."""
        script = _script(self.script or "", current_language())
        context = {"display_name": self.display_name, "intro": self.intro, "gloss": self.gloss, "playing": False}
        if script.nodes:
            steps, current, _earned = self._route(script.nodes, script.start)
            ended = script.nodes[current].ending
            context.update({
                "playing": True,
                "transcript": mark_safe("".join([script.steps[node.id, index]  # noqa: S308 (rendered steps)
                                                 for node, index in steps])),
                "current": script.lines[current],
                "ended": ended,
                "score_percent": round(100 * self.score),
                "can_replay": ended and self._attempts_left() != 0,
            })
        return self.render_fragment(context)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The situation, without the script's points or feedback, for the mobile apps (no learner bound)."""
        return {"display_name": self.display_name, "intro": self.intro, "gloss": self.gloss,
                "max_attempts": self.max_attempts, "scoring_rule": self.scoring_rule}

    def user_state_data(self):
        """The learner's current place and transcript, attempts and kept score."""
        state = self._state()
        return {"node": state["node"] if state else None, "transcript": state["transcript"] if state else [],
                "attempts": self.attempts, "score": self.score}

    # ----- handlers -----------------------------------------------------------------------------------------

    @json_handler(form=ChoiceForm)
    def choose(self, data, suffix=""):  # pylint: disable=unused-argument
        """Take the reply chosen at the current node; at an ending, score the attempt and publish the grade."""
        nodes, start = self._nodes()
        if not nodes:
            raise HandlerError(_("This dialogue is not ready yet."), status=409)
        transcript, current, earned = self._walk(nodes, start)
        if not transcript:
            self.path = []
        node = nodes[current]
        if node.ending:
            raise HandlerError(_("This conversation has ended. Start again to replay it."), status=409)
        if data["node"] != current:
            raise HandlerError(_("That reply is not part of where you are in the conversation. Reload the page."),
                               status=409)
        if data["option"] >= len(node.options):
            raise HandlerError(_("There is no such reply."))
        option = node.options[data["option"]]
        self.path = [*self.path, [current, data["option"]]]
        earned += option.points
        following = nodes[option.next]
        answer = {"feedback": option.feedback, "node": self._node_data(following), "ended": following.ending}
        if following.ending:
            total = logic.best_total(list(nodes.values()))
            fraction = earned / total if total else 1.0
            self.attempts += 1
            self.score = max(self.score, fraction) if self.scoring_rule == BEST else fraction
            self.publish_grade(self.score * self.weight, self.weight)
            self.record_completion(1.0)
            answer.update({
                "summary": self.ngettext("You earned %(earned)s of %(total)s point.",
                                         "You earned %(earned)s of %(total)s points.", total) % {
                    "earned": earned, "total": total},
                "score": self.score,
                "attempts_left": self._attempts_left(),
                "transcript": transcript + [{"speaker": node.speaker, "line": node.line, "reply": option.reply,
                                             "feedback": option.feedback, "points": option.points}],
            })
        return answer

    @json_handler()
    def restart(self, data, suffix=""):  # pylint: disable=unused-argument
        """Start the conversation again, if attempts are left."""
        if self.max_attempts and self.attempts >= self.max_attempts:
            raise HandlerError(_("You have used every attempt at this dialogue."), status=409)
        self.path = []
        nodes, start = self._nodes()
        # The first line and its replies, so the page starts again in place instead of reloading.
        return {"restarted": True, "node": self._node_data(nodes[start]) if nodes else None,
                "attempts_left": self._attempts_left(), "message": self.gettext(_("The conversation starts again."))}

    # ----- Studio -------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, params=None):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        try:
            nodes = logic.parse_script(data.script)
        except logic.AuthorError as problem:
            error(problem.message, problem.params)
        else:
            for message, params in logic.check_script(nodes):
                error(message, params)
        if (data.max_attempts or 0) < 0:
            error(_("The maximum number of attempts cannot be negative."))
        if data.scoring_rule not in (BEST, LAST):
            error(_("The score kept must be the best or the latest attempt."))
        if data.weight < 0:
            error(_("The weight cannot be negative."))

    def author_sections(self):
        """The introduction, then every node of the script with each reply's points, feedback and next node."""
        gettext = self.gettext
        try:
            nodes = logic.parse_script(self.script)
        except logic.AuthorError:
            nodes = []
        rows = []
        for node in nodes:
            notes = [gettext(_("Reply (%(points)s points, then '%(next)s'): %(reply)s — %(feedback)s")) % {
                "points": option.points, "next": option.next, "reply": option.reply, "feedback": option.feedback}
                for option in node.options]
            if node.ending:
                notes.append(gettext(_("An ending.")))
            rows.append((f"{node.id} · {node.speaker}: {node.line}", notes))
        return [*field_sections(self, ("intro", "gloss")), section(gettext(_("The dialogue")), rows=rows),
                *field_sections(self, ("max_attempts", "scoring_rule", "weight"))]

    @staticmethod
    def workbench_scenarios():
        """A phone call about an interlibrary loan, and networking at a conference."""
        return dialogue_scenarios()
