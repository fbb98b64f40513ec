"""Discussion board data: pages fetched by key, posts, reactions, flags and moderation, in transactions.

Every read filters on the board *and* its group (course, cohort or team), so one group never
sees another's posts. A page costs the same three queries whether the board holds ten posts
or a hundred thousand: the next page starts *after* the last row seen (keyset pagination on
an index), never at an offset. The student view's reads (the first page, its replies, the caller's
reactions, their participation) are :class:`~ilelln_xblocks.core.db.Prepared`: compiled once.
Writes are short transactions that start with a write, and counters move with ``F()`` updates
next to the row they count, so parallel requests lose nothing.
"""
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, Max, OuterRef, Q

from ...core.db import Prepared, models
from . import logic


def board_posts(block_key):
    """Every post of a board, in every group."""
    return models().DiscussionPost.objects.filter(block_key=block_key)


def visible_post(block_key, post_id, group_key, staff):
    """The post ``post_id`` of the board with its thread, or None: for a learner only a shown post of their group
    ``group_key``; staff see every group's and hidden ones."""
    posts = models().DiscussionPost.objects.filter(pk=post_id, block_key=block_key)
    if not staff:
        posts = posts.filter(group_key=group_key, hidden=False)
    return posts.select_related("parent").first()


def change_post(post, **changes):
    """Write ``changes`` to ``post`` (an edit, a deletion, a pin) in one UPDATE."""
    models().DiscussionPost.objects.filter(pk=post.pk).update(**changes)


def board(block_key, group_key):
    """Every post of one group's copy of a board."""
    return models().DiscussionPost.objects.filter(block_key=block_key, group_key=group_key)


def thread_query(block_key, group_key, *, sort=logic.NEWEST, cursor=None, search="", tag="", include_hidden=False):
    """The threads after ``cursor`` in ``sort`` order, as a query to slice.

    Newest first keeps pinned threads on top: the key is ``(pinned, created, id)``, all
    descending. Most helpful sorts on ``(helpful_count, id)``. Raises
    :class:`~discussion_logic.CursorError` for a cursor the board did not give out.
    """
    m = models()
    threads = board(block_key, group_key).filter(parent__isnull=True)
    if not include_hidden:
        threads = threads.filter(hidden=False)
    if search:
        replies = m.DiscussionPost.objects.filter(parent=OuterRef("pk"), body_text__icontains=search, deleted=False)
        if not include_hidden:
            replies = replies.filter(hidden=False)
        threads = threads.filter(Q(title__icontains=search, deleted=False) | Q(body_text__icontains=search,
                                                                                 deleted=False) | Exists(replies))
    if tag:
        threads = threads.filter(tags__contains=logic.tags_text([tag]))
    if sort == logic.HELPFUL:
        threads = threads.order_by("-helpful_count", "-id")
        if cursor:
            helpful, post_id = logic.decode_cursor(sort, cursor)
            threads = threads.filter(Q(helpful_count__lt=helpful) | Q(helpful_count=helpful, id__lt=post_id))
    else:
        threads = threads.order_by("-pinned", "-created", "-id")
        if cursor:
            pinned, created, post_id = logic.decode_cursor(logic.NEWEST, cursor)
            threads = threads.filter(Q(pinned__lt=pinned) | Q(pinned=pinned, created__lt=created)
                                     | Q(pinned=pinned, created=created, id__lt=post_id))
    return threads


_FIRST_PAGES = {}  # (sort, include_hidden, size): the first page unfiltered, as every student view asks for it


def _first_page(sort, include_hidden, size):
    key = (sort, include_hidden, size)
    if key not in _FIRST_PAGES:
        _FIRST_PAGES[key] = Prepared(lambda block_key, group_key: thread_query(
            block_key, group_key, sort=sort, include_hidden=include_hidden)[:size + 1], block_key=str, group_key=str)
    return _FIRST_PAGES[key]


def thread_page(block_key, group_key, *, sort=logic.NEWEST, cursor=None, size=20, **filters):
    """``(threads, next_cursor)``: one page of threads after ``cursor`` (one query, on an index)."""
    if cursor is None and not filters.get("search") and not filters.get("tag") and sort in logic.SORTS and size <= 100:
        rows = _first_page(sort, bool(filters.get("include_hidden")), size)(block_key=block_key, group_key=group_key)
    else:
        rows = list(thread_query(block_key, group_key, sort=sort, cursor=cursor, **filters)[:size + 1])
    if len(rows) <= size:
        return rows, None
    rows = rows[:size]
    last = rows[-1]
    key = (last.helpful_count, last.id) if sort == logic.HELPFUL else (last.pinned, last.created, last.id)
    return rows, logic.encode_cursor(sort, key)


def _replies(include_hidden):
    def build(thread_ids):
        replies = models().DiscussionPost.objects.filter(parent_id__in=thread_ids)
        return (replies if include_hidden else replies.filter(hidden=False)).order_by("created", "id")
    return Prepared(build, thread_ids=[int])


_REPLIES = {True: _replies(True), False: _replies(False)}
_REACTIONS = Prepared(lambda learner, post_ids: models().DiscussionReaction.objects.filter(
    learner=learner, post_id__in=post_ids).values_list("post_id", "kind"), learner=str, post_ids=[int])
_PARTICIPATION = Prepared(lambda block_key, learner: models().DiscussionPost.objects.filter(
    block_key=block_key, author=learner, deleted=False, hidden=False).values("block_key").annotate(
    threads=Count("id", filter=Q(parent__isnull=True)), replies=Count("id", filter=Q(parent__isnull=False))),
    block_key=str, learner=str)


