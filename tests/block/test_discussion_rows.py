"""A post's HTML is rendered once per distinct row and language ({% partial %}): whatever changes in the row
(its text, a reaction, the viewer) shows at once, and a row of one learner or language never reaches another."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from ilelln_xblocks.collaboration.discussion import store
from tests.block.test_discussion import OLX, thread
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    return world, world.load(OLX.format(anonymity="off"))


def post_html(world, root, user, post_id, language="en"):
    """The ``<article>`` of post ``post_id`` in ``user``'s student view."""
    with translation.override(language):
        html = world.block(root, user).render("student_view").content
    match = re.search(rf'<article [^>]*data-id="{post_id}".*?</article>', html, re.S)
    assert match, html
    return match.group(0)


def test_an_edited_post_shows_its_new_text_at_once(board):
    world, root = board
    post_id = thread(world, root, "amal", body="<p>Fridays after school.</p>")
    assert "Fridays after school." in post_html(world, root, "basma", post_id)
    code, body = call_handler(world.block(root, "amal"), "edit", {
        "id": post_id, "title": "A 3D printing corner", "body": "<p>Saturdays too.</p>", "tags": []})
    assert code == 200, body
    html = post_html(world, root, "basma", post_id)
    assert "Saturdays too." in html and "Fridays after school." not in html and "edited" in html


def test_a_reaction_shows_as_the_learners_own_and_only_theirs(board):
    world, root = board
    post_id = thread(world, root, "amal")
    before = post_html(world, root, "chadi", post_id)
    assert call_handler(world.block(root, "basma"), "react", {"id": post_id, "kind": "helpful"})[1]["on"]
    mine = post_html(world, root, "basma", post_id)
    theirs = post_html(world, root, "chadi", post_id)
    pressed = 'data-kind="helpful" aria-pressed="true"'
    assert pressed in mine and pressed not in theirs and pressed not in before
    assert '<span class="ilelln-dn-count">1</span>' in theirs and '<span class="ilelln-dn-count">1</span>' not in before
    assert "(you)" in post_html(world, root, "amal", post_id) and "(you)" not in theirs


def test_a_post_renders_in_the_learners_language(board):
    world, root = board
    post_id = thread(world, root, "amal")
    english = post_html(world, root, "basma", post_id)
    arabic = post_html(world, root, "basma", post_id, "ar")
    assert "Helpful" in english and "Helpful" not in arabic and "مفيد" in arabic
    assert "Helpful" in post_html(world, root, "basma", post_id)  # English again after Arabic


def progress_line(world, root, user, language="en"):
    with translation.override(language):
        html = world.block(root, user).render("student_view").content
    return re.search(r'<p class="ilelln-dn-progress">.*?</p>', html, re.S).group(0)


def test_the_participation_line_follows_the_learners_posts_in_their_language(board):
    world, root = board
    assert "0 of 1 threads, 0 of 2 replies." in progress_line(world, root, "amal")
    first = thread(world, root, "amal")
    assert "1 of 1 threads, 0 of 2 replies." in progress_line(world, root, "amal")
    assert "0 of 1 threads" in progress_line(world, root, "basma")  # the same board, another learner's counts
    for _ in range(2):
        assert call_handler(world.block(root, "amal"), "post", {"body": "<p>Yes</p>", "parent": first})[0] == 200
    line = progress_line(world, root, "amal")
    assert "2 of 2 replies." in line and "Activity complete." in line
    arabic = progress_line(world, root, "amal", "ar")
    assert "مشاركتك: 1 من 1 من المواضيع" in arabic and "Activity complete." not in arabic


def test_the_flag_queue_walks_its_index_in_order(board):
    if connection.vendor != "sqlite":
        pytest.skip("reads SQLite's query plan (MariaDB plans by its statistics)")
    world, root = board
    rude = thread(world, root, "amal", title="Off topic")
    assert call_handler(world.block(root, "basma"), "flag", {"id": rude, "reason": "An advert"})[0] == 200
    with CaptureQueriesContext(connection) as queries:
        assert [flag.post_id for flag in store.flag_queue(world.block(root, "staff").block_key)] == [rude]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + queries.captured_queries[-1]["sql"])
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "ilelln_disc_flag_queue (block_key=? AND resolved=?)" in plan and "TEMP B-TREE" not in plan, plan
