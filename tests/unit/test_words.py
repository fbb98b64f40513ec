"""Words: every handler field has a translated name, one English word with two meanings has two Arabic
translations (a context), and Arabic counts agree with their number."""
import importlib
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from django import forms

from ilelln_xblocks.core.handlers import BlockForm
from ilelln_xblocks.core.i18n import bundled_catalogue, translations_for
from ilelln_xblocks.core.rendering import render_template

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402  pylint: disable=wrong-import-position,import-error

BLOCK_MODULES = [f"ilelln_xblocks.{family}.{block}.block" for family, block in (
    ("english", "writing"), ("english", "dialogue"), ("english", "speaking"), ("english", "vocabulary"),
    ("english", "gap_fill"), ("english", "listening"), ("english", "ordering"), ("curriculum", "module_overview"),
    ("curriculum", "competency_check"), ("collaboration", "discussion"), ("collaboration", "team_project"),
    ("collaboration", "peer_review"), ("collaboration", "reflection"))]

VOCABULARY, OVERVIEW = "ilelln_xblocks.english.vocabulary", "ilelln_xblocks.curriculum.module_overview"


def handler_forms():
    """Every BlockForm subclass the blocks define (imported, then found through the class tree)."""
    for name in BLOCK_MODULES:
        importlib.import_module(name)
    found, todo = [], [BlockForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("ilelln_xblocks."):
                found.append(sub)
            todo.append(sub)
    return found


def test_the_forms_of_every_block_are_found():
    blocks = {form.__module__.split(".")[2] for form in handler_forms()}  # ilelln_xblocks.<family>.<block>.<module>
    assert {"writing", "gap_fill", "discussion", "team_project", "peer_review", "reflection",
            "competency_check", "module_overview", "vocabulary"} <= blocks
    assert len(handler_forms()) >= 30


def test_every_handler_field_has_a_label_with_its_arabic():
    arabic = bundled_catalogue("ar")
    unlabelled, untranslated = [], []
    for form in handler_forms():
        for name, field in form.base_fields.items():
            where = f"{form.__module__}.{form.__name__}.{name}"
            if not field.label:
                unlabelled.append(where)
            elif arabic.gettext(field.label) == field.label:
                untranslated.append(f"{where}: {field.label}")
    assert unlabelled == [], "give each field label=_(...)"
    assert untranslated == [], "add the label's Arabic to scripts/translations/words.py"


def test_a_range_is_said_whatever_the_number_misses():
    class ScoreForm(BlockForm):
        score = forms.IntegerField(label="Score", min_value=0, max_value=100)

    for value in (-1, 101, "ten", 2.5):
        form = ScoreForm({"score": value})
        assert not form.is_valid()
        assert form.errors["score"] == ["Enter a whole number from 0 to 100."], value


def test_flashcards_not_yet_and_the_competency_scales_not_yet_translate_differently():
    arabic = bundled_catalogue("ar")
    flashcard = arabic.pgettext("flashcard answer", "Not yet")
    scale = arabic.gettext("Not yet")
    assert flashcard == "لم أعرفه بعد" and scale == "لم أبدأ بعد"
    assert flashcard != scale
    assert arabic.gettext("I knew it") == "كنت أعرفه"    # the flashcard's other answer, the same grammar


def test_the_flashcard_template_uses_its_context():
    html = render_template("vocabulary.html", {"dom_id": "v", "terms": [], "test_rows": []}, "ar", VOCABULARY)
    assert "لم أعرفه بعد" in html and "لم أبدأ بعد" not in html
    assert "<h3>الدراسة</h3>" in html and "<h3>الاختبار</h3>" in html   # headings, not the verbs (was "ذاكر")
    html = render_template("vocabulary.html", {"dom_id": "v", "terms": [], "test_rows": []}, "en", VOCABULARY)
    assert ">Not yet<" in html


@pytest.mark.parametrize("total, words", [
    (1, "تحقق 1 من معيار واحد."), (2, "تحقق 2 من معيارين."), (3, "تحقق 2 من 3 معايير."),
    (14, "تحقق 2 من 14 معيارًا."), (100, "تحقق 2 من 100 معيار."),
])
def test_arabic_counts_of_criteria_agree_with_their_number(total, words):
    text = translations_for("ar").ngettext("%(passed)s of %(total)s criterion met.",
                                           "%(passed)s of %(total)s criteria met.", total)
    assert text % {"passed": min(2, total), "total": total} == words


def test_arabic_with_a_context_goes_only_to_that_context(monkeypatch):
    catalog = Catalog(locale="ar")
    catalog.add("Not yet", context="flashcard answer")
    catalog.add("Not yet")
    monkeypatch.setattr(i18n, "arabic_tables", lambda: ({"Not yet": "A", ("flashcard answer", "Not yet"): "B"}, {}))
    i18n._apply_arabic(catalog)  # pylint: disable=protected-access
    assert catalog.get("Not yet").string == "A"
    assert catalog.get("Not yet", context="flashcard answer").string == "B"



def test_a_wrong_answer_is_not_called_almost_right_in_arabic():
    arabic = bundled_catalogue("ar")
    wrong, almost = arabic.gettext("Not quite."), arabic.gettext("Almost: check your spelling.")
    assert "تمام" not in wrong and "الصحيحة" in wrong        # not "ليس تمامًا" (not entirely)
    assert wrong != almost != arabic.gettext("Partly right.")


def test_one_arabic_spelling_for_megabytes():
    singles, _plurals = i18n.arabic_tables()
    spellings = {word for text in singles.values() for word in ("ميغابايت", "ميجابايت") if word in text}
    assert spellings == {"ميغابايت"}


@pytest.mark.parametrize("singular, plural, number, params, words", [
    ("You earned %(earned)s of %(total)s point.", "You earned %(earned)s of %(total)s points.", 14,
     {"earned": 9, "total": 14}, "حصلت على 9 من 14 نقطة."),
    ("You earned %(earned)s of %(total)s point.", "You earned %(earned)s of %(total)s points.", 8,
     {"earned": 8, "total": 8}, "حصلت على 8 من 8 نقاط."),
    ("Next review in %(days)s day.", "Next review in %(days)s days.", 5, {"days": 5}, "المراجعة التالية بعد 5 أيام."),
    ("Next review in %(days)s day.", "Next review in %(days)s days.", 12, {"days": 12},
     "المراجعة التالية بعد 12 يومًا."),
    ("Reviewers allocated: %(count)s review.", "Reviewers allocated: %(count)s reviews.", 8, {"count": 8},
     "وُزّع المراجعون: 8 مراجعات."),
    ("%(total)s term · %(due)s to study today · %(mastered)s mastered",
     "%(total)s terms · %(due)s to study today · %(mastered)s mastered", 6, {"total": 6, "due": 2, "mastered": 1},
     "6 مصطلحات · 2 للمراجعة اليوم · 1 متقَن"),
])
def test_arabic_counts_of_points_days_and_reviews_agree_with_their_number(singular, plural, number, params, words):
    assert translations_for("ar").ngettext(singular, plural, number) % params == words


def test_an_activitys_status_and_a_column_of_learners_translate_differently():
    context = {"dom_id": "m", "summary": {"total": 2}, "cohort": [{"title": "Gap fill", "learners": 3, "completed": 1}],
               "activities": (("Gap fill", "started"), ("Quiz", "completed"))}
    html = render_template("module_overview.html", context, "ar", OVERVIEW)
    assert "قيد الإنجاز" in html and "مكتمل" in html           # this learner's activities
    assert ">بدؤوا</th>" in html and ">أكملوا</th>" in html      # how many learners, in the staff table
    english = render_template("module_overview.html", context, "en", OVERVIEW)
    assert ">Started</th>" in english and ": Started</li>" in english


def test_the_peer_reviews_deadline_clause_takes_an_arabic_comma():
    arabic = bundled_catalogue("ar")
    clause = arabic.pgettext("the deadline follows", ", due")
    assert clause.startswith("،") and "," not in clause          # not ", الموعد" with a Latin comma
