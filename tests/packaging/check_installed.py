"""Run inside a clean virtualenv where only the built wheel (and the workbench) is installed.

Checks that every entry point loads, every asset the blocks' pages reference is served by
the runtime from the installed package, Arabic is compiled into the wheel, migrations are
complete, and the Open edX plugin framework installs the app. Prints one line per check.
"""
import os
import re
import subprocess
import sys
import tempfile
from importlib.metadata import entry_points

os.environ["DJANGO_SETTINGS_MODULE"] = "demo.settings"
os.environ["ILELLN_DATA_DIR"] = tempfile.mkdtemp()
os.environ.pop("ILELLN_TEST_DB", None)


def main():
    """Fail (exit 1) on the first broken promise of the installed package."""
    import ilelln_xblocks  # pylint: disable=import-outside-toplevel
    assert "site-packages" in ilelln_xblocks.__file__, ilelln_xblocks.__file__
    blocks = {ep.name: ep.load() for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_")}
    assert "ilelln_module_overview" in blocks, blocks
    print("entry points:", ", ".join(sorted(blocks)))
    for group in ("lms.djangoapp", "cms.djangoapp"):
        apps = [ep.load() for ep in entry_points(group=group) if ep.name == "ilelln_xblocks"]
        assert apps and apps[0].plugin_app["settings_config"], group
    from edx_django_utils.plugins import get_plugin_apps  # pylint: disable=import-outside-toplevel
    assert "ilelln_xblocks.apps.IlellnXBlocksConfig" in get_plugin_apps("lms.djangoapp")
    print("plugin app: installed by the Open edX plugin framework for lms and cms")

    # The platform's XBlockI18nService: gettext.translation("text", <root package>/translations, [locale])
    # (openedx-platform xmodule/modulestore/django.py), without a fallback.
    import gettext  # pylint: disable=import-outside-toplevel
    from importlib import resources  # pylint: disable=import-outside-toplevel
    with resources.as_file(resources.files("ilelln_xblocks") / "translations") as folder:
        arabic = gettext.translation("text", str(folder), ["ar"])
    assert arabic.gettext("Module number") != "Module number"
    print("translations: text.mo found where the platform's XBlock i18n service looks")

    import django  # pylint: disable=import-outside-toplevel
    django.setup()
    from django.core.management import call_command  # pylint: disable=import-outside-toplevel
    call_command("migrate", verbosity=0, interactive=False)
    call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)
    check = subprocess.run(
        [sys.executable, "-m", "django", "makemigrations", "ilelln_xblocks", "--check", "--dry-run"],
        capture_output=True, text=True, check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    print("migrations: complete")

    from django.test import Client  # pylint: disable=import-outside-toplevel
    from workbench.scenarios import SCENARIOS, init_scenarios  # pylint: disable=import-outside-toplevel
    init_scenarios()
    client = Client()
    assets = set()
    for scenario_id in sorted(SCENARIOS):
        if not scenario_id.startswith("ilelln_"):
            continue
        for lang in ("en", "ar"):
            page = client.get(f"/scenario/{scenario_id}/?lang={lang}&student=packager")
            assert page.status_code == 200, (scenario_id, lang, page.status_code)
            html = page.content.decode()
            if lang == "ar":
                assert 'dir="rtl"' in html and re.search("[\u0600-\u06ff]", html), scenario_id
            assets.update(re.findall(r'/resource/[a-z_]+/static/[A-Za-z0-9_/.-]+', html))
    assert assets, "no assets referenced"
    for url in sorted(assets):
        response = client.get(url)
        body = b"".join(response) if response.streaming else response.content
        assert response.status_code == 200 and body, url
    print(f"assets: {len(assets)} served from the installed package")
    print("arabic: every scenario renders right-to-left with Arabic text")
    check_english_offline()


def check_english_offline():
    """The English checkers' dictionaries, lists and engines came in the wheels: cut the network, use them."""
    import socket  # pylint: disable=import-outside-toplevel
    from datetime import date  # pylint: disable=import-outside-toplevel

    def refuse(*args, **kwargs):
        raise OSError("the English checking tried to use the network")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    # pylint: disable=import-outside-toplevel
    from ilelln_xblocks.english import checking
    from ilelln_xblocks.english.listening import logic as listening_logic
    from ilelln_xblocks.english.vocabulary import logic as vocabulary_logic
    from ilelln_xblocks.english.writing import checks as writing_checks
    assert checking.check_answer("catalog", ["catalogue"]).status == "correct"
    assert checking.check_answer("there", ["their"]).status == "wrong"
    assert listening_logic.dictation("We post them.", "We post them today.")[1][-1][0] == "extra"
    assert vocabulary_logic.review(None, True, date(2026, 12, 1))["due"] > "2026-12-01"
    assert any(issue["text"] == "recieve" for issue in writing_checks.language_issues("We recieve it."))
    print("english checking: breame, pyspellchecker, lemminflect, jiwer, fsrs and harper work offline")


if __name__ == "__main__":
    main()
