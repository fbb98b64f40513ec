"""The linters run as part of the suite, so `make test`, tox and CI agree on code quality."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with requirements/test.txt)")
    result = subprocess.run([ruff, "check", "ilelln_xblocks", "demo", "tests", "benchmarks", "scripts", "setup.py"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
