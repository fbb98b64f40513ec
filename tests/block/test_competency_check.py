"""The competency check in process: rating, growth, cohort view and CSV, Studio and OLX."""
import pytest
from django.utils import translation
from lxml import etree

from ilelln_xblocks.core.olx import parse_olx, to_string
from ilelln_xblocks.curriculum.competency_check.scenarios import competency_check_scenarios
from ilelln_xblocks.models import CompetencyRating
from tests.helpers import call_handler, user_state

pytestmark = pytest.mark.django_db

KEYS_EN = ["ict-audit", "open-source", "knowledge-sharing", "service-design", "partnerships", "leading-change",
           "english-email"]


@pytest.fixture
def checks(world):
    root = world.load(competency_check_scenarios()[1][1])
    return world, root


def check(world, root, phase, user="alice"):
    return world.find(root, "ilelln_competency_check", user, index=0 if phase == "start" else 1)


def rate(world, root, phase, user, value):
    return call_handler(check(world, root, phase, user), "save_ratings", {"ratings": dict.fromkeys(KEYS_EN, value)})


def test_learner_rates_at_the_start_and_the_end_and_sees_growth(checks):
    world, root = checks
    assert rate(world, root, "start", "alice", 2)[0] == 200
    assert rate(world, root, "end", "alice", 4)[0] == 200
    with translation.override("en"):
        html = check(world, root, "end").render("student_view").content
    assert "How my competencies grew" in html
    assert html.count('width="40"') == 7 and html.count('width="80"') == 7
    assert "+2" in html
    assert world.events_of("completion", "alice") == [{"completion": 1.0}, {"completion": 1.0}]


def test_saving_answers_the_block_with_its_growth_chart_so_the_page_updates_in_place(checks):
    world, root = checks
    rate(world, root, "start", "alice", 2)
    with translation.override("en"):
        code, body = rate(world, root, "end", "alice", 4)
    assert code == 200 and body["message"] == "Your ratings are saved."
    assert "How my competencies grew" in body["html"] and 'width="80"' in body["html"]
    assert "Update my ratings" in body["html"]

def test_saving_again_replaces_ratings_without_duplicates(checks):
    world, root = checks
    rate(world, root, "start", "alice", 2)
    rate(world, root, "start", "alice", 3)
    assert CompetencyRating.objects.filter(learner="alice").count() == 7
    assert set(CompetencyRating.objects.values_list("rating", flat=True)) == {3}


@pytest.mark.parametrize("payload", [
    {"ratings": {"ict-audit": 3}},                         # missing competencies
    {"ratings": dict.fromkeys(KEYS_EN, 9)},                # beyond the scale
    {"ratings": dict(dict.fromkeys(KEYS_EN, 3), evil=1)},  # unknown key
    {"ratings": ["ict-audit", 3]},                         # not an object
    {"ratings": dict.fromkeys(KEYS_EN, 3), "grade": 1},    # unexpected field
    {},
])
def test_bad_ratings_are_refused_and_nothing_is_stored(checks, payload):
    world, root = checks
    code, body = call_handler(check(world, root, "start"), "save_ratings", payload)
    assert code == 400 and body["error"]
    assert CompetencyRating.objects.count() == 0


def test_not_signed_in_cannot_rate(checks):
    world, root = checks
    block = world.runtime(None).get_block(check(world, root, "start").scope_ids.usage_id)
    code, _body = call_handler(block, "save_ratings", {"ratings": dict.fromkeys(KEYS_EN, 3)})
    assert code == 403 and CompetencyRating.objects.count() == 0


def test_cohort_averages_are_anonymous_for_staff_and_hidden_from_learners(checks):
    world, root = checks
    for user, value in (("alice", 2), ("bob", 4), ("carol", 3)):
        rate(world, root, "start", user, value)
    html = check(world, root, "start", "staff").render("student_view").content
    assert "Cohort averages (staff only)" in html and "3.0 (3)" in html
    assert "alice" not in html and "bob" not in html
    assert "Cohort averages" not in check(world, root, "start", "bob").render("student_view").content


def test_cohort_csv_for_staff_only(checks):
    world, root = checks
    rate(world, root, "start", "alice", 2)
    code, body = call_handler(check(world, root, "start", "bob"), "cohort_csv", method="GET")
    assert code == 403
    code, body = call_handler(check(world, root, "start", "staff"), "cohort_csv", method="GET")
    assert code == 200
    lines = body.strip("\ufeff").splitlines()
    assert lines[0].startswith("competency,module,statement,start_mean,start_n")
    assert lines[1].startswith("ict-audit,Module 1: ICT in libraries,") and lines[1].endswith(",2.0,1,,0")


def test_student_view_data_has_the_learners_own_ratings_only(checks):
    world, root = checks
    rate(world, root, "start", "alice", 2)
    rate(world, root, "start", "bob", 5)
    data = check(world, root, "start", "alice").student_view_data()
    assert "my_ratings" not in data and len(data["competencies"]) == 7 and len(data["scale"]) == 5
    mine = user_state(check(world, root, "start", "alice"))["my_ratings"]
    assert mine["start"]["ict-audit"] == 2 and mine["end"] == {}


def test_studio_validation(world):
    root = world.load('<ilelln_competency_check assessment=" " phase="middle"><level>Only one</level>'
                      '<group module="M1"><competency key="Bad Key">x</competency></group></ilelln_competency_check>')
    block = world.block(root)
    block.competencies = ["Bad Key | M1 | x"]
    with translation.override("en"):
        messages = [m.text for m in block.validate().messages]
    assert "The phase must be start or end." in messages
    assert "The rating scale needs at least two levels." in messages
    assert any(text.startswith("Competency 1: 'Bad Key' is not a key") for text in messages)


@pytest.mark.parametrize("index", [0, 1])
def test_olx_round_trip_groups_competencies_by_module(world, index):
    xml = competency_check_scenarios()[index][1]
    first = world.find(world.load(xml), "ilelln_competency_check")
    node = etree.Element("root")
    first.add_xml_to_node(node)
    exported = to_string(node)
    parsed = parse_olx(exported)
    assert parsed.find("group").get("module") and parsed.find("group/competency").get("key") == "ict-audit"
    second = world.block(world.load(exported, scenario="again"))
    for name in ("assessment", "phase", "introduction", "competencies", "scale", "display_name"):
        assert getattr(second, name) == getattr(first, name), name


def test_queries_per_view_do_not_grow_with_the_cohort(checks, django_assert_max_num_queries):
    world, root = checks
    for n in range(40):
        rate(world, root, "start", f"learner-{n}", 1 + n % 5)
    with django_assert_max_num_queries(2):
        check(world, root, "start", "staff").render("student_view")


def test_the_unrated_form_is_the_rated_form_without_the_ratings(checks):
    """Before a learner's first rating the form is one partial (the block's content only); after, each competency is
    a partial with the learner's rating. The two templates' loops must stay alike, in both languages."""
    world, root = checks
    ratings = {key: number % 5 + 1 for number, key in enumerate(KEYS_EN)}
    assert call_handler(check(world, root, "end", "alice"), "save_ratings", {"ratings": ratings})[0] == 200
    for language in ("en", "ar"):
        with translation.override(language):
            rated = check(world, root, "end", "alice").render("student_view").content
            unrated = check(world, root, "end", "bob").render("student_view").content
        form = rated[rated.index("<form"):rated.index('<button type="submit"')]
        assert form.count(" checked") == 7 and 'value="5" checked' in form
        assert form.replace(" checked", "") == unrated[unrated.index("<form"):unrated.index('<button type="submit"')]
