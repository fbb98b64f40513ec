"""The discussion board in process: threads and replies, reactions, tags, search and sorting, anonymity,
edit windows, flags and moderation, boards per team, completion by a rule, Studio, OLX and the export."""
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from lxml import etree
from webob import Request

from ilelln_xblocks.collaboration.discussion import scope as discussion_scope
from ilelln_xblocks.collaboration.discussion.scenarios import KNOWLEDGE, MAKERSPACE
from ilelln_xblocks.core.olx import to_string
from ilelln_xblocks.models import DiscussionFlag, DiscussionParticipant, DiscussionPost, DiscussionReaction
from tests.helpers import call_handler, user_state

pytestmark = pytest.mark.django_db

OLX = """<ilelln_discussion display_name="Makerspace ideas" anonymity="{anonymity}" edit_minutes="30"
  required_threads="1" required_replies="2" page_size="5">
  <prompt>Share one makerspace idea for your library, then answer two colleagues.</prompt>
  <tag>Children</tag><tag>Youth</tag><tag>Low budget</tag>
</ilelln_discussion>"""


@pytest.fixture
def board(world, settings):
    settings.ILELLN_WORKBENCH_STAFF = ("staff",)
    return world, world.load(OLX.format(anonymity="optional"))


def thread(world, root, user, title="A 3D printing corner", body="<p>For teenagers on Fridays.</p>", **extra):
    code, answer = call_handler(world.block(root, user), "post", {"title": title, "body": body, **extra})
    assert code == 200, answer
    return answer["id"]


def reply(world, root, user, parent, body="<p>Ask the university's engineering club to help.</p>", **extra):
    code, answer = call_handler(world.block(root, user), "post", {"body": body, "parent": parent, **extra})
    assert code == 200, answer
    return answer["id"]


def html_of(world, root, user, language="en"):
    with translation.override(language):
        return world.block(root, user).render("student_view").content


def page(world, root, user, **data):
    code, body = call_handler(world.block(root, user), "page", data)
    assert code == 200, body
    return body


def test_two_learners_post_and_reply_and_both_see_it(board):
    world, root = board
    first = thread(world, root, "amal", tags=["Youth", "Low budget"])
    reply(world, root, "basma", first)
    html = html_of(world, root, "basma")
    assert "A 3D printing corner" in html and "engineering club" in html and "Low budget" in html
    threads = page(world, root, "amal")["threads"]
    assert [t["id"] for t in threads] == [first] and threads[0]["reply_views"][0]["author"] == "basma"
    assert DiscussionPost.objects.get(pk=first).reply_count == 1


def test_rich_text_is_sanitised_before_it_is_stored(board):
    world, root = board
    post_id = thread(world, root, "amal", body='<p onclick="x()">Hi <script>alert(1)</script><b>all</b>'
                                               '<a href="javascript:evil()">link</a></p>')
    body = DiscussionPost.objects.get(pk=post_id).body
    assert "script" not in body and "onclick" not in body and "javascript" not in body and "<b>all</b>" in body


@pytest.mark.parametrize("payload, status, words", [
    ({"title": "Idea", "body": "<p>   </p>"}, 400, "Write something"),
    ({"title": " ", "body": "<p>text</p>"}, 400, "title"),
    ({"title": "Idea", "body": "x" * 20001}, 400,
     "Post: Ensure this value has at most 20000 characters (it has 20001)."),
    ({"title": "Idea", "body": "text", "tags": ["Robots"]}, 400, "list the author made"),
    ({"title": "Idea", "body": "text", "tags": "Youth"}, 400, "Tags: Enter a valid JSON. Nothing was saved."),
    ({"title": "Idea", "body": "text", "tags": {"a": 1}}, 400, "list the author made"),
    ({"title": "Idea", "body": "text", "author": "someone-else"}, 400, "Unexpected fields"),
    ({"title": "Idea", "body": ["a list"]}, 400, "Post: Send text here. Nothing was saved."),
    ({"body": "text", "parent": 999999}, 404, "not on this board"),
])
def test_bad_posts_are_refused_and_nothing_is_stored(board, payload, status, words):
    world, root = board
    code, body = call_handler(world.block(root, "amal"), "post", payload)
    assert code == status and words in body["error"] + str(body.get("fields", "")), body
    assert DiscussionPost.objects.count() == 0


