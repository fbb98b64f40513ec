"""``ilelln_module_overview``: a module's aims, live sessions, deliverables and the learner's progress."""
from xblock.core import XBlock
from xblock.fields import Integer, List, Scope, String
from xblock.validation import ValidationMessage

from ...core import compat, fields, progress
from ...core.base import IlellnBlockMixin
from ...core.handlers import json_handler
from ...core.i18n import _
from ...core.olx import ReadableOLXMixin
from ...core.studio import IlellnStudioMixin
from ...core.time import in_zone, utc_iso
from . import logic as schedule
from .forms import ChecklistForm
from .scenarios import module_overview_scenarios


class ModuleOverviewBlock(ReadableOLXMixin, IlellnStudioMixin, IlellnBlockMixin, XBlock):
    """The first page of a module: what it aims at, when the live sessions are, what to hand in, how far I am."""

    block_name = "module_overview"

    display_name = fields.display_name(_("Module overview"))
    module_number = Integer(
        display_name=_("Module number"),
        help=_("The module's place in the programme: 0 for orientation, then 1 to 5."),
        scope=Scope.content,
        default=1,
    )
    module_title = String(
        display_name=_("Module title"),
        help=_("For example: ICT in libraries."),
        scope=Scope.content,
        default="",
    )
    introduction = String(
        display_name=_("Introduction"),
        help=_(
            "A short paragraph on why this module matters to a public librarian. "
            "Blank lines start a new paragraph."
        ),
        scope=Scope.content,
        default="",
        multiline_editor=True,
    )
    objectives = List(
        display_name=_("Objectives"),
        help=_("What learners will be able to do after the module, one per item."),
        scope=Scope.content,
        default=[],
    )
    competencies = List(
        display_name=_("Competencies"),
        help=_("The programme competencies this module develops, one per item."),
        scope=Scope.content,
        default=[],
    )
    deliverables = List(
        display_name=_("Deliverables"),
        help=_("What learners hand in or do, one per item. Learners can tick them off."),
        scope=Scope.content,
        default=[],
    )
    sessions = List(
        display_name=_("Live sessions"),
        help=_(
            "One session per item: kind | start | title | place or link. Kinds: workshop, seminar, "
            "field_visit, discussion. Example: workshop | 2026-12-06 10:00 Africa/Cairo | "
            "Mapping your library's ICT needs | Cairo Public Library, Hall 2"
        ),
        scope=Scope.content,
        default=[],
    )
    deliverables_done = List(
        help=_("Positions of the deliverables this learner has ticked as done."),
        scope=Scope.user_state,
        default=[],
    )

    editable_fields = (
        "display_name", "module_number", "module_title", "introduction",
        "objectives", "competencies", "deliverables", "sessions",
    )
    olx_lists = (
        ("objectives", "objective"),
        ("competencies", "competency"),
        ("deliverables", "deliverable"),
    )
    olx_texts = (("introduction", "introduction"),)
    olx_elements = ("sessions",)

    # ----- what the views share ------------------------------------------------------------------

    def _sessions(self):
        """The parsable live sessions, soonest first (bad lines are reported in Studio, not shown)."""
        return schedule.parse_sessions(self.sessions)[0]

    def _progress(self):
        """The module's activities, this learner's records of them, and the summary."""
        activities = progress.activities_in(progress.module_of(self))
        keys = [str(block.scope_ids.usage_id) for block in activities]
        records = progress.learner_progress(keys, self.identity.anonymous_id) if self.identity.anonymous_id else {}
        return activities, records, schedule.summarise_progress(keys, records)

    def _done(self):
        """The ticked deliverables that still exist (the author may have removed some)."""
        return sorted(index for index in set(self.deliverables_done) if 0 <= index < len(self.deliverables))

    # ----- views -----------------------------------------------------------------------------------

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The learner's (and, for staff, the facilitator's) view of the module."""
        who = self.identity
        activities, records, summary = self._progress()
        deliverables = self.deliverables  # a List field is copied on every read: each is read once here
        done = {index for index in self.deliverables_done if 0 <= index < len(deliverables)}
        time_zone = who.time_zone
        # Learner-independent parts render as partials, keyed by their values (content, time zone, counts).
        context = {
            "number": self.module_number,
            "title": self.module_title or self.display_name,
            "paragraphs": schedule.paragraphs(self.introduction),
            "objectives": tuple(self.objectives),
            "competencies": tuple(self.competencies),
            # The same for everyone in one time zone: one partial.
            "sessions": schedule.shown_sessions(self.sessions, time_zone or ""),
            "deliverables": tuple((index, text, index in done) for index, text in enumerate(deliverables)),
            "summary": summary,
            "progress_text": self.ngettext(
                "%(done)s of %(total)s activity completed (%(percent)s%%)",
                "%(done)s of %(total)s activities completed (%(percent)s%%)",
                summary.total,
            ) % {"done": summary.completed, "total": summary.total, "percent": summary.percent}
            if summary.total else "",  # shown only when the module has activities
            "activities": tuple((block.display_name or block.scope_ids.block_type,
                                 records.get(str(block.scope_ids.usage_id), (None, None))[0]) for block in activities),
            "preview": who.is_staff,  # the checklist is shown to staff switched off
            "cohort": self._cohort_rows(activities) if who.is_staff else None,
            "learners": self._learner_rows(activities) if who.is_staff else None,
        }
        return self.render_fragment(context, init_args={"time_zone": time_zone or ""})

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The module's content as JSON, for the mobile apps (no learner bound)."""
        return {
            "display_name": self.display_name,
            "module_number": self.module_number,
            "module_title": self.module_title,
            "introduction": self.introduction,
            "objectives": list(self.objectives),
            "competencies": list(self.competencies),
            "deliverables": list(self.deliverables),
            "sessions": [
                {
                    "kind": session.kind,
                    "start": utc_iso(session.start),
                    "title": session.title,
                    "place": session.place,
                    "is_link": session.is_link,
                }
                for session in self._sessions()
            ],
        }

    def user_state_data(self):
        """The learner's ticked deliverables and progress through the module's activities."""
        _activities, _records, summary = self._progress()
        return {"deliverables_done": self._done(),
                "progress": {"total": summary.total, "completed": summary.completed, "percent": summary.percent}}

    def _cohort_rows(self, activities):
        """Per activity, how many learners started and completed it, and their mean score."""
        counts = progress.cohort_progress([str(block.scope_ids.usage_id) for block in activities])
        rows = []
        for block in activities:
            row = counts.get(str(block.scope_ids.usage_id), {})
            mean = row.get("mean_score")
            rows.append({
                "title": block.display_name or block.scope_ids.block_type,
                "learners": row.get("learners", 0),
                "completed": row.get("completed", 0),
                "mean_percent": None if mean is None else round(100 * mean),
            })
        return rows

    def _learner_rows(self, activities):
        """Per learner with progress in the module, fewest activities completed first, then the longest idle.

        Names come from the LMS's anonymous ids in one query per 900 learners (``compat.usernames``); in the
        workbench the id is the name.
        """
        titles = {str(block.scope_ids.usage_id): block.display_name or block.scope_ids.block_type
                  for block in activities}
        rows, cohort = [], progress.learners_progress(list(titles))
        names = compat.usernames(self, cohort)
        for learner, entry in cohort.items():
            local = in_zone(entry["last"], self.identity.time_zone)
            rows.append({
                "name": names.get(learner) or learner,
                "completed": entry["completed"],
                "total": len(titles),
                "last_title": titles.get(entry["last_key"], ""),
                "utc": utc_iso(entry["last"]),
                "when": f"{local:%Y-%m-%d %H:%M} ({local.tzname()})",
            })
        return sorted(rows, key=lambda row: (row["completed"], row["utc"]))

    # ----- handlers --------------------------------------------------------------------------------

    @json_handler(form=ChecklistForm)
    def save_checklist(self, data, suffix=""):  # pylint: disable=unused-argument
        """Keep the deliverables the learner has ticked."""
        self.deliverables_done = sorted(set(data["done"]))
        return {"done": self.deliverables_done, "message": self.gettext(_("Your checklist is saved."))}

    @json_handler(staff_only=True, writes=False)
    def cohort_progress(self, data, suffix=""):  # pylint: disable=unused-argument
        """For facilitators: progress of the whole cohort through the module's activities."""
        activities = progress.activities_in(progress.module_of(self))
        return {"activities": self._cohort_rows(activities)}

    # ----- Studio ------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, **params):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        if not 0 <= data.module_number <= 20:
            error(_("The module number must be between 0 and 20."))
        if not (data.module_title or "").strip():
            error(_("Give the module a title."))
        if not [item for item in data.objectives if item.strip()]:
            error(_("Add at least one objective."))
        for number, problem in schedule.parse_sessions(data.sessions)[1]:
            detail = self.gettext(problem.message)
            if problem.params:
                detail = detail % problem.params
            error(_("Live session %(number)s: %(detail)s"), number=number, detail=detail)

    def clean_studio_edits(self, data):
        """Trim list items and drop empty ones, and write session lines in one consistent form."""
        for name in ("objectives", "competencies", "deliverables"):
            if name in data:
                data[name] = [item.strip() for item in data[name] if item.strip()]
        if "sessions" in data:
            cleaned = []
            for line in data["sessions"]:
                if not line.strip():
                    continue
                try:
                    cleaned.append(schedule.parse_session(line).to_line())
                except schedule.AuthorError:
                    cleaned.append(line.strip())
            data["sessions"] = cleaned

    # ----- OLX ----------------------------------------------------------------------------------------

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Read ``<session kind start place>title</session>`` children besides the plain lists."""
        block = super().parse_xml(node, runtime, keys)
        sessions = node.findall("session")
        if sessions:
            block.sessions = [
                schedule.join_line(
                    child.get("kind", ""), child.get("start", ""), "".join(child.itertext()), child.get("place", "")
                )
                for child in sessions
            ]
        return block

    def add_xml_to_node(self, node):
        """Write each live session as its own readable element."""
        super().add_xml_to_node(node)
        for line in self.sessions:
            kind, start, title, place = schedule.split_line(line)
            child = node.makeelement("session", {"kind": kind, "start": start, "place": place})
            child.text = title
            node.append(child)

    @staticmethod
    def workbench_scenarios():
        """Module 1 (ICT in libraries) in English and in Arabic (the demo adds the whole course: demo/urls.py)."""
        return module_overview_scenarios()
