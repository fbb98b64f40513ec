"""``ilelln_discussion``: a discussion and knowledge-sharing board for one activity.

Threads and replies (two levels) in sanitised rich text, "helpful" and "insightful"
reactions, the author's tags, search, pages fetched by key, pinning, flags and a
facilitator queue, anonymity towards peers, and a board per course, cohort or team.
The queries live in :mod:`.store`, the rules in :mod:`.logic`, the posts as the caller sees them in :mod:`.posts`.
"""
from datetime import datetime
from functools import cached_property

from django.db import transaction
from django.utils import timezone
from django.utils.safestring import mark_safe
from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Integer, List, Scope, String
from xblock.validation import ValidationMessage

from ...core import fields, keys
from ...core.base import IlellnBlockMixin
from ...core.export import csv_response
from ...core.handlers import HandlerError, json_handler, raw_handler
from ...core.i18n import _
from ...core.olx import ReadableOLXMixin
from ...core.sanitize import clean_html, plain_text
from ...core.studio import IlellnStudioMixin
from ...core.time import utc_iso
from . import logic, store
from . import scope as discussion_scope
from .forms import EditForm, FlagForm, IdForm, ModerateForm, PageForm, PinForm, PostForm, ReactForm
from .posts import PostsMixin
from .scenarios import discussion_scenarios

NO_TEAM_MESSAGE = _("This board is for each team, and you are not in a team yet. Join a team, or ask your "
                    "facilitator to add you to one, to read and write here.")

def _choices(*pairs):
    return [{"display_name": label, "value": value} for value, label in pairs]


