"""What Studio shows and checks for peer review: the author's view of the rubric, and validation before saving."""
from xblock.validation import ValidationMessage

from ...core.authoring import field_sections, section
from ...core.i18n import _
from . import logic


class PeerStudioMixin:
    """``validate_field_data`` and ``author_sections`` for the Studio editor (see ``core/studio.py``)."""

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
        if data.max_files < 0 or data.max_upload_mb <= 0:
            error(_("File limits must be positive."))

    def author_sections(self):
        """The prompt, the rubric with every level's points, then the settings."""
        rows = [(criterion.label, [f"{level.points} · {level.label}" + (f": {level.description}"
                                                                          if level.description else "")
                                   for level in criterion.levels]) for criterion in self.criteria()]
        others = [name for name in self.editable_fields if name not in ("display_name", "prompt", "rubric")]
        return [*field_sections(self, ("prompt",)), section(self.gettext(_("Rubric")), rows=rows),
                *field_sections(self, others)]
