"""The discussion's posts as the caller sees them: names or participant numbers, the caller's reactions, what they
may still change, and the threads as HTML; three queries for a page at any board size."""
from collections import namedtuple

from django.utils.safestring import mark_safe

from ...core.handlers import HandlerError
from ...core.i18n import _
from ...core.rendering import render_template
from ...core.time import in_zone, utc_iso
from . import logic, store

# What ``discussion_post.html`` shows of a post: its content, counts and times, and the caller's few flags on it
# (theirs, their reactions, whether they may still change it). The row is the key of the post's rendered HTML
# (``{% partial %}``): an edit (new text, edited time), a reaction or another minute left makes a new key.
PostRow = namedtuple("PostRow", (
    "id", "thread", "title", "body", "author", "tags", "mine", "pinned", "hidden", "deleted", "edited",
    "helpful", "insightful", "my_helpful", "my_insightful", "can_change", "minutes_left", "created",
    "created_local"))


def post_row(view):
    """The hashable :class:`PostRow` of a post's view (its tags as a tuple)."""
    return PostRow._make(tuple(view["tags"]) if field == "tags" else view[field] for field in PostRow._fields)


class PostsMixin:
    """Presenting posts; the block provides ``identity``, ``edit_minutes``, ``anonymity``, ``_now`` and ``_size``."""

    def _author(self, post):
        who = self.identity
        name, alias = logic.shown_name(anonymous=post.anonymous, participant=post.participant,
                                       username=post.author_name or post.author, viewer_is_staff=who.is_staff,
                                       viewer_is_author=post.author == who.anonymous_id)
        return self.gettext(_("Participant %(number)s")) % {"number": name} if alias else name

    def _view(self, post, mine, now):
        """A post as the template and the mobile apps show it to the caller."""
        who = self.identity
        is_mine = post.author == who.anonymous_id
        gone = post.deleted and not who.is_staff
        local = in_zone(post.created, who.time_zone)
        return {
            "id": post.id, "thread": post.parent_id, "title": "" if gone else post.title,
            "body": mark_safe("" if gone else post.body),  # sanitised with nh3 when stored  # noqa: S308
            "text": "" if gone else post.body_text, "author": self._author(post),
            "anonymous": post.anonymous, "mine": is_mine, "pinned": post.pinned, "hidden": post.hidden,
            "deleted": post.deleted, "tags": logic.tags_list(post.tags),
            "helpful": post.helpful_count, "insightful": post.insightful_count, "replies": post.reply_count,
            "my_helpful": (post.id, "helpful") in mine, "my_insightful": (post.id, "insightful") in mine,
            "can_change": is_mine and not post.deleted and logic.can_change(post.created, now, self.edit_minutes),
            "minutes_left": logic.minutes_left(post.created, now, self.edit_minutes) if is_mine else 0,
            "created": utc_iso(post.created), "created_local": local.strftime("%Y-%m-%d %H:%M"),
            "edited": bool(post.edited),
        }

    def _page(self, group, sort=logic.NEWEST, cursor=None, search="", tag=""):
        """One page of threads with their replies and the caller's reactions: three queries at any board size."""
        staff = self.identity.is_staff
        try:
            threads, next_cursor = store.thread_page(self.block_key, group, sort=sort, cursor=cursor,
                                                     size=self._size(), search=search, tag=tag,
                                                     include_hidden=staff)
        except logic.CursorError:
            raise HandlerError(_("That page is no longer available: reload the board.")) from None
        replies = store.replies_of([thread.id for thread in threads], include_hidden=staff)
        ids = [thread.id for thread in threads] + [reply.id for items in replies.values() for reply in items]
        mine = store.my_reactions(self.identity.anonymous_id, ids)
        now = self._now()
        views = []
        for thread in threads:
            view = self._view(thread, mine, now)
            view["reply_views"] = [self._view(reply, mine, now) for reply in replies[thread.id]]
            views.append(view)
        return views, next_cursor

    def _posts_html(self, threads, next_cursor, appending=False, can_choose_anonymity=None):
        """The threads as HTML: each post's row rendered once by ``discussion_post.html`` (autoescaped)."""
        if can_choose_anonymity is None:
            can_choose_anonymity = self.anonymity == logic.ANONYMITY_OPTIONAL
        items = [dict(thread, row=post_row(thread), reply_rows=[post_row(reply) for reply in thread["reply_views"]])
                 for thread in threads]
        return render_template("discussion_posts.html", {
            "dom_id": self.dom_id, "staff": self.identity.is_staff, "signed_in": bool(self.identity.anonymous_id),
            "threads": items, "next_cursor": next_cursor, "appending": appending,
            "can_choose_anonymity": can_choose_anonymity}, package=__package__)
