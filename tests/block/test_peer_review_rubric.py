"""The writer sees the rubric beside the editor: what reviewers will judge, before the work is sent."""
# ruff: noqa: F811  (pytest passes the imported fixture by its name)
import pytest
from django.utils import translation

from tests.block.test_peer_review import course, load, submit_all  # noqa: F401  (the fixture)

pytestmark = pytest.mark.django_db


def _page(world, root, user, language="en"):
    with translation.override(language):
        return world.block(root, user).render("student_view").content


def _rubric(html):
    return html[html.index('class="ilelln-pr-rubric"'):html.index("</details>", html.index('class="ilelln-pr-rubric"'))]


@pytest.mark.parametrize("language, heading, points", [("en", "How reviewers will judge your work", "2 points"),
                                                        ("ar", "كيف سيقيّم المراجعون عملك", "نقطتان")])
def test_the_writer_sees_each_criterion_and_level_before_submitting(course, language, heading, points):
    root = load(course)
    rubric = _rubric(_page(course, root, "amal", language))
    assert heading in rubric and points in rubric
    for text in ("Clear purpose", "Missing", "No purpose.", "Register", "Informal", "Mixed", "Professional"):
        assert text in rubric
    assert rubric.index("Clear purpose") < rubric.index("Register")   # in the author's order


def test_an_edited_rubric_is_shown_as_edited(course):
    root = load(course)
    assert "Clear purpose" in _rubric(_page(course, root, "amal"))
    block = course.block(root, "amal")
    block.rubric = [line.replace("Clear purpose", "A purpose stated early") for line in block.rubric]
    block.save()
    rubric = _rubric(_page(course, root, "amal"))
    assert "A purpose stated early" in rubric and "Clear purpose" not in rubric


def test_no_rubric_where_nothing_can_be_written(course):
    root = load(course)
    submit_all(course, root, ["amal"])
    assert 'class="ilelln-pr-rubric"' not in _page(course, root, "amal")    # submitted, no resubmission
    assert 'class="ilelln-pr-rubric"' not in _page(course, root, "staff")   # the facilitator view
