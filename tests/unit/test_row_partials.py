"""Row partials of vocabulary, listening and the module overview: each shows the learner's state it is given
(checked, typed, done, readonly), changes when that state changes, and has its own rendering per language."""
from django.template import Context

from ilelln_xblocks.core import rendering


def _partial(package, call, language="en", **values):
    page = rendering._ENGINE.from_string("{% load ilelln %}" + call)  # pylint: disable=protected-access
    return page.render(Context({**values, "lang": language, "template_package": package}))


def _question(language="en", kind="single", choices=(), value=""):
    return _partial("ilelln_xblocks.english.listening",
                    '{% partial "listening_question.html" dom_id="x" index=0 number=1 kind=kind prompt="Who?" '
                    "choices=choices value=value %}", language, kind=kind, choices=choices, value=value)


def test_a_question_shows_the_learners_choice_and_changes_with_it():
    first = _question(choices=((0, "Grace", True), (1, "Salma", False)))
    second = _question(choices=((0, "Grace", False), (1, "Salma", True)))
    assert 'value="0" checked' in first and 'value="1" checked' not in first
    assert 'value="1" checked' in second and 'value="0" checked' not in second
    assert 'type="checkbox"' in _question(kind="multiple", choices=((0, "Grace", True),))


def test_a_short_question_shows_what_the_learner_typed_escaped_in_each_language():
    english = _question("en", kind="short", value='by "email" <b>')
    arabic = _question("ar", kind="short", value="by post")
    assert 'value="by &quot;email&quot; &lt;b&gt;"' in english and "Your answer" in english
    assert 'value="by post"' in arabic and "Your answer" not in arabic


def test_a_vocabulary_test_row_is_readonly_once_the_test_is_done():
    call = ('{% partial "vocabulary_test_row.html" dom_id="x" index=3 gloss="الفهرس" definition="The list." '
            "done=done %}")
    open_row = _partial("ilelln_xblocks.english.vocabulary", call, done=False)
    done_row = _partial("ilelln_xblocks.english.vocabulary", call, "ar", done=True)
    assert 'id="x-t3"' in open_row and "readonly" not in open_row and "الفهرس" in open_row
    assert "readonly" in done_row


def test_a_deliverable_shows_whether_the_learner_ticked_it():
    call = '{% partial "module_overview_deliverable.html" index=1 text=text done=done %}'
    package = "ilelln_xblocks.curriculum.module_overview"
    ticked = _partial(package, call, text="<Plan>", done=True)
    assert 'value="1" checked' in ticked and "&lt;Plan&gt;" in ticked
    assert "checked" not in _partial(package, call, "ar", text="<Plan>", done=False)


def test_an_activity_row_says_its_status_in_the_learners_language():
    call = '{% partial "module_overview_activity.html" title="Quiz" status=status %}'
    package = "ilelln_xblocks.curriculum.module_overview"
    english = _partial(package, call, status="completed")
    arabic = _partial(package, call, "ar", status="completed")
    assert "<strong>Completed</strong>" in english and "Completed" not in arabic and "<strong>" in arabic
    assert "Not started" in _partial(package, call, status=None)