def replies_of(thread_ids, include_hidden=False):
    """``{thread id: [replies, oldest first]}`` for the threads of a page (one query)."""
    found = {thread_id: [] for thread_id in thread_ids}
    if not thread_ids:
        return found
    for reply in _REPLIES[bool(include_hidden)](thread_ids=list(thread_ids)):
        found[reply.parent_id].append(reply)
    return found


def my_reactions(learner, post_ids):
    """``{(post id, kind)}`` of ``learner``'s reactions among ``post_ids`` (one query)."""
    if not learner or not post_ids:
        return set()
    return set(_REACTIONS(learner=learner, post_ids=list(post_ids)))


def participant_number(block_key, learner):
    """``learner``'s stable number on the board, claimed on their first anonymous post.

    The next number is the board's highest plus one; if a parallel request claimed it first,
    the unique constraint refuses ours and we try again with a fresh maximum.
    """
    m = models()
    participants = m.DiscussionParticipant.objects.filter(block_key=block_key)
    for _attempt in range(25):
        number = participants.filter(learner=learner).values_list("number", flat=True).first()
        if number:
            return number
        top = participants.aggregate(top=Max("number"))["top"] or 0
        try:
            with transaction.atomic():
                m.DiscussionParticipant.objects.create(block_key=block_key, learner=learner, number=top + 1)
            return top + 1
        except IntegrityError:
            continue
    raise IntegrityError("could not claim a participant number")


def create_post(*, parent=None, **values):
    """Store a thread or a reply; a reply also moves its thread's reply count (one transaction).

    The thread's row is updated *before* the reply is inserted: inserting first would take a
    shared lock on the thread (the foreign key check) that two parallel replies would then
    both try to raise to an exclusive one, a deadlock on MySQL.
    """
    m = models()
    with transaction.atomic():
        if parent is not None:
            m.DiscussionPost.objects.filter(pk=parent.pk).update(reply_count=F("reply_count") + 1)
        post = m.DiscussionPost.objects.create(parent=parent, **values)
    return post


def set_reaction(post_id, learner, kind, on=None):
    """Turn ``learner``'s ``kind`` reaction on ``post_id`` on, off, or (``on=None``) the other way.

    The reaction row and the post's counter change in one transaction, with ``F()``, so the
    counter always equals the number of rows. Every path starts with a write, and the post's
    row is locked (by its counter update) before a reaction pointing at it is inserted, so
    parallel reactions queue instead of deadlocking. Returns ``(on, count)``.
    """
    m = models()
    field = f"{kind}_count"
    posts = m.DiscussionPost.objects.filter(pk=post_id)
    mine = m.DiscussionReaction.objects.filter(post_id=post_id, learner=learner, kind=kind)
    with transaction.atomic():
        if on is not True and mine.delete()[0]:
            posts.update(**{field: F(field) - 1})
            state = False
        elif on is False:
            state = False
        else:
            posts.update(**{field: F(field) + 1})
            try:
                with transaction.atomic():  # the unique constraint refuses a second identical reaction
                    m.DiscussionReaction.objects.create(post_id=post_id, learner=learner, kind=kind)
            except IntegrityError:
                posts.update(**{field: F(field) - 1})  # already on: take the count back
            state = True
    return state, posts.values_list(field, flat=True).get()


def flag(post, flagger, reason):
    """Put ``post`` in the facilitator queue for ``flagger`` (once each; a resolved flag reopens)."""
    m = models()
    with transaction.atomic():
        row, created = m.DiscussionFlag.objects.get_or_create(post=post, flagger=flagger, defaults={
            "block_key": post.block_key, "reason": reason})
        if not created:
            m.DiscussionFlag.objects.filter(pk=row.pk).update(resolved=False, reason=reason or row.reason)


def moderate(post, hidden):
    """Hide or restore ``post`` and close its flags."""
    m = models()
    with transaction.atomic():
        m.DiscussionPost.objects.filter(pk=post.pk).update(hidden=hidden)
        m.DiscussionFlag.objects.filter(post=post).update(resolved=True)


# ``resolved__in=[False]``, not ``resolved=False``: Django writes the latter ``NOT resolved``, which no index
# serves, so the queue sorted every flag the board ever had; ``IN (false)`` walks ilelln_disc_flag_queue in order.
_FLAG_QUEUE = Prepared(lambda block_key: models().DiscussionFlag.objects.filter(
    block_key=block_key, resolved__in=[False]).select_related("post").order_by("created", "id")[:200],
    block_key=str)
_GROUPS = Prepared(lambda block_key: models().DiscussionPost.objects.filter(block_key=block_key)
                   .order_by("group_key").values_list("group_key", flat=True).distinct(), block_key=str)


def flag_queue(block_key):
    """Open flags of every group of the board, oldest first (the first 200), with their posts (one query)."""
    return _FLAG_QUEUE(block_key=block_key)


def participation(block_key, learner):
    """``(threads, replies)`` ``learner`` has on the board, not deleted or hidden, counted in SQL (one query).

    Grouped by the board (one group, or none when the learner has no post) so that it compiles once."""
    counts = _PARTICIPATION.first(block_key=block_key, learner=learner)
    return (counts["threads"], counts["replies"]) if counts else (0, 0)


def groups(block_key):
    """The groups that have posts on the board (for the facilitator's group switch)."""
    return _GROUPS(block_key=block_key)


def export_rows(block_key):
    """Every post of the board with its open flags, for the facilitator's CSV (one query, streamed)."""
    return (models().DiscussionPost.objects.filter(block_key=block_key)
            .annotate(open_flags=Count("flags", filter=Q(flags__resolved=False)))
            .order_by("group_key", "created", "id").iterator(chunk_size=2000))
