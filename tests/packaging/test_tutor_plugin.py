"""The Tutor plugin ``ilelln`` with the real ``tutor`` package: listed, enabled, and rendered by ``tutor config save``.

Tutor pulls dependencies that clash with the test requirements (kubernetes wants a python-dateutil that
botocore refuses), so it lives in its own virtualenv, ``.venv-tutor`` (``make tutor-venv``), with this package
installed there as an editable, dependency-free install: Tutor only imports ``ilelln_xblocks.tutor_plugin``.
Without that virtualenv these tests are skipped with a message; ``ILELLN_REQUIRE_TUTOR=1`` (CI) makes its
absence a failure. No Docker is needed: ``tutor config save`` only renders files.
"""
import ast
import gettext
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TUTOR_VENV = Path(os.environ.get("ILELLN_TUTOR_VENV", ROOT / ".venv-tutor"))
TUTOR = TUTOR_VENV / "bin" / "tutor"
PYTHON = TUTOR_VENV / "bin" / "python"

if not TUTOR.exists():
    MESSAGE = f"tutor is not installed in {TUTOR_VENV} (run `make tutor-venv`)"
    if os.environ.get("ILELLN_REQUIRE_TUTOR") == "1":
        raise pytest.UsageError(MESSAGE + " (ILELLN_REQUIRE_TUTOR=1 makes this a failure)")
    pytest.skip(MESSAGE, allow_module_level=True)


@pytest.fixture(scope="module")
def tutor_root(tmp_path_factory):
    """A fresh Tutor project root, and a function that runs ``tutor`` in it."""
    root = tmp_path_factory.mktemp("tutor-root")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO", "PYTHON"))}
    env.update(TUTOR_ROOT=str(root), TUTOR_PLUGINS_ROOT=str(root / "plugins"))

    def tutor(*args):
        result = subprocess.run([str(TUTOR), *args], env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    return root, tutor


@pytest.fixture(scope="module")
def saved(tutor_root):
    """The project after ``plugins enable ilelln`` and a ``config save`` that changes one of our values."""
    root, tutor = tutor_root
    tutor("plugins", "enable", "ilelln")
    tutor("config", "save", "--set", "ILELLN_REVIEWS_DUE_WITHIN_HOURS=24", "--set", "ILELLN_SCHEDULER_ENABLED=false")
    return root, tutor


def run_our_settings(path, **before):
    """Execute the plugin's parts of a rendered settings file on top of ``before``; the names they leave."""
    text = path.read_text(encoding="utf-8")
    ast.parse(text)  # the whole file is valid Python
    parts = re.findall(r'^# ilelln-xblocks \(tutor plugin "ilelln"\).*?(?=^\s*$|^#####)', text, re.M | re.S)
    assert parts, f"no ilelln settings in {path}"
    namespace = dict(before)
    for part in parts:
        exec(compile(part, str(path), "exec"), namespace)  # noqa: S102  (our own rendered template)
    namespace.pop("__builtins__", None)
    return namespace


def test_the_plugin_is_listed(tutor_root):
    _root, tutor = tutor_root
    listed = [line.split() for line in tutor("plugins", "list").splitlines()]
    assert any(row[:1] == ["ilelln"] for row in listed), listed


def test_enabling_it_is_remembered_in_the_config(saved):
    root, _tutor = saved
    config = (root / "config.yml").read_text(encoding="utf-8")
    assert "- ilelln" in config
    assert "ILELLN_REVIEWS_DUE_WITHIN_HOURS: 24" in config


@pytest.mark.parametrize("variant", ["production.py", "development.py"])
def test_the_lms_settings_carry_the_scheduler_and_the_blocks_bucket(saved, variant):
    root, _tutor = saved
    path = root / "env" / "apps" / "openedx" / "settings" / "lms" / variant
    values = run_our_settings(path, XBLOCK_SETTINGS={"VideoBlock": {"licensing_enabled": False}})
    assert values["ILELLN_SCHEDULER"] == {
        "ENABLED": False, "INTERVAL_SECONDS": 900, "REMINDERS_ENABLED": True,
        "REVIEWS_DUE_WITHIN_HOURS": 24, "LOCK_TIMEOUT_SECONDS": 600,
    }
    assert values["XBLOCK_SETTINGS"] == {"VideoBlock": {"licensing_enabled": False},  # the platform's stay
                                         "ilelln_xblocks": {"MAX_UPLOAD_MEGABYTES": 10}}


def test_studio_gets_the_blocks_bucket_but_not_the_scheduler(saved):
    root, _tutor = saved
    values = run_our_settings(root / "env" / "apps" / "openedx" / "settings" / "cms" / "production.py")
    assert values == {"XBLOCK_SETTINGS": {"ilelln_xblocks": {"MAX_UPLOAD_MEGABYTES": 10}}}  # works without one too


def test_the_image_installs_the_package(saved):
    root, _tutor = saved
    dockerfile = (root / "env" / "build" / "openedx" / "Dockerfile").read_text(encoding="utf-8")
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "ilelln_xblocks" / "__init__.py").read_text())[1]
    assert f"$PIP_COMMAND install 'ilelln-xblocks=={version}'" in dockerfile


