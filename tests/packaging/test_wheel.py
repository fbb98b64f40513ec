"""Build the wheel, install it into a clean virtualenv, and check it works as an operator would find it."""
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("ilelln_xblocks-*.whl"))


def test_wheel_carries_static_assets_templates_and_compiled_arabic(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ilelln_xblocks/static/module_overview/module_overview.js" in names
    assert "ilelln_xblocks/static/module_overview/module_overview.css" in names
    assert "ilelln_xblocks/static/common/ilelln_common.js" in names
    assert "ilelln_xblocks/static/common/ilelln.css" in names
    assert "ilelln_xblocks/curriculum/module_overview/templates/module_overview.html" in names
    assert "ilelln_xblocks/templates/author_view.html" in names
    # Where the platform's XBlock i18n service looks first for a third-party block's catalogue.
    assert "ilelln_xblocks/translations/ar/LC_MESSAGES/text.mo" in names
    assert "ilelln_xblocks/translations/ar/LC_MESSAGES/text.po" in names
    assert "ilelln_xblocks/translations/en/LC_MESSAGES/text.mo" in names
    assert "ilelln_xblocks/locale/ar/LC_MESSAGES/django.mo" in names  # Django's own lookups (admin labels)
    assert "ilelln_xblocks/migrations/0001_initial.py" in names
    assert "ilelln_xblocks/templates/ilelln_xblocks/edx_ace/reviews_due/email/subject.txt" in names
    assert not any(name.startswith(("tests/", "demo/", "ilelln_xblocks/demo/")) for name in names)
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "[tutor.plugin.v1]\nilelln = ilelln_xblocks.tutor_plugin" in entry_points


def test_installed_wheel_works_in_a_clean_virtualenv(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    constraints = ROOT / "requirements" / "constraints.txt"
    # Nothing of the checkout may be on the path, pip's run included: `make` puts the checkout on PYTHONPATH for the
    # demo settings, and pip would then take the checkout's egg-info for an installed ilelln-xblocks and skip the wheel.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "DJANGO", "ILELLN"))}
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel),
                    "xblock-sdk", "edx-django-utils", "-c", str(constraints)], check=True, env=env)
    # The demo settings do not ship; an operator's LMS has its own. Only they come from the checkout, so the
    # package under test is still the installed wheel's (check_installed.py asserts it).
    shutil.copytree(ROOT / "demo", tmp_path / "settings" / "demo")
    env["PYTHONPATH"] = str(tmp_path / "settings")
    result = subprocess.run([python, str(Path(__file__).with_name("check_installed.py"))], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "migrations: complete" in result.stdout
