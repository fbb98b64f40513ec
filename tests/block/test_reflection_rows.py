"""The reflection journal's page as partials and its reads: each learner's state shown, never another's; the own
row and the gallery in one query; the blank form's markup the drafted form's."""
import pytest
from django.utils import translation

from ilelln_xblocks.collaboration.reflection.scenarios import FIELD_VISIT
from ilelln_xblocks.models import Reflection
from tests.block.test_reflection import PNG, SALMA, as_, submit, upload
from tests.helpers import call_handler

pytestmark = pytest.mark.django_db


@pytest.fixture
def visit(world, settings, tmp_path):
    """The Alexandria field visit, with 'facilitator' as staff and storage in a temp folder (as test_reflection)."""
    settings.ILELLN_WORKBENCH_STAFF = ("staff", "facilitator")
    settings.MEDIA_ROOT = str(tmp_path)
    return world, world.load(FIELD_VISIT)


def test_the_page_follows_each_learners_submit_and_share(visit):
    """The form's end and the share controls are partials keyed by submitted and shared: never another state's."""
    world, root = visit

    def page(user):
        with translation.override("en"):
            return as_(world, root, user).student_view().content

    assert "Submit my reflection" in page("salma") and "Save the changes" not in page("salma")
    submit(world, root, "salma", SALMA)
    assert "Save the changes" in page("salma") and 'data-shared="false"' in page("salma")
    assert "Submit my reflection" in page("ahmed") and "Save the changes" not in page("ahmed")
    call_handler(as_(world, root, "salma"), "share", {"shared": True})
    assert "Stop sharing" in page("salma") and 'data-shared="true"' in page("salma")
    assert "Stop sharing" not in page("ahmed") and SALMA[1] in page("ahmed")    # in ahmed's gallery
    call_handler(as_(world, root, "salma"), "share", {"shared": False})
    assert "Share with the cohort gallery" in page("salma") and SALMA[1] not in page("ahmed")
    assert "ilelln-preview" in page("facilitator") and "ilelln-preview" not in page("salma")


def test_the_own_row_and_the_gallery_come_in_one_query_as_in_two(visit, django_assert_num_queries):
    """A learner's own reflection and the gallery (its newest 200 shared) are read together, the same as apart:
    whether the own row is shared or private, inside the gallery's limit or not, or missing."""
    from datetime import UTC, datetime, timedelta

    from ilelln_xblocks.collaboration.reflection import store
    key, start = "block-v1:x+y+z+type@ilelln_reflection+block@one", datetime(2026, 3, 1, tzinfo=UTC)
    rows = [Reflection(block_key=key, course_key="c", learner=f"l{n:03d}", answers=[], submitted=start,
                       shared=n % 7 != 0, shared_at=start + timedelta(minutes=n % 50) if n % 7 else None)
            for n in range(260)]                          # 222 shared, times repeating: the id breaks ties
    Reflection.objects.bulk_create([*rows, Reflection(block_key="other", course_key="c", learner="l001",
                                                      answers=[], submitted=start, shared=True, shared_at=start)])
    for learner in ("l001", "l049", "l007", "l258", "nobody"):   # shared beyond the limit, newest, private, missing
        with django_assert_num_queries(1):
            mine, gallery = store.own_and_gallery(key, learner)
        expected = store.own(key, learner)
        assert (mine and mine.id) == (expected and expected.id)
        assert [row.id for row in gallery] == [row.id for row in store.gallery(key)]
        assert len(gallery) == store.GALLERY_LIMIT


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_blank_form_is_the_drafted_form_without_the_draft(visit, monkeypatch, language):
    """Before a learner's first draft the prompts, evidence and links are one partial (the block's content only);
    after, the draft is put in per view. The two templates must render the same fields alike."""
    from ilelln_xblocks.core.base import IlellnBlockMixin
    from ilelln_xblocks.core.rendering import render_template
    world, root = visit
    call_handler(as_(world, root, "salma"), "save_draft", {"answers": SALMA[:2] + ["", ""],
                                                           "links": ["https://example.org/a"]})
    upload(as_(world, root, "salma"), PNG)
    seen = []
    monkeypatch.setattr(IlellnBlockMixin, "render_fragment", lambda self, context, **kw: seen.append(context))
    with translation.override(language):
        as_(world, root, "salma").student_view()
        context = dict(seen[0], dom_id="rf")
        assert context["drafted"]
        package = "ilelln_xblocks.collaboration.reflection"
        drafted = render_template("reflection.html", context, package=package)
        assert SALMA[1] in drafted and 'value="https://example.org/a"' in drafted and "/photo/draft" in drafted
        assert render_template("reflection.html", dict(context, drafted=False), package=package) == drafted