@XBlock.wants("teams")
@XBlock.wants("partitions")
class DiscussionBlock(PostsMixin, ReadableOLXMixin, IlellnStudioMixin, CompletableXBlockMixin, IlellnBlockMixin,
                      XBlock):
    """A board where learners share ideas and answer each other; facilitators pin, moderate and export."""

    block_name = "discussion"
    ilelln_activity = True

    display_name = fields.display_name(_("Discussion"))
    prompt = String(display_name=_("Prompt"), help=_("The question or task the learners discuss."),
                    scope=Scope.content, default="", multiline_editor=True)
    # Not ``tags``: XBlock itself defines that field (xblock/core.py). The OLX keeps its <tag> children.
    thread_tags = List(display_name=_("Tags"), help=_("Tags learners may put on their threads, one per item."),
                       scope=Scope.content, default=[])
    scope = String(display_name=_("Board for"),
                   help=_("Course: one board for everyone. Cohort or team: each cohort or team has its own board "
                          "(course-wide when the course has none)."),
                   scope=Scope.settings, default=logic.COURSE,
                   values=_choices((logic.COURSE, _("The whole course")), (logic.COHORT, _("Each cohort")),
                                   (logic.TEAM, _("Each team"))))
    teams_topic = String(display_name=_("Teams topic"),
                         help=_("The teams topic id, for a board per team. Leave it empty to use the learner's team "
                                "in any topic."),
                         scope=Scope.settings, default="")
    anonymity = String(display_name=_("Anonymity"),
                       help=_("Whether peers see names or \"Participant N\". Course staff always see names."),
                       scope=Scope.settings, default=logic.ANONYMITY_OPTIONAL,
                       values=_choices((logic.ANONYMITY_OFF, _("Names are shown")),
                                       (logic.ANONYMITY_OPTIONAL, _("Each learner chooses per post")),
                                       (logic.ANONYMITY_ALWAYS, _("Always anonymous to peers"))))
    edit_minutes = Integer(display_name=_("Edit window (minutes)"),
                           help=_("How long learners may edit or delete their own posts (0: never)."),
                           scope=Scope.settings, default=30)
    required_threads = Integer(display_name=_("Threads required"),
                               help=_("Threads a learner starts to complete the activity."),
                               scope=Scope.settings, default=1)
    required_replies = Integer(display_name=_("Replies required"),
                               help=_("Replies a learner writes to complete the activity."),
                               scope=Scope.settings, default=2)
    page_size = Integer(display_name=_("Threads per page"), help=_("How many threads one page shows (5 to 100)."),
                        scope=Scope.settings, default=20)

    editable_fields = ("display_name", "prompt", "thread_tags", "scope", "teams_topic", "anonymity", "edit_minutes",
                       "required_threads", "required_replies", "page_size")
    olx_texts = (("prompt", "prompt"),)
    olx_lists = (("thread_tags", "tag"),)

    # ----- who sees what ------------------------------------------------------------------------------------

    @cached_property
    def group_key(self):
        """The current learner's copy of the board (``""`` when course-wide)."""
        return discussion_scope.group_key(self, self.scope, self.teams_topic)

    def _group(self, requested):
        """Staff may look at any group's board; learners always get their own (refused when in no team)."""
        if requested and self.identity.is_staff:
            return requested
        if self.group_key is discussion_scope.NO_TEAM:
            raise HandlerError(NO_TEAM_MESSAGE, status=403)
        return self.group_key

    def _rule(self):
        return logic.Rule(threads=self.required_threads, replies=self.required_replies)

    def _size(self):
        return min(max(self.page_size, 5), 100)

    def _now(self):
        return timezone.now()

    def _post(self, post_id, live=True):
        """The post ``post_id`` of this board as the caller may see it, else a 404."""
        post = store.visible_post(self.block_key, post_id, self.group_key, self.identity.is_staff)
        if post is None or (live and post.deleted):
            raise HandlerError(_("That post is not on this board."), status=404)
        return post

    def _progress(self, learner):
        threads, replies = store.participation(self.block_key, learner)
        rule = self._rule()
        text = self.gettext(_("Your participation: %(threads)s of %(need_threads)s threads, %(replies)s of "
                              "%(need_replies)s replies.")) % {
            "threads": threads, "need_threads": rule.threads, "replies": replies, "need_replies": rule.replies}
        return {"threads": threads, "replies": replies, "fraction": rule.fraction(threads, replies),
                "complete": rule.complete(threads, replies), "text": text}

    def _publish_progress(self):
        """Publish the learner's completion, counted in SQL from their posts.

        Publishing again is harmless, and keeping a "last published" value in the learner's
        state would make two parallel posts of one learner write the same state row.
        """
        status = self._progress(self.identity.anonymous_id)
        self.record_completion(status["fraction"])
        return status

    # ----- views ----------------------------------------------------------------------------------------------

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """The prompt, the composer, the first page of threads, and for staff the flag queue and the export."""
        who = self.identity
        group = self.group_key
        no_team = group is discussion_scope.NO_TEAM
        anonymity = self.anonymity  # each field read costs a few µs: once each, into the partials' values
        can_choose_anonymity = anonymity == logic.ANONYMITY_OPTIONAL
        threads, next_cursor = ([], None) if no_team else self._page(group)
        staff = None
        if who.is_staff:
            staff = {"flags": [{"flag": flag, "text": plain_text(flag.post.body)[:300], "author": self._author(
                flag.post)} for flag in store.flag_queue(self.block_key)],
                     "export_url": self.runtime.handler_url(self, "export")}
        context = {
            "display_name": self.display_name, "prompt": self.prompt, "tags": tuple(self.thread_tags),
            # An empty first page is the same for everyone: discussion.html renders it as a partial.
            "posts_html": mark_safe(self._posts_html(  # our own autoescaped template
                threads, next_cursor, can_choose_anonymity=can_choose_anonymity)) if threads else None,
            "signed_in": bool(who.anonymous_id) and not no_team,
            "no_team": self.gettext(NO_TEAM_MESSAGE) if no_team else "",
            "progress": self._progress_line(who.anonymous_id) if who.anonymous_id else None,
            "can_choose_anonymity": can_choose_anonymity,
            "always_anonymous": anonymity == logic.ANONYMITY_ALWAYS,
            "staff": staff, "board_groups": tuple(store.groups(self.block_key)) if who.is_staff else (),
            "group": group, "edit_minutes": max(self.edit_minutes, 0),
        }
        return self.render_fragment(context, init_args={"group": group or "", "time_zone": who.time_zone or ""})

    def _progress_line(self, learner):
        """The values of the view's participation line (``discussion_progress.html``, a partial: the same counts
        show the same line, so it is rendered once per counts and language)."""
        threads, replies = store.participation(self.block_key, learner)
        rule = self._rule()
        return (threads, rule.threads, replies, rule.replies, rule.complete(threads, replies))

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The prompt and the board's settings, for the apps (no learner bound: threads come from handlers)."""
        return {
            "display_name": self.display_name, "prompt": self.prompt, "tags": list(self.thread_tags),
            "anonymity": self.anonymity, "edit_minutes": self.edit_minutes,
            "rule": {"threads": self.required_threads, "replies": self.required_replies},
            "sorts": list(logic.SORTS),
        }

    def user_state_data(self):
        """The first page of the learner's board and their participation (no board: not in a team yet)."""
        no_team = self.group_key is discussion_scope.NO_TEAM
        threads, next_cursor = ([], None) if no_team else self._page(self.group_key)
        for thread in threads:
            thread["body"] = str(thread["body"])
            for reply in thread["reply_views"]:
                reply["body"] = str(reply["body"])
        return {"threads": threads, "next_cursor": next_cursor, "no_team": no_team,
                "progress": self._progress(self.identity.anonymous_id)}

    # ----- learner handlers -----------------------------------------------------------------------------------

    @json_handler(form=PageForm, writes=False)
    def page(self, data, suffix=""):  # pylint: disable=unused-argument
        """A page of threads after ``cursor``, as HTML for the page and as data for the apps."""
        threads, next_cursor = self._page(self._group(data["group"]), data["sort"] or logic.NEWEST,
                                          data["cursor"] or None, data["search"].strip(), data["tag"])
        for thread in threads:
            thread["body"] = str(thread["body"])
            for reply in thread["reply_views"]:
                reply["body"] = str(reply["body"])
        html = self._posts_html(threads, next_cursor, appending=bool(data["cursor"]))
        return {"html": html, "threads": threads, "next_cursor": next_cursor}

    def _clean_body(self, data):
        body = clean_html(data["body"])
        text = plain_text(body).strip()
        if not text:
            raise HandlerError(_("Write something before you post."))
        return body, text

    def _clean_tags(self, value):
        if value in (None, ""):
            return []
        if not isinstance(value, list):
            raise HandlerError(_("Choose tags from the list the author made."))
        try:
            return logic.clean_tags(value, self.thread_tags)
        except ValueError as error:
            raise HandlerError(str(error)) from None

    @json_handler(form=PostForm)
    def post(self, data, suffix=""):  # pylint: disable=unused-argument
        """Start a thread, or reply to one (``parent``); counts toward the participation rule."""
        who = self.identity
        body, text = self._clean_body(data)
        request_id = data["request_id"] or None
        if request_id:
            done = store.board_posts(self.block_key).filter(author=who.anonymous_id, request_id=request_id).first()
            if done is not None:  # the same request sent again (a retry on a weak connection): nothing new
                status = self._progress(who.anonymous_id)
                return {"id": done.id, "message": self.gettext(_("Reply posted.") if done.parent_id else _(
                    "Thread posted.")), "progress": status["text"], "complete": status["complete"]}
        parent = None
        if data["parent"]:
            parent = self._post(data["parent"])
            if parent.parent_id is not None:
                raise HandlerError(_("Reply to the thread: replies have no replies of their own."))
            group, title, tags = parent.group_key, "", []
        else:
            group, title = self._group(data["group"]), data["title"].strip()
            if not title:
                raise HandlerError(_("Give your thread a title."))
            tags = self._clean_tags(data["tags"])
        anonymous = self.anonymity == logic.ANONYMITY_ALWAYS or (
            self.anonymity == logic.ANONYMITY_OPTIONAL and data["anonymous"])
        # Only anonymous posts claim a number (idempotent, so safe to retry); named posts keep 0. Numbered by
        # first post, named or not, a learner's number would tell peers which named poster they are.
        number = store.participant_number(self.block_key, who.anonymous_id) if anonymous else 0
        # The post and the completion it earns commit together: a busy database refuses both (503), and the
        # client's retry cannot make a duplicate.
        with transaction.atomic():
            post = store.create_post(
                parent=parent, block_key=self.block_key, course_key=keys.course_key_of(self), group_key=group,
                author=who.anonymous_id, author_name=who.username or "", participant=number, anonymous=anonymous,
                title=title, body=body, body_text=text, tags=logic.tags_text(tags), created=self._now(),
                request_id=request_id)
            status = self._publish_progress()
        message = _("Reply posted.") if parent else _("Thread posted.")
        return {"id": post.id, "message": self.gettext(message), "progress": status["text"],
                "complete": status["complete"]}

    def _own_post(self, post_id):
        post = self._post(post_id)
        if post.author != self.identity.anonymous_id:
            raise HandlerError(_("You can only change your own posts."), status=403)
        if not logic.can_change(post.created, self._now(), self.edit_minutes):
            raise HandlerError(_("The time to change this post has passed."), status=409)
        return post

    @json_handler(form=EditForm)
    def edit(self, data, suffix=""):  # pylint: disable=unused-argument
        """The author changes their post within the edit window."""
        post = self._own_post(data["id"])
        body, text = self._clean_body(data)
        changes = {"body": body, "body_text": text, "edited": self._now()}
        if post.parent_id is None:
            changes["title"] = data["title"].strip()
            if not changes["title"]:
                raise HandlerError(_("Give your thread a title."))
            changes["tags"] = logic.tags_text(self._clean_tags(data["tags"]))
        store.change_post(post, **changes)
        return {"message": self.gettext(_("Post updated."))}

    @json_handler(form=IdForm)
    def delete(self, data, suffix=""):  # pylint: disable=unused-argument
        """The author deletes their post within the edit window; replies to it stay."""
        post = self._own_post(data["id"])
        with transaction.atomic():
            store.change_post(post, deleted=True, edited=self._now())
            status = self._publish_progress()
        return {"message": self.gettext(_("Post deleted. Replies to it stay on the board.")),
                "progress": status["text"]}

    @json_handler(form=ReactForm)
    def react(self, data, suffix=""):  # pylint: disable=unused-argument
        """Mark a peer's post helpful or insightful, or take the mark back."""
        post = self._post(data["id"])
        if post.author == self.identity.anonymous_id:
            raise HandlerError(_("You cannot react to your own post."), status=403)
        on, count = store.set_reaction(post.id, self.identity.anonymous_id, data["kind"], data["on"])
        return {"on": on, "count": count}

    @json_handler(form=FlagForm)
    def flag(self, data, suffix=""):  # pylint: disable=unused-argument
        """Report a post to the facilitators."""
        post = self._post(data["id"])
        store.flag(post, self.identity.anonymous_id, data["reason"].strip())
        return {"message": self.gettext(_("Reported. A facilitator will look at it."))}

    # ----- staff handlers -------------------------------------------------------------------------------------

    @json_handler(form=PinForm, staff_only=True)
    def pin(self, data, suffix=""):  # pylint: disable=unused-argument
        """Pin a thread to the top of the board, or unpin it."""
        post = self._post(data["id"])
        if post.parent_id is not None:
            raise HandlerError(_("Only threads can be pinned."))
        store.change_post(post, pinned=data["pinned"])
        return {"message": self.gettext(_("Pinned.") if data["pinned"] else _("Unpinned."))}

    @json_handler(form=ModerateForm, staff_only=True)
    def moderate(self, data, suffix=""):  # pylint: disable=unused-argument
        """Hide a post from learners or restore it; its flags are closed."""
        post = self._post(data["id"], live=False)
        store.moderate(post, data["hidden"])
        return {"message": self.gettext(_("Hidden from learners.") if data["hidden"] else _("Restored."))}

    @raw_handler(writes=False, staff_only=True)
    def export(self, request, suffix=""):  # pylint: disable=unused-argument
        """Every post of every group as CSV (staff only)."""
        rows = [[post.id, post.parent_id or "", post.group_key, utc_iso(post.created),
                 post.author, post.author_name, post.participant, post.anonymous, post.title, post.body_text,
                 ";".join(logic.tags_list(post.tags)),
                 post.helpful_count, post.insightful_count, post.reply_count, post.pinned, post.hidden,
                 post.deleted, post.open_flags] for post in store.export_rows(self.block_key)]
        return csv_response(f"discussion-{datetime.now().strftime('%Y%m%d')}.csv",
                            ["post", "thread", "group", "created", "learner", "username", "participant", "anonymous",
                             "title", "text", "tags", "helpful", "insightful", "replies", "pinned", "hidden",
                             "deleted", "open_flags"], rows)

    # ----- Studio ---------------------------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        problems = logic.settings_problems(
            prompt=data.prompt, scope=data.scope, anonymity=data.anonymity, edit_minutes=data.edit_minutes,
            page_size=data.page_size, rule=logic.Rule(data.required_threads, data.required_replies),
            tags=data.thread_tags)
        for message, params in problems:
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

    @staticmethod
    def workbench_scenarios():
        """A makerspace idea board (Module 3) and a knowledge-sharing board (Module 2), with several learners."""
        return discussion_scenarios()

