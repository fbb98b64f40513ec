"""``ilelln_competency_check``: rate the programme's competencies at the start and at the end, and see the growth."""

from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import List, Scope, String
from xblock.validation import ValidationMessage

from ...core import fields, keys
from ...core.authoring import field_sections, section
from ...core.base import IlellnBlockMixin
from ...core.export import csv_response
from ...core.handlers import json_handler, raw_handler
from ...core.i18n import _
from ...core.olx import ReadableOLXMixin
from ...core.studio import IlellnStudioMixin
from . import logic, store
from .forms import RatingsForm
from .scenarios import competency_check_scenarios


class CompetencyCheckBlock(ReadableOLXMixin, IlellnStudioMixin, CompletableXBlockMixin, IlellnBlockMixin, XBlock):
    """A self-assessment of the programme's competencies, at the start or at the end of the programme."""

    block_name = "competency_check"
    ilelln_activity = True

    display_name = fields.display_name(_("Competency self-assessment"))
    assessment = String(
        display_name=_("Assessment key"),
        help=_("Give the start and end checks of a course the same key, so the end check can show growth."),
        scope=Scope.content,
        default="programme",
    )
    phase = String(
        display_name=_("Phase"),
        help=_("Whether learners rate themselves at the start or at the end of the programme."),
        scope=Scope.content,
        default=logic.START,
        values=[
            {"display_name": _("Start of the programme"), "value": logic.START},
            {"display_name": _("End of the programme"), "value": logic.END},
        ],
    )
    introduction = String(
        display_name=_("Introduction"),
        help=_("What the learner is asked to do, and why honesty helps them."),
        scope=Scope.content,
        default="",
        multiline_editor=True,
    )
    competencies = List(
        display_name=_("Competencies"),
        help=_(
            "One per item: key | module | statement, for example: ict-audit | Module 1: ICT in libraries | "
            "I can audit my library's technology against users' needs. Keep keys unchanged between the start "
            "and end checks."
        ),
        scope=Scope.content,
        default=[],
    )
    scale = List(
        display_name=_("Rating scale"),
        help=_("The labels of the scale, lowest first, for example: Not yet, Beginning, Developing, Confident."),
        scope=Scope.content,
        # Translators: the levels of a self-rating of a competency, lowest first ("Not yet": not yet begun).
        default=[_("Not yet"), _("Beginning"), _("Developing"), _("Confident"), _("I could teach it")],
    )

    editable_fields = ("display_name", "assessment", "phase", "introduction", "competencies", "scale")
    olx_lists = (("scale", "level"),)
    olx_texts = (("introduction", "introduction"),)
    olx_elements = ("competencies",)

    # ----- data ---------------------------------------------------------------------------------------------

    def competency_list(self):
        """The competencies the author wrote correctly (Studio reports the others)."""
        return logic.parse_competencies(self.competencies)[0]

    def _my_ratings(self):
        """``{phase: {key: rating}}`` for the current learner, in one query."""
        return store.learner_ratings(keys.course_key_of(self), self.assessment, self.identity.anonymous_id)

    def cohort_summary(self):
        """Per competency and phase: the cohort's mean rating and how many rated it (one SQL query)."""
        return store.cohort_summary(keys.course_key_of(self), self.assessment)

    # ----- views --------------------------------------------------------------------------------------------

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The rating form, the learner's growth chart, and the cohort table for staff."""
        items = self.competency_list()
        scale = self.scale
        mine = self._my_ratings()
        phase = self.phase  # a field read costs a few µs: each field once
        current = mine.get(phase, {})
        show_growth = bool(mine[logic.START])
        cohort = None
        if self.identity.is_staff:
            summary = self.cohort_summary()
            cohort = [(item, summary.get(item.key, {})) for item in items]
        context = {
            "display_name": self.display_name,
            "introduction": self.introduction,
            "is_end": phase == logic.END,
            "has_groups": bool(items),
            "preview": cohort is not None,
            # (module, ((key, statement, the learner's rating), ...)): each competency is a partial with its scale;
            # before a learner's first rating in this phase the whole form is one (the block's content only)
            "rated": bool(current),
            "groups": tuple((module, tuple((item.key, item.statement, current.get(item.key)) for item in members))
                            for module, members in logic.grouped(items)),
            # The author's labels, translated in the partial (once per label, scale and language)
            "scale": tuple(enumerate(scale, start=1)),
            "scale_size": len(scale),
            "submitted": len(current) == len(items) and bool(items),
            "show_growth": show_growth,
            "growth": [
                {
                    "item": row.competency, "start": row.start, "end": row.end, "change": row.change,
                    # SVG lengths as text: Django would localise floats ("80,0" in Arabic).
                    "start_bar": f"{row.bar(row.start):g}", "end_bar": f"{row.bar(row.end):g}",
                }
                for row in logic.growth(items, mine[logic.START], mine[logic.END], len(scale))
            ] if show_growth else [],
            "cohort": cohort,
            "csv_url": self.runtime.handler_url(self, "cohort_csv") if cohort is not None else "",
        }
        return self.render_fragment(context)

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """Competencies and scale, for the mobile apps (no learner bound)."""
        return {
            "display_name": self.display_name,
            "phase": self.phase,
            "introduction": self.introduction,
            "scale": list(self.scale),
            "competencies": [
                {"key": item.key, "module": item.module, "statement": item.statement} for item in self.competency_list()
            ],
        }

    def user_state_data(self):
        """The learner's own ratings at the start and the end."""
        mine = self._my_ratings()
        return {"my_ratings": {"start": mine[logic.START], "end": mine[logic.END]}}

    # ----- handlers -----------------------------------------------------------------------------------------

    @json_handler(form=RatingsForm)
    def save_ratings(self, data, suffix=""):  # pylint: disable=unused-argument
        """Store the learner's ratings for this phase (replacing earlier ones) and complete the block."""
        saved = store.save(keys.course_key_of(self), self.assessment, self.identity.anonymous_id, self.phase,
                           data["ratings"])
        self.record_completion(1.0)
        # The block as it is now, so the page shows the growth chart in place instead of reloading.
        return {"saved": saved, "message": self.gettext(_("Your ratings are saved.")),
                "html": self.student_view().content}

    @raw_handler(writes=False, staff_only=True, methods=("GET",))
    def cohort_csv(self, request, suffix=""):  # pylint: disable=unused-argument
        """For facilitators: the cohort's mean ratings per competency (anonymous), as CSV."""
        summary = self.cohort_summary()
        rows = []
        for item in self.competency_list():
            start = summary.get(item.key, {}).get(logic.START, ("", 0))
            end = summary.get(item.key, {}).get(logic.END, ("", 0))
            rows.append([item.key, item.module, item.statement, start[0], start[1], end[0], end[1]])
        return csv_response(f"competencies-{self.assessment}.csv",
                            ["competency", "module", "statement", "start_mean", "start_n", "end_mean", "end_n"], rows)

    # ----- Studio and OLX -----------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, **params):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        if data.phase not in logic.PHASES:
            error(_("The phase must be start or end."))
        if not (data.assessment or "").strip():
            error(_("Give the assessment a key shared by its start and end checks."))
        if len([label for label in data.scale if label.strip()]) < 2:
            error(_("The rating scale needs at least two levels."))
        items, problems = logic.parse_competencies(data.competencies)
        if not items and not problems:
            error(_("Add at least one competency."))
        for number, problem in problems:
            detail = self.gettext(problem.message)
            error(_("Competency %(number)s: %(detail)s"), number=number,
                  detail=detail % problem.params if problem.params else detail)

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Read ``<group module=..><competency key=..>statement</competency></group>`` elements."""
        block = super().parse_xml(node, runtime, keys)
        lines = []
        for group in node.findall("group"):
            for child in group.findall("competency"):
                lines.append(logic.Competency(
                    child.get("key", "").strip(), group.get("module", "").strip(), "".join(child.itertext()).strip()
                ).to_line())
        if lines:
            block.competencies = lines
        return block

    def add_xml_to_node(self, node):
        """Write the competencies grouped by module, one readable element each."""
        super().add_xml_to_node(node)
        for module, members in logic.grouped(self.competency_list()):
            group = node.makeelement("group", {"module": module})
            for item in members:
                child = group.makeelement("competency", {"key": item.key})
                child.text = item.statement
                group.append(child)
            node.append(group)

    def author_sections(self):
        """The introduction, each competency with its module, and the rating scale."""
        rows = [f"{item.module} · {item.statement}" for item in self.competency_list()]
        return [*field_sections(self, ("assessment", "phase", "introduction")),
                section(self.gettext(_("Competencies")), rows=rows), *field_sections(self, ("scale",))]

    @staticmethod
    def workbench_scenarios():
        """The start and end checks of the programme, in Arabic and English."""
        return competency_check_scenarios()
