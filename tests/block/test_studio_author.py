"""``author_view``: the course team sees what learners will meet, with the answers, and nothing is written."""
import html as html_lib
import re

import pytest
from django.utils import translation
from xblock.fields import String

from tests.block.studio_world import learner_state, preview_block, row_counts
from tests.block.test_studio import NAMES, load

pytestmark = pytest.mark.django_db

# Content from each block's first workbench scenario that only the author part shows this way.
EXPECTED = {
    "ilelln_competency_check": ["أستطيع اختيار أدوات مفتوحة المصدر مناسبة"],
    "ilelln_dialogue": ["Grace speaking", "Reply (2 points, then 'purpose')"],
    "ilelln_discussion": ["ميزانية محدودة"],
    "ilelln_gap_fill": ["Gap 1: to", "Answer 'for' gets: After 'I am writing' we use 'to'"],
    "ilelln_listening": ["Right: ", "I am calling about your interlibrary loan request"],
    "ilelln_module_overview": ["Describe the ICT infrastructure of a public library"],
    "ilelln_ordering": ["Subject: Interlibrary loan request", "Dear Dr Mwangi"],
    "ilelln_peer_review": ["0 · Missing: The reader cannot tell what is being proposed."],
    "ilelln_reflection": ["ماذا رأيت في مساحة الابتكار للأطفال؟"],
    "ilelln_speaking": ["I said my name, my role and my library."],
    "ilelln_team_project": ["نادي قراءة أسبوعي"],
    "ilelln_vocabulary": ["interlibrary loan · الإعارة بين المكتبات"],
    "ilelln_writing": ["Ms Grace Wanjiru"],
}


def author_part(html):
    """The text of the part only the course team sees."""
    part = html.split('class="ilelln-author-learner"')[0]
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part)))


def render(block, view="author_view"):
    with translation.override("en"):
        return block.render(view).content


def test_every_block_is_listed():
    assert sorted(EXPECTED) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_author_view_shows_the_content_with_its_answers_and_the_learners_page(world, name):
    usage_id = load(world, name)
    block = preview_block(world, usage_id)
    assert type(block).has_author_view
    html = render(block)
    text = author_part(html)
    for expected in EXPECTED[name]:
        assert expected in text, expected
    with translation.override("en"):
        learner_page = preview_block(world, usage_id).student_view({}).content
    assert "What learners see" in html and learner_page in html


def test_the_order_is_shown_right_for_the_author(world):
    text = author_part(render(preview_block(world, load(world, "ilelln_ordering"))))
    assert text.index("Subject: Interlibrary loan request") < text.index("Dear Dr Mwangi")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("who", ["preview", "workbench staff"])
def test_author_view_writes_no_rows_and_no_learner_state(world, name, who):
    usage_id = load(world, name)
    rows, state = row_counts(), learner_state(world)
    block = preview_block(world, usage_id) if who == "preview" else world.block(usage_id, "staff")
    render(block)
    assert row_counts() == rows
    assert learner_state(world) == state


@pytest.mark.parametrize("name", NAMES)
def test_a_learner_asking_for_the_author_view_gets_only_the_learners_page(world, name):
    usage_id = load(world, name)
    html = render(world.block(usage_id, "alice"))
    assert "for the course team" not in html and "What learners see" not in html


def test_a_learner_never_sees_the_answer_key(world):
    html = render(world.block(load(world, "ilelln_gap_fill"), "alice"))
    assert "Gap 1: to" not in author_part(html) and "gets: After" not in html


@pytest.mark.parametrize("name", NAMES)
def test_author_view_escapes_what_the_author_wrote(world, name):
    usage_id = load(world, name)
    block = world.block(usage_id, "staff")
    payload = '<script>alert("x")</script>'
    text_fields = [field for field in block.editable_fields
                   if isinstance(block.fields[field], String) and not block.fields[field].values
                   and getattr(block, field)]
    for field in text_fields[:3]:
        setattr(block, field, payload + getattr(block, field))
    block.save()
    html = render(preview_block(world, usage_id))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
