"""Templates compiled once per language, their fixed strings translated at compile time, render as Django would."""
from importlib import resources
from pathlib import Path

import pytest
from django.template import Context

from ilelln_xblocks.core import rendering
from ilelln_xblocks.core.i18n import bundled_catalogue, catalogue_active, text_direction

PACKAGE_DIR = Path(rendering.__file__).resolve().parents[1]
TEMPLATES = sorted(
    (".".join(("ilelln_xblocks", *path.parent.parent.relative_to(PACKAGE_DIR).parts)), path.name)
    for path in PACKAGE_DIR.glob("**/templates/*.html")
)


def plain_render(name, package, language, context):
    """The template compiled afresh and rendered with Django's own tags, nothing translated ahead (with the
    ``template_package`` that ``render_template`` gives, where a block's ``{% partial %}`` finds its rows)."""
    text = resources.files(package).joinpath("templates", name).read_text(encoding="utf-8")
    with catalogue_active(language):
        return rendering._ENGINE.from_string(text).render(  # pylint: disable=protected-access
            Context({"lang": language, "dir": text_direction(language), "template_package": package, **context}))


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("package, name", TEMPLATES)
def test_a_template_renders_as_django_renders_it(package, name, language):
    context = {"dom_id": "x", "signed_in": True, "groups": [], "items": [], "terms": []}
    assert rendering.render_template(name, context, language, package=package) == plain_render(
        name, package, language, context)


def test_every_block_template_is_compared():
    assert len(TEMPLATES) >= 16 and ("ilelln_xblocks.english.vocabulary", "vocabulary.html") in TEMPLATES


def test_a_changed_locale_setting_compiles_the_templates_again(settings, tmp_path):
    rendering.render_template("vocabulary.html", {}, "ar", package="ilelln_xblocks.english.vocabulary")
    assert rendering._template.cache_info().currsize  # pylint: disable=protected-access
    settings.LOCALE_PATHS = [str(tmp_path)]  # what Django's setting_changed tells core.i18n
    assert not rendering._template.cache_info().currsize  # pylint: disable=protected-access


def test_strings_under_another_language_are_left_to_render_time():
    template = rendering._ENGINE.from_string(  # pylint: disable=protected-access
        '{% load i18n %}{% language "en" %}{% translate "Submit" %}{% endlanguage %}|{% translate "Submit" %}')
    with catalogue_active("ar"):
        rendering._translate_fixed_strings(template.nodelist, Context())  # pylint: disable=protected-access
        english, arabic = template.render(Context()).split("|")
    assert english == "Submit" and arabic == bundled_catalogue("ar").gettext("Submit") != "Submit"