def test_replies_have_no_replies_of_their_own(board):
    world, root = board
    first = thread(world, root, "amal")
    answer = reply(world, root, "basma", first)
    code, body = call_handler(world.block(root, "amal"), "post", {"body": "deeper", "parent": answer})
    assert code == 400 and "replies have no replies" in body["error"]
    assert DiscussionPost.objects.count() == 2


def test_visitors_who_are_not_signed_in_cannot_post(board):
    world, root = board
    block = world.runtime(None).get_block(root)
    assert call_handler(block, "post", {"title": "x", "body": "y"})[0] == 403
    assert DiscussionPost.objects.count() == 0


@pytest.mark.parametrize("handler, payload", [
    ("pin", {"id": 1, "pinned": True}), ("moderate", {"id": 1, "hidden": True}),
])
def test_learners_cannot_use_the_facilitator_tools(board, handler, payload):
    world, root = board
    post_id = thread(world, root, "amal")
    code, body = call_handler(world.block(root, "basma"), handler, dict(payload, id=post_id))
    assert code == 403 and body["error"]
    row = DiscussionPost.objects.get(pk=post_id)
    assert not row.pinned and not row.hidden


def test_reactions_toggle_once_per_learner_and_never_on_your_own_post(board):
    world, root = board
    post_id = thread(world, root, "amal")
    assert call_handler(world.block(root, "basma"), "react", {"id": post_id, "kind": "helpful"})[1] == {
        "on": True, "count": 1}
    assert call_handler(world.block(root, "chadi"), "react", {"id": post_id, "kind": "helpful"})[1]["count"] == 2
    assert call_handler(world.block(root, "chadi"), "react", {"id": post_id, "kind": "insightful"})[1]["count"] == 1
    assert call_handler(world.block(root, "basma"), "react", {"id": post_id, "kind": "helpful"})[1] == {
        "on": False, "count": 1}
    assert call_handler(world.block(root, "chadi"), "react", {"id": post_id, "kind": "helpful", "on": True})[1] == {
        "on": True, "count": 1}                    # setting an existing reaction on changes nothing
    code, body = call_handler(world.block(root, "amal"), "react", {"id": post_id, "kind": "helpful"})
    assert code == 403 and "your own post" in body["error"]
    assert call_handler(world.block(root, "basma"), "react", {"id": post_id, "kind": "love"})[0] == 400
    row = DiscussionPost.objects.get(pk=post_id)
    assert (row.helpful_count, row.insightful_count) == (1, 1)
    assert DiscussionReaction.objects.filter(post_id=post_id).count() == 2
    basma = page(world, root, "chadi")["threads"][0]
    assert basma["my_helpful"] and basma["my_insightful"]


def test_sorting_by_most_helpful_and_by_newest_with_pinned_on_top(board):
    world, root = board
    old, middle, new = (thread(world, root, user, title=f"Idea of {user}") for user in ("amal", "basma", "chadi"))
    for user in ("dina", "basma"):
        call_handler(world.block(root, user), "react", {"id": old, "kind": "helpful"})
    call_handler(world.block(root, "dina"), "react", {"id": middle, "kind": "helpful"})
    assert [t["id"] for t in page(world, root, "dina")["threads"]] == [new, middle, old]
    assert [t["id"] for t in page(world, root, "dina", sort="helpful")["threads"]] == [old, middle, new]
    assert call_handler(world.block(root, "staff"), "pin", {"id": old, "pinned": True})[0] == 200
    threads = page(world, root, "dina")["threads"]
    assert [t["id"] for t in threads] == [old, new, middle] and threads[0]["pinned"]
    assert call_handler(world.block(root, "staff"), "pin", {"id": old, "pinned": False})[0] == 200
    assert [t["id"] for t in page(world, root, "dina")["threads"]] == [new, middle, old]
    answer = reply(world, root, "dina", new)
    assert call_handler(world.block(root, "staff"), "pin", {"id": answer, "pinned": True})[0] == 400


