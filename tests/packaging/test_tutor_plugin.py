"""The Tutor plugin ``ilelln`` with the real ``tutor`` package: listed, enabled, and rendered by ``tutor config save``.

Tutor pulls dependencies that clash with the test requirements (kubernetes wants a python-dateutil that
botocore refuses), so it lives in its own virtualenv, ``.venv-tutor`` (``make tutor-venv``), with this package
installed there as an editable, dependency-free install: Tutor only imports ``ilelln_xblocks.tutor_plugin``.
Without that virtualenv these tests are skipped with a message; ``ILELLN_REQUIRE_TUTOR=1`` (CI) makes its
absence a failure. No Docker is needed: ``tutor config save`` only renders files.
"""
import ast
import json
import os
import re
import subprocess
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


def settings_of(path):
    """The top-level ``NAME = literal`` assignments of a rendered settings file (which must be valid Python)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


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
    values = settings_of(path)
    assert values["ILELLN_SCHEDULER"] == {
        "ENABLED": False, "INTERVAL_SECONDS": 900, "REMINDERS_ENABLED": True,
        "REVIEWS_DUE_WITHIN_HOURS": 24, "LOCK_TIMEOUT_SECONDS": 600,
    }
    text = path.read_text(encoding="utf-8")
    assert 'XBLOCK_SETTINGS.setdefault("ilelln_xblocks", {}).update({' in text
    assert '"MAX_UPLOAD_MEGABYTES": 10,' in text


def test_studio_gets_the_blocks_bucket_but_not_the_scheduler(saved):
    root, _tutor = saved
    path = root / "env" / "apps" / "openedx" / "settings" / "cms" / "production.py"
    text = path.read_text(encoding="utf-8")
    ast.parse(text)
    assert '"MAX_UPLOAD_MEGABYTES": 10,' in text
    assert "ILELLN_SCHEDULER" not in text


def test_the_image_installs_the_package(saved):
    root, _tutor = saved
    dockerfile = (root / "env" / "build" / "openedx" / "Dockerfile").read_text(encoding="utf-8")
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "ilelln_xblocks" / "__init__.py").read_text())[1]
    assert f"$PIP_COMMAND install 'ilelln-xblocks=={version}'" in dockerfile


def test_the_lms_proxy_lets_handler_uploads_through(saved):
    root, _tutor = saved
    caddyfile = (root / "env" / "apps" / "caddy" / "Caddyfile").read_text(encoding="utf-8")
    ours = caddyfile.index("handle /courses/*/xblock/*/handler/*")
    assert "max_size 10MB" in caddyfile[ours:ours + 200]
    assert ours < caddyfile.index("max_size 4MB")  # inside the LMS site, before its catch-all


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
    assert "python ./manage.py cms import /tmp/ilelln-course course" in script
    (service, script), = scripts["ilelln-enable-blocks"]
    assert (service, script) == ("cms", "python ./manage.py cms ilelln_enable_blocks course-v1:ILELLN+LEAD+2026")


def test_the_plugin_names_every_block_the_package_registers():
    result = subprocess.run(
        [str(PYTHON), "-c", "from ilelln_xblocks import tutor_plugin as p; "
                            "print(sorted(p.BLOCK_TYPES) == p.installed_block_types())"],
        capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "True", result.stdout + result.stderr
