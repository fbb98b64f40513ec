"""Blocks reach the database only through their store, stores reach models one way, forms live in forms.py."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "ilelln_xblocks"
BLOCKS = sorted(PACKAGE.glob("english/*/block.py")) + sorted(PACKAGE.glob("curriculum/*/block.py"))
STORES = sorted(PACKAGE.glob("*/*/store.py")) + [PACKAGE / "core" / "progress.py"]


def _imports(path):
    """Every module name ``path`` imports, anywhere in it, with relative imports resolved."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(parts[:len(parts) - node.level]) if node.level else ""
            module = ".".join(filter(None, [base, node.module]))
            names += [module] + [f"{module}.{alias.name}" for alias in node.names]
    return names


def _queries(path):
    """Lines of ``path`` that use a model manager (``X.objects``)."""
    return [node.lineno for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.Attribute) and node.attr == "objects"]


@pytest.mark.parametrize("path", BLOCKS, ids=lambda path: path.parent.name)
def test_block_module_imports_no_model_and_no_database(path):
    found = [name for name in _imports(path)
             if name.startswith(("django.db", "ilelln_xblocks.models"))]
    assert found == []
    assert _queries(path) == []


@pytest.mark.parametrize("path", STORES, ids=lambda path: path.parent.name)
def test_store_reaches_models_through_the_shared_accessor(path):
    assert [name for name in _imports(path) if name.startswith("ilelln_xblocks.models")] == []
    assert "ilelln_xblocks.core.db.models" in _imports(path)


def test_the_stores_the_review_asked_for_exist():
    for block in ("english/writing", "english/speaking", "curriculum/competency_check"):
        assert (PACKAGE / block / "store.py").is_file()


FORM_OWNERS = BLOCKS + [PACKAGE / "collaboration" / name / "block.py"
                        for name in ("discussion", "reflection", "team_project")]


@pytest.mark.parametrize("path", FORM_OWNERS, ids=lambda path: path.parent.name)
def test_handler_forms_live_in_the_blocks_forms_module(path):
    classes = [node.name for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.ClassDef)]
    assert [name for name in classes if name.endswith("Form")] == []
    assert (path.parent / "forms.py").is_file()