@pytest.mark.parametrize("sort", ["newest", "helpful"])
def test_pages_by_cursor_show_every_thread_once(board, sort):
    world, root = board
    ids = [thread(world, root, f"learner{n}", title=f"Idea {n}") for n in range(12)]
    DiscussionPost.objects.filter(pk__in=ids[:6]).update(created=timezone.now() - timedelta(hours=1))
    DiscussionPost.objects.filter(pk__in=ids[::3]).update(helpful_count=2)   # ties on both keys
    seen, cursor, pages = [], None, 0
    while True:
        body = page(world, root, "reader", sort=sort, **({"cursor": cursor} if cursor else {}))
        seen += [t["id"] for t in body["threads"]]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen)) and pages == 3


def test_a_forged_cursor_is_refused(board):
    world, root = board
    code, body = call_handler(world.block(root, "amal"), "page", {"cursor": "bm90IGEgY3Vyc29y"})
    assert code == 400 and "reload" in body["error"]


def test_search_and_tags_find_threads_by_their_words_and_their_replies(board):
    world, root = board
    robots = thread(world, root, "amal", title="Robotics club", body="<p>LEGO kits for children</p>", tags=["Children"])
    sewing = thread(world, root, "basma", title="Sewing corner", body="<p>Old machines, donated</p>")
    reply(world, root, "chadi", sewing, body="<p>Ask the women's association for ROBOTICS volunteers</p>")
    assert {t["id"] for t in page(world, root, "dina", search="robotics")["threads"]} == {robots, sewing}
    assert [t["id"] for t in page(world, root, "dina", search="lego")["threads"]] == [robots]
    assert [t["id"] for t in page(world, root, "dina", tag="Children")["threads"]] == [robots]
    assert page(world, root, "dina", search="nothing like this")["threads"] == []


def test_peers_see_participant_numbers_for_anonymous_posts_and_staff_see_names(board):
    world, root = board
    first = thread(world, root, "amal", anonymous=True)
    thread(world, root, "basma", title="Named idea")
    reply(world, root, "amal", first, anonymous=True)
    number = DiscussionParticipant.objects.get(learner="amal").number
    with translation.override("en"):
        peer = page(world, root, "basma")["threads"]
        staff = page(world, root, "staff")["threads"]
        own = page(world, root, "amal")["threads"]
    anonymous = next(t for t in peer if t["id"] == first)
    assert anonymous["author"] == f"Participant {number}" == anonymous["reply_views"][0]["author"]
    assert next(t for t in staff if t["id"] == first)["author"] == "amal"
    assert next(t for t in own if t["id"] == first)["author"] == "amal"
    assert "amal" not in html_of(world, root, "basma")
    with translation.override("ar"):
        arabic = page(world, root, "basma")["threads"]
    assert next(t for t in arabic if t["id"] == first)["author"] == f"مشارك {number}"


def test_anonymity_can_be_off_or_always(world, settings):
    names = world.load(OLX.format(anonymity="off"), scenario="names")
    hidden = world.load(OLX.format(anonymity="always"), scenario="hidden")
    thread(world, names, "amal", anonymous=True)
    thread(world, hidden, "amal")
    with translation.override("en"):
        assert page(world, names, "basma")["threads"][0]["author"] == "amal"
        assert page(world, hidden, "basma")["threads"][0]["author"].startswith("Participant ")


def test_participant_numbers_are_stable_per_board(board):
    world, root = board
    for user in ("amal", "basma", "amal", "chadi", "basma"):
        thread(world, root, user, anonymous=True)
    numbers = dict(DiscussionParticipant.objects.values_list("learner", "number"))
    assert numbers == {"amal": 1, "basma": 2, "chadi": 3}
    assert set(DiscussionPost.objects.filter(author="basma").values_list("participant", flat=True)) == {2}


def test_only_anonymous_posts_count_towards_participant_numbers(world, settings):
    """A number follows the order of first anonymous posts only, so it cannot tell peers which named poster
    someone is: on a board where Amal first posted under her name after two others, she is still Participant 1."""
    named_first = world.load(OLX.format(anonymity="optional"), scenario="named-first")
    anonymous_only = world.load(OLX.format(anonymity="optional"), scenario="anonymous-only")
    for user in ("chadi", "basma", "amal"):
        thread(world, named_first, user, title=f"{user}'s idea")
    hidden = thread(world, named_first, "amal", title="An idea I am shy about", anonymous=True)
    thread(world, anonymous_only, "amal", anonymous=True)
    with translation.override("en"):
        seen = next(t for t in page(world, named_first, "basma")["threads"] if t["id"] == hidden)["author"]
        elsewhere = page(world, anonymous_only, "basma")["threads"][0]["author"]
    assert seen == "Participant 1" == elsewhere
    assert list(DiscussionParticipant.objects.filter(block_key=str(named_first)).values_list("learner", flat=True)) \
        == ["amal"]


