"""Building blocks from OLX in an in-process workbench runtime, calling handlers, capturing events."""
import json
import re

from webob import Request
from workbench.runtime import ScenarioIdManager, WorkbenchRuntime
from xblock.runtime import DictKeyValueStore, KvsFieldData, Runtime


class CourseWorld:
    """One course's content and every learner's state, in memory, isolated from other tests.

    ``world.load(olx)`` parses OLX the way a course import does; ``world.block(usage_id, user)``
    gives that block as ``user`` sees it. Events each runtime publishes are kept in
    ``world.events`` as ``(user, event_type, data)``.
    """

    def __init__(self):
        self.kvs = DictKeyValueStore()
        self.ids = ScenarioIdManager()
        self.events = []
        self.extra_blocks = {}  # block type -> class, for test-only blocks

    def runtime(self, user="alice"):
        """A workbench runtime for ``user`` over this world's content and state."""
        runtime = WorkbenchRuntime(user)
        services = dict(runtime._services)  # pylint: disable=protected-access
        services["field-data"] = KvsFieldData(self.kvs)
        Runtime.__init__(runtime, self.ids, self.ids, services=services)
        runtime.user_id = user
        default_loader = runtime.load_block_type
        runtime.load_block_type = lambda block_type: self.extra_blocks.get(block_type) or default_loader(block_type)
        runtime.publish = lambda block, event_type, data: self.events.append((user, event_type, data))
        return runtime

    def load(self, olx, scenario="test"):
        """Parse ``olx`` into blocks; returns the root usage id."""
        self.ids.set_scenario(scenario)
        return self.runtime().parse_xml_string(olx)

    def block(self, usage_id, user="alice"):
        """The block at ``usage_id`` as ``user`` sees it."""
        return self.runtime(user).get_block(usage_id)

    def find(self, root_id, block_type, user="alice", index=0):
        """The ``index``-th block of ``block_type`` below ``root_id`` (depth first), as ``user`` sees it."""
        runtime = self.runtime(user)
        stack, found = [root_id], []
        while stack:
            block = runtime.get_block(stack.pop(0))
            if block.scope_ids.block_type == block_type:
                found.append(block)
            stack = list(getattr(block, "children", []) or []) + stack
        return found[index]

    def events_of(self, event_type, user=None):
        """Published event data of ``event_type`` (for ``user`` when given)."""
        return [data for who, kind, data in self.events if kind == event_type and (user is None or who == user)]


def call_handler(block, name, payload=None, method="POST", raw=None):
    """Call ``block``'s handler ``name`` with JSON ``payload``; returns ``(status, body)``."""
    body = raw if raw is not None else (json.dumps(payload).encode() if payload is not None else b"")
    request = Request.blank("/", method=method, body=body, headers={"Content-Type": "application/json"})
    response = block.handle(name, request)
    text = response.body.decode("utf-8")
    try:
        return response.status_code, json.loads(text)
    except ValueError:
        return response.status_code, text


def user_state(block):
    """The learner's own state in ``block`` as the mobile apps read it (GET ``student_view_user_state``)."""
    status, body = call_handler(block, "student_view_user_state", method="GET")
    assert status == 200, body
    return body


def init_args(html):
    """The start-up data a rendered block hands its JS (the JSON element ``render_fragment`` writes)."""
    found = re.search(r'<script id="[A-Za-z0-9_-]+-init" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))
