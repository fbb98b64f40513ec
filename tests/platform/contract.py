"""What the contract suite runs over: every registered ilelln block, its first workbench scenario, its handlers."""
import ast
import inspect
import json
import sys
from importlib.metadata import entry_points
from pathlib import Path

from webob import Request

from .mixins import PLATFORM_MIXINS

PACKAGE = "ilelln_xblocks"


def registered_blocks():
    """``(entry point name, class)`` of every ``xblock.v1`` entry point of this distribution, sorted."""
    found = []
    for ep in entry_points(group="xblock.v1"):
        if ep.value.split(":")[0].split(".")[0] == PACKAGE:
            found.append((ep.name, ep.load()))
    return sorted(found, key=lambda pair: pair[0])


BLOCKS = registered_blocks()
NAMES = [name for name, _cls in BLOCKS]
CLASSES = dict(BLOCKS)

PLATFORM_HANDLERS = {name for mixin in PLATFORM_MIXINS for name in dir(mixin)
                     if getattr(getattr(mixin, name, None), "_is_xblock_handler", False)}


def handlers_of(cls):
    """The names of ``cls``'s own XBlock handlers (the platform mixins' are not the block's)."""
    return sorted(name for name in dir(cls)
                  if getattr(getattr(cls, name, None), "_is_xblock_handler", False) and name not in PLATFORM_HANDLERS)


HANDLER_CASES = [(name, handler) for name, cls in BLOCKS for handler in handlers_of(cls)]

# A good-enough empty body, bodies that are not what any handler expects, and a GET.
BODIES = [
    ("POST", b""),
    ("POST", b"{}"),
    ("POST", b"[]"),
    ("POST", b"null"),
    ("POST", b'{"answers": [[{}]], "values": {"a": [1]}, "text": 7, "id": -1, "fields": "x"}'),
    ("POST", b"\xff\xfe not json"),
    ("GET", b""),
]


def scenario_olx(name):
    """The OLX of the first workbench scenario of block ``name``."""
    return CLASSES[name].workbench_scenarios()[0][1]


def richest_scenario_olx(name):
    """The OLX of block ``name``'s workbench scenario that holds the most ilelln blocks (activities to do)."""
    return max((xml for _title, xml in CLASSES[name].workbench_scenarios()), key=lambda xml: xml.count("<ilelln_"))


def call(block, handler, method="POST", body=b"{}"):
    """Call ``handler`` of ``block`` through the runtime; ``(status, text)``."""
    request = Request.blank("/", method=method, body=body, headers={"Content-Type": "application/json"})
    response = block.runtime.handle(block, handler, request)
    return response.status_code, response.body.decode("utf-8", "replace")


def json_body(text):
    try:
        return json.loads(text)
    except ValueError:
        return None


# ----- which services a class's code asks for ---------------------------------------------------------------------


def _service_names(path):
    """Names ``N`` of every ``<x>.runtime.service(<y>, "N")`` call in the Python file at ``path``."""
    names = set()
    for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "service"
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)):
            names.add(node.args[1].value)
    return names


def _package_imports(path, module_name):
    """The modules of this package that the file at ``path`` imports (``from .x import y``, ``from ..x import y``)."""
    found = set()
    package = module_name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {name for name in found if name in sys.modules and name.startswith(PACKAGE)}


def services_used_by(cls):
    """``{service: file}`` of every service the code of ``cls`` (its classes and the modules they import) asks for."""
    modules = {klass.__module__ for klass in cls.__mro__ if klass.__module__.startswith(PACKAGE)}
    for module in list(modules):
        modules |= _package_imports(inspect.getsourcefile(sys.modules[module]), module)
    used = {}
    for module in sorted(modules):
        source = getattr(sys.modules[module], "__file__", None)
        if source and source.endswith(".py"):
            for name in _service_names(source):
                used.setdefault(name, Path(source).name)
    return used
