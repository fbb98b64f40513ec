"""``ilelln_reflection``: a journal for workshops, seminars and field visits, shareable to a cohort gallery."""
from datetime import datetime

from django.core.files.storage import default_storage
from django.utils.safestring import mark_safe
from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Boolean, Dict, Float, List, Scope, String
from xblock.validation import ValidationMessage

from ...core import fields, keys
from ...core.authoring import field_sections, section
from ...core.base import IlellnBlockMixin
from ...core.export import csv_response
from ...core.handlers import HandlerError, json_handler, raw_handler
from ...core.i18n import _
from ...core.olx import ReadableOLXMixin
from ...core.operator_settings import upload_limit_bytes
from ...core.rendering import render_template
from ...core.studio import IlellnStudioMixin
from . import logic, store
from .evidence import EvidenceMixin
from .forms import CommentForm, CommentIdForm, DraftForm, ShareForm, SubmitForm
from .scenarios import reflection_scenarios


def _template_choices(block):
    """The template choices with their names in the author's language, for Studio's menu."""
    return [{"display_name": block.gettext(label), "value": key} for key, label in logic.TEMPLATE_LABELS.items()]


class ReflectionBlock(
    ReadableOLXMixin,
    IlellnStudioMixin,
    EvidenceMixin,
    CompletableXBlockMixin,
    IlellnBlockMixin,
    XBlock,
):
    """Answer the prompts (drafts saved as you type), attach evidence, submit, and share to the cohort if you wish."""

    block_name = "reflection"
    ilelln_activity = True
    has_score = False

    display_name = fields.display_name(_("Reflection journal"))
    intro = String(display_name=_("About the activity"),
                   help=_("What learners reflect on: the visit, workshop or seminar, where and when."),
                   scope=Scope.content, default="", multiline_editor=True)
    template = String(display_name=_("Template"),
                      help=_("Built-in prompts for a field visit, a workshop or a seminar, or your own prompts."),
                      scope=Scope.content, default=logic.FIELD_VISIT,
                      values=[{"display_name": label, "value": key} for key, label in logic.TEMPLATE_LABELS.items()],
                      values_provider=_template_choices)
    prompts = List(display_name=_("Custom prompts"),
                   help=_("One question per item, used when the template is 'Custom prompts' (at most 8)."),
                   scope=Scope.content, default=[])
    require_evidence = Boolean(display_name=_("Require evidence"),
                               help=_("Learners must attach a photo or a link before they submit."),
                               scope=Scope.settings, default=False)
    allow_sharing = Boolean(display_name=_("Allow sharing"),
                            help=_("Learners may share their reflection to the cohort gallery, where peers comment."),
                            scope=Scope.settings, default=True)
    max_upload_mb = Float(display_name=_("Largest photo (MB)"), help=_("Photos above this size are refused."),
                         scope=Scope.settings, default=3.0)
    draft_answers = List(help=_("The learner's answers as last saved."), scope=Scope.user_state, default=[])
    draft_links = List(help=_("The learner's evidence links as last saved."), scope=Scope.user_state, default=[])
    draft_photo = Dict(help=_("The photo attached to the learner's draft."), scope=Scope.user_state, default={})

    editable_fields = ("display_name", "intro", "template", "prompts", "require_evidence", "allow_sharing",
                       "max_upload_mb")
    olx_renamed = {"max_photo_mb": "max_upload_mb"}
    olx_lists = (("prompts", "prompt"),)
    olx_texts = (("intro", "intro"),)

    # ----- content --------------------------------------------------------------------------------------------

    def prompts_shown(self):
        """The prompts as stored with answers: the author's own, or the built-in template's msgids."""
        return logic.prompts_for(self.template, self.prompts)

    def _prompt_text(self, prompt):
        """A prompt in the learner's language (built-in prompts are translated; the author's are as written)."""
        return self.gettext(prompt) if prompt in logic.BUILTIN_PROMPTS else prompt

    def _draft(self, count=None):
        """The learner's draft answers, one per prompt (``count`` of them, when the caller has the prompts)."""
        count = len(self.prompts_shown()) if count is None else count
        answers = [item for item in self.draft_answers if isinstance(item, str)][:count]
        return answers + [""] * (count - len(answers))

    # ----- views ----------------------------------------------------------------------------------------------

    def _card(self, row, comments, viewer):
        """A reflection as the template and the mobile apps show it."""
        return {
            "id": row.id, "author": row.learner_name or self.gettext(_("A participant")),
            "mine": row.learner == viewer, "shared": row.shared, "submitted": row.submitted, "updated": row.updated,
            "answers": [(self._prompt_text(item.get("prompt", "")), item.get("answer", "")) for item in row.answers],
            "links": list(row.links),
            "photo_url": self.runtime.handler_url(self, "photo", str(row.id)) if row.photo else "",
            "comments": [{"id": c.id, "author": c.author_name or self.gettext(_("A participant")), "text": c.text,
                          "created": c.created, "mine": c.author == viewer} for c in comments],
        }

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The prompts with autosave, evidence, submit and share; the cohort gallery; for staff every reflection."""
        who = self.identity
        allow_sharing = self.allow_sharing
        if allow_sharing and who.anonymous_id:
            mine, shared = store.own_and_gallery(self.block_key, who.anonymous_id)
        else:
            mine, shared = store.own(self.block_key, who.anonymous_id), []
        staff_rows = store.every(self.block_key) if who.is_staff else None
        rows = {row.id: row for row in [*shared, *(staff_rows or []), *([mine] if mine else [])]}
        threads = store.comments_on(list(rows.values()))
        cards = {row.id: self._card(row, threads[row.id], who.anonymous_id) for row in rows.values()}
        prompts = self.prompts_shown()
        photo, megabytes = self.draft_photo, self.max_upload_mb
        answers, links = self._draft(len(prompts)), (list(self.draft_links) + [""] * logic.MAX_LINKS)[:logic.MAX_LINKS]
        # Each field is read once; the learner-independent parts of the page are partials (templates/), keyed by
        # these values, and only the draft's answers, links and photo URL are put in per view.
        context = {
            "display_name": self.display_name,
            "intro": self.intro,
            "allow_sharing": allow_sharing,
            "require_evidence": self.require_evidence,
            "signed_in": bool(who.anonymous_id),
            "preview": staff_rows is not None,
            # Before the learner's first draft the prompts, evidence and links are one partial (the block's content
            # only); after, each prompt's label and each link's is a partial and the draft is put in per view.
            "drafted": any(answers) or any(links) or bool(photo),
            # (number, prompt, built-in, draft answer): each prompt's label is a partial, translated there when built in
            "fields": tuple(zip(range(1, len(prompts) + 1), prompts,
                                [prompt in logic.BUILTIN_PROMPTS for prompt in prompts], answers, strict=True)),
            "links": tuple(enumerate(links, start=1)),
            "has_photo": bool(photo),
            "photo_url": self.runtime.handler_url(self, "photo", "draft") if photo else "",
            "submitted": mine is not None,
            "shared": bool(mine and mine.shared),
            "mine_html": self._card_html(cards[mine.id], "mine") if mine else "",
            "gallery_html": [self._card_html(cards[row.id], "gallery") for row in shared],
            "staff_html": None if staff_rows is None else [self._card_html(cards[row.id], "staff")
                                                           for row in staff_rows],
            "export_url": self.runtime.handler_url(self, "export") if who.is_staff else "",
            "max_mb": f"{megabytes:g}",
        }
        return self.render_fragment(context, init_args={"max_bytes": upload_limit_bytes(self, megabytes)})

    def _card_html(self, card, mode):
        """One reflection rendered for ``mode``: ``mine`` (its comments), ``gallery`` or ``staff``."""
        return mark_safe(render_template("reflection_card.html", {  # noqa: S308  (autoescaped template output)
            "card": card, "mode": mode, "dom_id": self.dom_id, "staff": self.identity.is_staff}, package=__package__))

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The prompts and settings, for the mobile apps (no learner bound; the gallery is a handler)."""
        return {
            "display_name": self.display_name, "intro": self.intro, "template": self.template,
            "prompts": [self._prompt_text(prompt) for prompt in self.prompts_shown()],
            "require_evidence": self.require_evidence, "allow_sharing": self.allow_sharing,
            "max_photo_bytes": upload_limit_bytes(self),
        }

    def user_state_data(self):
        """The learner's draft and whether their reflection is submitted and shared."""
        mine = store.own(self.block_key, self.identity.anonymous_id)
        return {"draft": {"answers": self._draft(), "links": list(self.draft_links), "photo": bool(self.draft_photo)},
                "submitted": mine is not None, "shared": bool(mine and mine.shared)}

    # ----- learner handlers -----------------------------------------------------------------------------------

    @json_handler(form=DraftForm)
    def save_draft(self, data, suffix=""):  # pylint: disable=unused-argument
        """Keep the learner's answers and links (called a moment after they stop typing)."""
        self.draft_answers = data["answers"]
        self.draft_links = data["links"]
        return {"saved": True, "message": self.gettext(_("Draft saved."))}

    @json_handler(form=SubmitForm)
    def submit(self, data, suffix=""):  # pylint: disable=unused-argument
        """Submit the reflection (private until shared); the activity is complete.

        A refused submission stores nothing, not even the draft: the answers stay in the learner's page.
        """
        who = self.identity
        answers, links = data["answers"], data["links"]
        blank = logic.missing_answers(answers)
        if blank:
            raise HandlerError(_("Answer every prompt before you submit (prompt %(numbers)s is empty). Your answers "
                                 "stay on this page."), numbers=", ".join(str(number) for number in blank))
        if self.require_evidence and not links and not self.draft_photo:
            raise HandlerError(_("Attach a photo or add a link as evidence before you submit. Your answers stay on "
                                 "this page."))
        self.draft_answers, self.draft_links = answers, links
        stored = [{"prompt": prompt, "answer": answer}
                  for prompt, answer in zip(self.prompts_shown(), answers, strict=True)]
        row, old_photo, first = store.save(self.block_key, keys.course_key_of(self), who.anonymous_id,
                                           who.username, stored, links, self.draft_photo or None)
        if old_photo:
            default_storage.delete(old_photo)
        self.record_completion(1.0)
        message = _("Submitted. Only you and your facilitators can read it.") if not row.shared else _(
            "Saved. Your changes are in the cohort gallery.")
        return {"first": first, "shared": row.shared, "message": self.gettext(message)}

    @json_handler(form=ShareForm)
    def share(self, data, suffix=""):  # pylint: disable=unused-argument
        """Share the submitted reflection to the cohort gallery, or take it back."""
        if data["shared"] and not self.allow_sharing:
            raise HandlerError(_("Sharing is turned off for this activity."), status=403)
        if not store.set_shared(self.block_key, self.identity.anonymous_id, data["shared"]):
            raise HandlerError(_("Submit your reflection before you share it."), status=409)
        message = (_("Shared. Your cohort can read and comment on your reflection.") if data["shared"]
                   else _("No longer shared. Only you and your facilitators can read it."))
        return {"shared": data["shared"], "message": self.gettext(message)}

    @json_handler(form=CommentForm)
    def comment(self, data, suffix=""):  # pylint: disable=unused-argument
        """Comment on a shared reflection (or reply on your own); a retry with the same nonce adds nothing."""
        who = self.identity
        text = data["text"].strip()
        if not text:
            raise HandlerError(_("Write your comment first."))
        try:
            row = store.readable(self.block_key, data["reflection"], who.anonymous_id, who.is_staff)
        except PermissionError:
            raise HandlerError(_("This reflection is private."), status=403) from None
        if row is None:
            raise HandlerError(_("That reflection does not exist."), status=404)
        comment, created = store.add_comment(row, who.anonymous_id, who.username, data["nonce"], text)
        if not created and comment.reflection_id != row.id:
            raise HandlerError(_("Send a new nonce with each comment."), status=409)
        return {"id": comment.id, "author": comment.author_name, "text": comment.text, "created": created,
                "message": self.gettext(_("Comment posted."))}

    @json_handler(form=CommentIdForm)
    def delete_comment(self, data, suffix=""):  # pylint: disable=unused-argument
        """Delete your own comment; facilitators may delete any."""
        who = self.identity
        result = store.delete_comment(self.block_key, data["comment"], who.anonymous_id, who.is_staff)
        if result == "missing":
            raise HandlerError(_("That comment does not exist."), status=404)
        if result == "forbidden":
            raise HandlerError(_("You can delete only your own comments."), status=403)
        return {"message": self.gettext(_("Comment deleted."))}

    @json_handler(writes=False)
    def gallery(self, data, suffix=""):  # pylint: disable=unused-argument
        """The shared reflections with their comments, for the mobile apps (private ones never appear)."""
        if not self.allow_sharing:
            return {"reflections": []}
        rows = store.gallery(self.block_key)
        threads = store.comments_on(rows)
        cards = []
        for row in rows:
            card = self._card(row, threads[row.id], self.identity.anonymous_id)
            cards.append(dict(card, submitted=card["submitted"].isoformat(), updated=card["updated"].isoformat(),
                              comments=[dict(c, created=c["created"].isoformat()) for c in card["comments"]]))
        return {"reflections": cards}

    # ----- staff ----------------------------------------------------------------------------------------------

    @raw_handler(writes=False, staff_only=True)
    def export(self, request, suffix=""):  # pylint: disable=unused-argument
        """Every reflection, shared or not, as CSV (course staff only)."""
        rows = store.every(self.block_key)
        counts = store.comment_counts(rows)
        prompts = self.prompts_shown()
        lines = []
        for row in rows:
            by_prompt = {item.get("prompt"): item.get("answer", "") for item in row.answers}
            answers = [by_prompt.get(prompt, "") for prompt in prompts]
            lines.append([row.learner, row.learner_name, row.submitted.isoformat(timespec="minutes"),
                          row.updated.isoformat(timespec="minutes"), "yes" if row.shared else "no",
                          logic.word_count(item.get("answer", "") for item in row.answers), *answers,
                          " ".join(row.links), "yes" if row.photo else "no", counts.get(row.id, 0)])
        return csv_response(f"reflections-{datetime.now().strftime('%Y%m%d')}.csv",
                            ["learner", "username", "submitted", "updated", "shared", "words", *prompts, "links",
                             "photo", "comments"], lines)

    # ----- Studio ---------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def add(kind, message, params=None):
            text = self.gettext(message)
            validation.add(ValidationMessage(kind, text % params if params else text))

        if data.template not in logic.TEMPLATE_LABELS:
            add(ValidationMessage.ERROR, _("Choose a template: field visit, workshop, seminar or custom prompts."))
        written = [text for text in data.prompts if (text or "").strip()]
        if data.template == logic.CUSTOM and not written:
            add(ValidationMessage.ERROR, _("Write at least one prompt, or choose a built-in template."))
        if len(written) > logic.MAX_PROMPTS:
            add(ValidationMessage.ERROR, _("Write at most %(count)s prompts."), {"count": logic.MAX_PROMPTS})
        if any(len(text) > 500 for text in written):
            add(ValidationMessage.ERROR, _("Keep each prompt under 500 characters."))
        if data.template in logic.TEMPLATES and written:
            add(ValidationMessage.WARNING, _("The template's prompts are used. Choose 'Custom prompts' to use "
                                             "your own."))
        if not 0.1 <= data.max_upload_mb <= 20:
            add(ValidationMessage.ERROR, _("The largest photo must be between 0.1 and 20 MB."))

    def author_sections(self):
        """The introduction, the prompts learners answer (the template's or the author's), then the settings."""
        rows = [self._prompt_text(prompt) for prompt in self.prompts_shown()]
        return [*field_sections(self, ("intro", "template")), section(self.gettext(_("Prompts")), rows=rows),
                *field_sections(self, ("require_evidence", "allow_sharing", "max_upload_mb"))]

    @staticmethod
    def workbench_scenarios():
        """A field visit to a community library in Alexandria, and a workshop on partnerships."""
        return reflection_scenarios()