def test_authors_edit_and_delete_within_the_window_and_replies_stay(board, monkeypatch):
    world, root = board
    first = thread(world, root, "amal", tags=["Youth"])
    answer = reply(world, root, "basma", first)
    code, body = call_handler(world.block(root, "basma"), "edit", {"id": first, "title": "Mine now", "body": "x"})
    assert code == 403
    code, body = call_handler(world.block(root, "amal"), "edit", {
        "id": first, "title": "A 3D printing corner for girls", "body": "<p>Saturdays too</p>", "tags": ["Youth"]})
    assert code == 200, body
    row = DiscussionPost.objects.get(pk=first)
    assert row.title.endswith("for girls") and row.body_text == "Saturdays too" and row.edited
    assert call_handler(world.block(root, "amal"), "delete", {"id": first})[0] == 200
    threads = page(world, root, "chadi")["threads"]
    assert threads[0]["deleted"] and threads[0]["text"] == "" and threads[0]["title"] == ""
    assert threads[0]["reply_views"][0]["id"] == answer
    assert "This post was deleted." in html_of(world, root, "chadi")
    assert "Saturdays too" in html_of(world, root, "staff")          # staff still read it
    assert call_handler(world.block(root, "chadi"), "post", {"body": "late", "parent": first})[0] == 404
    later = timezone.now() + timedelta(minutes=31)
    monkeypatch.setattr(type(world.block(root, "basma")), "_now", lambda self: later)
    code, body = call_handler(world.block(root, "basma"), "delete", {"id": answer})
    assert code == 409 and "passed" in body["error"]
    assert not DiscussionPost.objects.get(pk=answer).deleted


def test_flags_reach_the_queue_and_staff_hide_and_restore(board):
    world, root = board
    rude = thread(world, root, "amal", title="Off topic", body="<p>Buy cheap phones here</p>")
    code, body = call_handler(world.block(root, "basma"), "flag", {"id": rude, "reason": "An advert"})
    assert code == 200
    assert call_handler(world.block(root, "chadi"), "flag", {"id": rude})[0] == 200
    assert call_handler(world.block(root, "basma"), "flag", {"id": rude, "reason": "again"})[0] == 200
    assert DiscussionFlag.objects.filter(post_id=rude, resolved=False).count() == 2
    staff_html = html_of(world, root, "staff")
    assert "Reported posts (staff only)" in staff_html and "again" in staff_html and "cheap phones" in staff_html
    assert "Reported posts" not in html_of(world, root, "basma")
    assert call_handler(world.block(root, "staff"), "moderate", {"id": rude, "hidden": True})[0] == 200
    assert page(world, root, "basma")["threads"] == []
    assert call_handler(world.block(root, "basma"), "react", {"id": rude, "kind": "helpful"})[0] == 404
    assert page(world, root, "staff")["threads"][0]["hidden"]
    assert not DiscussionFlag.objects.filter(resolved=False).exists()
    assert "No reports waiting." in html_of(world, root, "staff")
    assert call_handler(world.block(root, "staff"), "moderate", {"id": rude, "hidden": False})[0] == 200
    assert [t["id"] for t in page(world, root, "basma")["threads"]] == [rude]


