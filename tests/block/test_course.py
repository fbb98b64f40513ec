"""The programme as a course: every block parses with its own OLX parsing and passes its Studio validation, the
export passes olxcleaner in both languages, the console script writes it, and completing a module's activities
moves that module's overview."""
import re
import tarfile

import pytest
from django.utils import translation
from lxml import etree
from olxcleaner.validate import validate as olxcleaner_validate
from xblock.validation import ValidationMessage

from ilelln_xblocks.core import progress
from ilelln_xblocks.course import builder
from ilelln_xblocks.course.outline import Block, Page
from ilelln_xblocks.models import ActivityProgress
from tests.helpers import user_state

pytestmark = pytest.mark.django_db

MODULES = builder.modules()
BLOCKS = [(unit.key, index, item) for module in MODULES for unit in module.units
          for index, item in enumerate(unit.items) if isinstance(item, Block)]
FIVE = [module for module in MODULES if re.fullmatch(r"m[1-5]", module.key)]


def verticals(archive_path):
    """The text of every vertical file in the course archive at ``archive_path``."""
    with tarfile.open(archive_path) as archive:
        return [archive.extractfile(name).read().decode() for name in archive.getnames()
                if name.startswith("course/vertical/")]


def kinds(unit):
    return [etree.fromstring(item.olx.strip().encode()).tag if isinstance(item, Block) else "html"
            for item in unit.items]


@pytest.mark.parametrize("unit_key, index, item", BLOCKS, ids=[f"{key}-{index}" for key, index, _ in BLOCKS])
def test_every_block_parses_and_passes_its_studio_validation(world, unit_key, index, item):
    root = world.load(item.olx.strip(), scenario=f"{unit_key}-{index}")
    block = world.block(root, "staff")
    errors = [message.text for message in block.validate().messages if message.type == ValidationMessage.ERROR]
    assert errors == [], (unit_key, errors)
    assert block.display_name


def test_the_course_has_the_programme_s_shape():
    assert [module.key for module in MODULES] == ["orientation", "m1", "m2", "m3", "m4", "m5", "capstone"]
    for module in FIVE:
        units = [kinds(unit) for unit in module.units]
        flat = [kind for unit in units for kind in unit]
        assert units[0] == ["ilelln_module_overview"], module.key
        assert flat.count("html") >= 3, module.key
        assert {"ilelln_peer_review", "ilelln_discussion"} & set(flat), module.key
        assert "ilelln_reflection" in flat, module.key
        english = [unit for unit in module.units if unit.graded == "English practice"]
        assert english and all(kind.startswith("ilelln_") for kind in kinds(english[0])), module.key
    everything = {kind for module in MODULES for unit in module.units for kind in kinds(unit)}
    assert {"ilelln_gap_fill", "ilelln_vocabulary", "ilelln_dialogue", "ilelln_writing", "ilelln_listening",
            "ilelln_speaking", "ilelln_ordering", "ilelln_team_project", "ilelln_competency_check"} <= everything
    checks = [etree.fromstring(item.olx.strip().encode()) for module in (MODULES[0], MODULES[-1])
              for unit in module.units for item in unit.items
              if isinstance(item, Block) and "ilelln_competency_check" in item.olx[:40]]
    assert [check.get("phase", "start") for check in checks] == ["start", "end"]
    assert len({check.get("assessment", "programme") for check in checks}) == 1


def test_learning_pages_are_substantive():
    for module in MODULES:
        for unit in module.units:
            for item in unit.items:
                if isinstance(item, Page):
                    words = len(re.sub(r"<[^>]+>", " ", item.body.ar).split())
                    assert words >= 120, (item.key, words)
                    assert "<script" not in item.body.ar.lower() and "http://" not in item.body.ar


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_export_passes_olxcleaner(tmp_path, lang):
    for path, text in builder.export_files(lang).items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    course, errors, url_names = olxcleaner_validate(str(tmp_path), steps=8,
                                                             allowed_xblocks=builder.block_types())
    serious = [f"{error.name}: {error.description}" for error in errors.errors if error.level == "ERROR"]
    assert course is not None and serious == []
    assert len(url_names) > 50
    grading = builder.grading_policy()
    assert {grader["type"] for grader in grading["GRADER"]} == {"English practice", "Peer review"}
    assert sum(grader["weight"] for grader in grading["GRADER"]) == pytest.approx(1.0)


def test_the_console_script_writes_a_course_archive(tmp_path, capsys):
    out = tmp_path / "ilelln.tar.gz"
    assert builder.main(["build", str(out), "--lang", "en"]) == 0
    assert "7 sections" in capsys.readouterr().out
    with tarfile.open(out) as archive:
        names = archive.getnames()
        policy = archive.extractfile(f"course/policies/{builder.RUN}/policy.json").read().decode()
    assert "course/course.xml" in names and '"language": "en"' in policy
    assert not any(name.startswith("course/ilelln_") for name in names)      # blocks are inline
    assert any("<ilelln_peer_review" in archive_text for archive_text in verticals(out))
    ar = tmp_path / "ar.tar.gz"
    builder.main(["build", str(ar)])
    with tarfile.open(ar) as archive:
        assert '"language": "ar"' in archive.extractfile(f"course/policies/{builder.RUN}/policy.json").read().decode()


@pytest.mark.parametrize("number", range(len(MODULES)))
def test_the_whole_course_loads_into_the_workbench(world, number):
    title, xml = builder.demo_scenarios()[number]
    root = world.load(xml, scenario=f"course-{number}")
    with translation.override("ar"):
        html = world.block(root, "learner").render("student_view").content
    assert 'dir="rtl"' in html and MODULES[number].units[0].title.ar.split()[0] in html, title


def test_completing_a_modules_activities_moves_its_overview(world):
    _title, xml = builder.demo_scenarios()[1]                      # module 1
    root = world.load(xml, scenario="course-m1")
    overview = world.find(root, "ilelln_module_overview", user="salma")
    before = user_state(overview)["progress"]
    activities = progress.activities_in(progress.module_of(overview))
    assert before["completed"] == 0 and before["total"] == len(activities) >= 4
    for activity in activities[:2]:
        world.block(activity.scope_ids.usage_id, "salma").record_completion(1.0)
    middle = user_state(world.find(root, "ilelln_module_overview", user="salma"))["progress"]
    assert middle["completed"] == 2 and 0 < middle["percent"] < 100
    for activity in activities[2:]:
        world.block(activity.scope_ids.usage_id, "salma").record_completion(1.0)
    after = user_state(world.find(root, "ilelln_module_overview", user="salma"))["progress"]
    assert after == {"total": len(activities), "completed": len(activities), "percent": 100}
    assert ActivityProgress.objects.filter(learner="salma", status="completed").count() == len(activities)
    other = user_state(world.find(root, "ilelln_module_overview", user="karim"))["progress"]
    assert other["completed"] == 0


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_learning_page_carries_its_language_and_direction(lang):
    pages = {page.key: page for module in MODULES for unit in module.units for page in unit.items
             if isinstance(page, Page)}
    files = builder.export_files(lang)
    seen = set()
    for key, page in pages.items():
        root = etree.fromstring(files[f"html/{key}.html"].encode(), etree.HTMLParser()).find("body/div")
        shown = "en" if lang == "en" and page.body.en else "ar"
        assert (root.get("lang"), root.get("dir")) == (shown, "ltr" if shown == "en" else "rtl"), key
        seen.add(shown)
    # The English course has pages in both languages: an Arabic page stays right to left in it.
    assert seen == ({"ar", "en"} if lang == "en" else {"ar"})
