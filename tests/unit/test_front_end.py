"""The shared front end is used, not copied: one stylesheet for the common rules, one sender for handler calls."""
import re
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "static"
BLOCKS = sorted(path.name for path in STATIC.iterdir() if path.is_dir() and (path / f"{path.name}.js").exists())
SHARED_RULES = re.compile(r"\.ilelln-sr\s*\{|\.ilelln-status\s*\{\s*min-block-size|\.ilelln-error\s*\{\s*color|"
                          r":focus-visible\s*\{\s*outline|\.ilelln-button\s*\{[^}]*background:\s*#0b6e4f")


def test_every_block_has_its_own_js_and_css():
    assert len(BLOCKS) == 13
    assert all((STATIC / name / f"{name}.css").exists() for name in BLOCKS)


@pytest.mark.parametrize("name", BLOCKS)
def test_a_block_stylesheet_does_not_copy_the_shared_rules(name):
    css = (STATIC / name / f"{name}.css").read_text()
    assert not SHARED_RULES.search(css), "that rule lives in static/common/ilelln.css"
    assert "#0b6e4f" not in css, "use var(--ilelln-primary)"


@pytest.mark.parametrize("name", BLOCKS)
def test_a_block_calls_handlers_through_the_shared_sender_and_never_reloads(name):
    js = (STATIC / name / f"{name}.js").read_text()
    assert "common.sender(" in js
    for rolled in ("location.reload", "reloadWith", "fetch(", "common.post(", "result.ok"):
        assert rolled not in js, f"{rolled} in {name}.js: use IlellnCommon.sender / upload / refresh"


def test_no_block_needs_the_reload_helpers_any_more():
    js = (STATIC / "common" / "ilelln_common.js").read_text()
    assert "reloadWith" not in js and "announceRemembered" not in js and "location.reload" not in js


def test_the_shared_stylesheet_is_scoped_under_the_root_class():
    css = (STATIC / "common" / "ilelln.css").read_text()
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    selectors = [rule.split("{")[0].strip() for rule in css.split("}") if "{" in rule]
    assert selectors and all(part.strip().startswith(".ilelln") for selector in selectors
                             for part in selector.split(","))
    assert not re.search(r"\b(margin|padding|border)-(left|right)\b|(?<![-\w])(left|right)\s*:", css)