def test_completion_follows_the_rule_and_is_counted_on_the_server(board):
    world, root = board
    first = thread(world, root, "basma")
    thread(world, root, "amal")
    assert world.events_of("completion", "amal")[-1] == {"completion": pytest.approx(1 / 3)}
    reply(world, root, "amal", first)
    code, body = call_handler(world.block(root, "amal"), "post", {"body": "<p>One more idea</p>", "parent": first})
    assert code == 200 and body["complete"] is True
    assert world.events_of("completion", "amal")[-1] == {"completion": 1.0}
    assert "2 of 2 replies" in body["progress"]
    reply(world, root, "amal", first)                      # beyond the rule: still complete
    assert world.events_of("completion", "amal")[-1] == {"completion": 1.0}
    assert call_handler(world.block(root, "amal"), "delete", {"id": first})[0] == 403   # not hers
    own = DiscussionPost.objects.filter(author="amal", parent__isnull=True).get().id
    assert call_handler(world.block(root, "amal"), "delete", {"id": own})[0] == 200
    assert world.events_of("completion", "amal")[-1] == {"completion": pytest.approx(2 / 3)}


def test_a_board_per_team_keeps_teams_apart(board, monkeypatch):
    world, _root = board
    root = world.load(OLX.format(anonymity="off").replace("<ilelln_discussion", '<ilelln_discussion scope="team"'),
                      scenario="teams")
    teams = {"amal": "t1", "basma": "t1", "chadi": "t2"}
    monkeypatch.setattr(discussion_scope, "team_key", lambda block, topic: f"team:{teams[block.identity.anonymous_id]}"
                        if block.identity.anonymous_id in teams else "")
    first = thread(world, root, "amal", title="Team one idea")
    thread(world, root, "chadi", title="Team two idea")
    assert [t["title"] for t in page(world, root, "basma")["threads"]] == ["Team one idea"]
    assert [t["title"] for t in page(world, root, "chadi")["threads"]] == ["Team two idea"]
    assert call_handler(world.block(root, "chadi"), "post", {"body": "sneaking in", "parent": first})[0] == 404
    assert call_handler(world.block(root, "chadi"), "react", {"id": first, "kind": "helpful"})[0] == 404
    assert call_handler(world.block(root, "chadi"), "page", {"group": "team:t1"})[1]["threads"][0]["title"] == (
        "Team two idea")                                   # learners cannot pick another team's board
    assert page(world, root, "staff", group="team:t1")["threads"][0]["title"] == "Team one idea"
    assert set(DiscussionPost.objects.values_list("group_key", flat=True)) == {"team:t1", "team:t2"}


class _Teams:
    def get_team(self, user, course_id, topic_id):  # pylint: disable=unused-argument
        return type("Team", (), {"team_id": f"team-of-{user}"})()


def test_the_team_comes_from_the_wanted_teams_service_and_falls_back_to_the_course(board):
    world, _root = board
    root = world.load(OLX.format(anonymity="off").replace(
        "<ilelln_discussion", '<ilelln_discussion scope="team" teams_topic="projects"'), scenario="teams-service")
    runtime = world.runtime("amal")
    block = runtime.get_block(root)
    assert block.group_key == ""                           # the workbench has no teams: course-wide
    runtime._services["teams"] = _Teams()  # pylint: disable=protected-access
    runtime._services["user"].get_user_by_anonymous_id = lambda anonymous_id: anonymous_id
    assert runtime.get_block(root).group_key == "team:team-of-amal"


def test_the_facilitator_exports_every_post_as_csv(board):
    world, root = board
    first = thread(world, root, "amal", title="=HYPERLINK(1)", anonymous=True, tags=["Youth"])
    reply(world, root, "basma", first)
    call_handler(world.block(root, "chadi"), "flag", {"id": first})
    response = world.block(root, "staff").handle("export", Request.blank("/"))
    assert response.status_code == 200 and response.content_type == "text/csv"
    lines = response.body.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("post,thread,group,created,learner,username")
    assert len(lines) == 3 and "'=HYPERLINK(1)" in lines[1] and ",amal,amal,1,True," in lines[1]
    assert lines[1].endswith(",1") and lines[2].endswith(",0")
    assert world.block(root, "amal").handle("export", Request.blank("/")).status_code == 403


def test_student_view_data_for_the_mobile_apps(board):
    world, root = board
    first = thread(world, root, "amal")
    reply(world, root, "basma", first)
    data = world.block(root, "basma").student_view_data()
    assert data["prompt"].startswith("Share one makerspace idea") and data["tags"] == ["Children", "Youth",
                                                                                       "Low budget"]
    assert data["rule"] == {"threads": 1, "replies": 2} and "threads" not in data
    mine = user_state(world.block(root, "basma"))
    assert mine["threads"][0]["reply_views"][0]["mine"] and mine["progress"]["replies"] == 1
    assert mine["next_cursor"] is None


