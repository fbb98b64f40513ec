"""``author_view``: what learners will meet, with the answers, for the course team in Studio.

Studio's unit page renders ``author_view`` where a block has one (``has_author_view``), and the
preview then binds the block with Studio's mutable field data (cms/djangoapps/contentstore/views/
preview.py, ``_load_preview_block``; xmodule/studio_editable.py ``has_author_view``); the authoring
MFE's unit page does the same and falls back to ``student_view`` (openedx-platform PR #35587).

The view has two parts: a summary of the content the author wrote, read the way the block reads
it (the gaps with their accepted answers, the dialogue's nodes and replies, the rubric), and below
it the learner's page as a learner first meets it. A block gives its summary as
``author_sections()``; by default each editable field is shown with its label. Nothing here
writes: in Studio's preview every write handler refuses (core/handlers.py), and the summary only
reads content fields.
"""
from dataclasses import replace

from web_fragments.fragment import Fragment
from xblock.fields import Boolean, List

from .i18n import _
from .rendering import render_template


def section(title, text=None, rows=None):
    """One part of the summary: a heading, a text, and/or rows of ``(text, [notes])``."""
    return {
        "title": title,
        "text": text or "",
        "rows": [{"text": row[0], "notes": list(row[1])} if isinstance(row, tuple) else {"text": row, "notes": []}
                 for row in (rows or [])],
    }


def _choice_label(block, field, value):
    for choice in field.values or ():
        if isinstance(choice, dict) and choice.get("value") == value:
            return block.gettext(choice["display_name"])
    return str(value)


def field_sections(block, names):
    """A section per field in ``names``, shown as an author reads it (empty fields are left out)."""
    sections = []
    for name in names:
        field = block.fields[name]
        value = getattr(block, name)
        title = block.gettext(field.display_name) if field.display_name else name
        if isinstance(field, Boolean):
            sections.append(section(title, block.gettext(_("Yes") if value else _("No"))))
        elif isinstance(field, List):
            if value:
                sections.append(section(title, rows=[str(item) for item in value]))
        elif value not in (None, ""):
            shown = _choice_label(block, field, value) if field.values and not isinstance(value, (int, float)) \
                else str(value)
            sections.append(section(title, shown))
    return sections


class AuthorViewMixin:
    """``author_view`` for every block: a summary of its content, then the learner's page."""

    has_author_view = True

    def author_sections(self):
        """The summary: by default every editable field but the display name."""
        return field_sections(self, [name for name in self.editable_fields if name != "display_name"])

    def author_view(self, context=None):
        """The summary with the answers for the course team, then what learners see; learners see only their page."""
        from .studio import can_edit  # pylint: disable=import-outside-toplevel  # studio imports this module

        who = self.identity
        if not (can_edit(self) or who.is_staff):
            return self.student_view(context)
        # The learner's page shown to an author is a preview wherever it is shown: it saves nothing.
        self.__dict__["identity"] = replace(who, is_preview=True)
        try:
            learner = self.student_view(context)
        finally:
            self.__dict__["identity"] = who
        html = render_template("author_view.html", {
            "block": self,
            "sections": self.author_sections(),
        })
        fragment = Fragment(html)
        fragment.add_content(learner.content)
        fragment.add_fragment_resources(learner)
        if learner.js_init_fn:
            fragment.initialize_js(learner.js_init_fn, learner.json_init_args)
        return fragment