def test_the_lms_proxy_lets_handler_uploads_through(saved):
    root, _tutor = saved
    caddyfile = (root / "env" / "apps" / "caddy" / "Caddyfile").read_text(encoding="utf-8")
    ours = caddyfile.index("handle @ilelln_xblock_handlers")
    assert "max_size 10MiB" in caddyfile[ours:ours + 200]
    assert ours < caddyfile.index("max_size 4MB")  # inside the LMS site, before its catch-all
    caddy = shutil.which("caddy")
    if caddy is None:
        return  # Debian's caddy package, when installed, also checks how Caddy reads the file
    adapted = subprocess.run([caddy, "adapt", "--config", "Caddyfile", "--adapter", "caddyfile"],
                             cwd=root / "env" / "apps" / "caddy", capture_output=True, text=True, check=False,
                             env={**os.environ, "default_site_port": ""})
    assert adapted.returncode == 0, adapted.stderr
    limits = []
    for server in json.loads(adapted.stdout)["apps"]["http"]["servers"].values():
        for route in server["routes"]:
            if route.get("match") == [{"host": ["local.openedx.io"]}]:
                for inner in route["handle"][0]["routes"]:
                    text = json.dumps(inner)
                    if '"request_body"' in text:
                        limits.append((inner.get("group"), re.search(r'"max_size": (\d+)', text)[1], text))
    ours = [entry for entry in limits if "/courses/*/xblock/*/handler/*" in entry[2]]
    catch_all = [entry for entry in limits if '"/*"' in entry[2]]
    assert ours and catch_all and ours[0][0] == catch_all[0][0]  # one exclusive group ...
    assert limits.index(ours[0]) < limits.index(catch_all[0])     # ... where ours is tried first
    assert ours[0][1] == str(10 * 1024 * 1024)


def test_the_do_jobs_are_registered_and_render_their_scripts(saved):
    root, tutor = saved
    assert "ilelln-import-course" in tutor("local", "do", "--help")
    probe = """
import json, sys
from tutor import config as tutor_config, env, hooks
root = sys.argv[1]
hooks.Actions.CORE_READY.do()
tutor_config.load(root)
from ilelln_xblocks import tutor_plugin
config = tutor_config.load(root)
scripts = {}
for command in (tutor_plugin.import_course, tutor_plugin.enable_blocks):
    args = {"import": {"lang": None}, "enable": {"course_keys": ("course-v1:ILELLN+LEAD+2026",), "every_course": False}}
    kwargs = args["import"] if command is tutor_plugin.import_course else args["enable"]
    job = getattr(command.callback, "__wrapped__", command.callback)  # Tutor wraps it once plugins load
    scripts[command.name] = [(service, env.render_str(config, script)) for service, script in job(**kwargs)]
print(json.dumps(scripts))
"""
    result = subprocess.run([str(PYTHON), "-c", probe, str(root)], capture_output=True, text=True, check=False,
                            env={**os.environ, "TUTOR_ROOT": str(root)})
    assert result.returncode == 0, result.stdout + result.stderr
    scripts = json.loads(result.stdout.strip().splitlines()[-1])
    (service, script), = scripts["ilelln-import-course"]
    assert service == "cms"
    assert "ilelln-course build /tmp/ilelln-course/ilelln-course.tar.gz --lang ar" in script
    assert "python ./manage.py cms import ../data /tmp/ilelln-course/course" in script
    (service, script), = scripts["ilelln-enable-blocks"]
    assert (service, script) == ("cms", "python ./manage.py cms ilelln_enable_blocks course-v1:ILELLN+LEAD+2026")


def test_the_plugin_names_every_block_the_package_registers():
    result = subprocess.run(
        [str(PYTHON), "-c", "from ilelln_xblocks import tutor_plugin as p; "
                            "print(sorted(p.BLOCK_TYPES) == p.installed_block_types())"],
        capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "True", result.stdout + result.stderr


def test_the_image_puts_our_catalogue_where_the_xblock_i18n_service_looks_first(saved, tmp_path):
    # Atlas leaves an empty conf/plugins-locale/xblock.v1/ilelln_xblocks; the platform's XBlockI18nService then
    # uses that folder (domain "django") and nothing else. Run the image's step on such a tree.
    root, _tutor = saved
    dockerfile = (root / "env" / "build" / "openedx" / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.index("our catalogues where") > dockerfile.rindex("compilejsi18n")  # after Tutor's pull
    step = re.search(r'our catalogues where.*?\nRUN (.*?)\n\s*\n', dockerfile, re.S)[1].replace("\\\n", "")
    atlas = tmp_path / "conf" / "plugins-locale" / "xblock.v1" / "ilelln_xblocks"
    atlas.mkdir(parents=True)
    pulled = atlas / "fr" / "LC_MESSAGES" / "django.mo"  # what Atlas did pull is kept
    pulled.parent.mkdir(parents=True)
    pulled.write_bytes(b"pulled")
    python_dir = Path(sys.executable).parent  # a Python where ilelln_xblocks is installed, as in the image
    result = subprocess.run(["sh", "-c", step], cwd=tmp_path, capture_output=True, text=True, check=False,
                            env={**os.environ, "PATH": f"{python_dir}:{os.environ['PATH']}"})
    assert result.returncode == 0, result.stderr
    shipped = ROOT / "ilelln_xblocks" / "translations"
    for language in ("ar", "en"):
        copied = atlas / language / "LC_MESSAGES" / "django.mo"
        assert copied.read_bytes() == (shipped / language / "LC_MESSAGES" / "text.mo").read_bytes()
    assert pulled.read_bytes() == b"pulled"
    # What the platform's service then builds: gettext.translation("django", <atlas folder>, [locale]).
    arabic = gettext.translation("django", atlas, ["ar"])
    assert arabic.gettext("Module number") != "Module number"