def test_studio_validation_names_each_problem(world):
    root = world.load('<ilelln_discussion scope="planet" edit_minutes="-3" page_size="500" required_replies="-1">'
                      '<tag>Youth</tag><tag>youth</tag><tag>a,b</tag></ilelln_discussion>')
    with translation.override("en"):
        messages = " | ".join(m.text for m in world.block(root).validate().messages)
    for part in ("Write the prompt", "Scope must be", "edit window", "Posts per page", "negative",
                 "'youth' appears twice", "'a,b' is not a tag"):
        assert part in messages
    with translation.override("ar"):
        arabic = " | ".join(m.text for m in world.block(root).validate().messages)
    assert "اكتب" in arabic


@pytest.mark.parametrize("source", [MAKERSPACE, KNOWLEDGE])
def test_olx_is_readable_and_round_trips(world, source):
    first = world.block(world.load(source))
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    assert "<prompt>" in exported and "<tag>" in exported
    second = world.block(world.load(exported, scenario="again"))
    for name in ("display_name", "prompt", "thread_tags", "scope", "anonymity", "edit_minutes", "required_threads",
                 "required_replies", "page_size"):
        assert getattr(second, name) == getattr(first, name), name


def test_the_board_renders_in_arabic_right_to_left(board):
    world, root = board
    thread(world, root, "amal")
    html = html_of(world, root, "basma", "ar")
    assert 'dir="rtl"' in html and "ابدأ موضوعًا" in html and "مفيد" in html


class _Partition:
    """A user partition with its scheme's name, as the LMS loads it."""

    def __init__(self, partition_id, scheme):
        self.id = partition_id
        self.scheme = type("Scheme", (), {"name": scheme})


class _Partitions:
    """The LMS partitions service as a block sees it: the course's partitions and the learner's group in each."""

    course_partitions = [_Partition(50, "random"), _Partition(7, "cohort")]

    def get_user_group_id_for_partition(self, user, partition_id):
        return {"amal": 1, "basma": 1, "chadi": 2}.get(user) if partition_id == 7 else 0


def test_a_board_per_cohort_comes_from_the_cohort_partition(board):
    world, _root = board
    root = world.load(OLX.format(anonymity="off").replace("<ilelln_discussion", '<ilelln_discussion scope="cohort"'),
                      scenario="cohorts")

    def block_of(user):
        runtime = world.runtime(user)
        runtime._services["partitions"] = _Partitions()  # pylint: disable=protected-access
        runtime._services["user"].get_user_by_anonymous_id = lambda anonymous_id: anonymous_id
        return runtime.get_block(root)

    assert block_of("amal").group_key == "cohort:7:1" and block_of("chadi").group_key == "cohort:7:2"
    assert block_of("dina").group_key == ""                # in no cohort: the course-wide board
    assert call_handler(block_of("amal"), "post", {"title": "Cohort one", "body": "x"})[0] == 200
    assert call_handler(block_of("basma"), "page", {})[1]["threads"][0]["title"] == "Cohort one"
    assert call_handler(block_of("chadi"), "page", {})[1]["threads"] == []


def test_the_lines_of_a_post_survive_the_board_and_the_csv(board):
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    world, root = board
    chromium = "<div>Activities: a coding club on Saturdays.</div><div><br></div><div>Partner: Al-Nasr School.</div>"
    first = thread(world, root, "amal", title="=Plan", body=chromium)
    reply(world, root, "basma", first, body="Good idea.<br><br>Ask the parents too.")
    html = html_of(world, root, "chadi")
    assert "Saturdays.<br><br>Partner" in html and "Good idea.<br><br>Ask the parents" in html
    rows = list(csv.reader(io.StringIO(
        world.block(root, "staff").handle("export", Request.blank("/")).body.decode("utf-8-sig"))))
    bodies = {row[0]: row for row in rows[1:]}
    assert "Activities: a coding club on Saturdays.\n\nPartner: Al-Nasr School." in bodies[str(first)]
    assert "'=Plan" in bodies[str(first)]
    assert any("Good idea.\n\nAsk the parents too." in row for row in rows[1:])
