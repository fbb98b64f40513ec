"""Branching role-play dialogues: the author's script, its checks and its scoring, in plain Python.

A script is written one node after another::

    # start | Librarian
    Good morning, University of Nairobi Library. How can I help?
    ~ صباح الخير، مكتبة جامعة نيروبي. كيف أساعدك؟
    > intro | 2 | Good morning. This is Karim Hassan from Tanta Public Library in Egypt. | Polite and clear.
    > intro | 0 | Hi, I need some books. | Too direct for a first call: greet and say who you are.
    # thanks | Librarian | end
    You're welcome. Goodbye!

``# id | speaker`` opens a node (``| end`` makes it an ending); the lines below are what the
speaker says; ``~`` gives a gloss; each ``> next | points | reply | feedback`` is a reply the
learner can choose. The first node is where the dialogue starts.
"""
from dataclasses import dataclass, field

from ...core.memo import per_content
from ...core.messages import AuthorError, _


@dataclass(frozen=True)
class Option:
    """A reply the learner can choose, with its feedback, points and the node it leads to."""

    next: str
    points: int
    reply: str
    feedback: str


@dataclass
class Node:
    """What the other speaker says, and the learner's possible replies (none at an ending)."""

    id: str
    speaker: str
    line: str = ""
    gloss: str = ""
    ending: bool = False
    options: list = field(default_factory=list)


def parse_script(text):
    """The nodes of a script, in order; :class:`AuthorError` names the line to fix."""
    nodes, current = [], None
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            parts = [part.strip() for part in line[1:].split("|")]
            if len(parts) < 2 or not parts[0] or not parts[1]:
                raise AuthorError(_("Line %(number)s: a node starts with '# id | speaker'."), number=number)
            current = Node(id=parts[0], speaker=parts[1], ending=len(parts) > 2 and parts[2].lower() == "end")
            nodes.append(current)
        elif current is None:
            raise AuthorError(_("Line %(number)s: the script must start with a node ('# id | speaker')."),
                              number=number)
        elif line.startswith(">"):
            parts = [part.strip() for part in line[1:].split("|")]
            if len(parts) != 4 or not parts[0] or not parts[2]:
                raise AuthorError(_("Line %(number)s: a reply is '> next | points | reply | feedback'."),
                                  number=number)
            try:
                points = int(parts[1])
            except ValueError:
                raise AuthorError(_("Line %(number)s: points must be a whole number."), number=number) from None
            current.options.append(Option(next=parts[0], points=points, reply=parts[2], feedback=parts[3]))
        elif line.startswith("~"):
            current.gloss = (current.gloss + " " + line[1:].strip()).strip()
        else:
            current.line = (current.line + " " + line).strip()
    return nodes


def check_script(nodes):
    """A list of ``(msgid, params)`` problems: missing targets, dead ends, unreachable nodes, circles."""
    problems = []
    by_id = {}
    for node in nodes:
        if node.id in by_id:
            problems.append((_("Two nodes are called '%(id)s'."), {"id": node.id}))
        by_id[node.id] = node
    if not nodes:
        return [(_("The dialogue has no nodes."), {})]
    for node in nodes:
        if not node.line:
            problems.append((_("Node '%(id)s' has no line for the speaker."), {"id": node.id}))
        if node.ending and node.options:
            problems.append((_("Node '%(id)s' is an ending but offers replies."), {"id": node.id}))
        if not node.ending and not node.options:
            problems.append((_("Node '%(id)s' offers no reply and is not marked as an ending."), {"id": node.id}))
        for option in node.options:
            if option.next not in by_id:
                problems.append((_("A reply in '%(id)s' leads to '%(next)s', which does not exist."),
                                 {"id": node.id, "next": option.next}))
    if problems:
        return problems
    reachable, stack = set(), [nodes[0].id]
    while stack:
        node_id = stack.pop()
        if node_id not in reachable:
            reachable.add(node_id)
            stack.extend(option.next for option in by_id[node_id].options)
    for node in nodes:
        if node.id not in reachable:
            problems.append((_("Node '%(id)s' can never be reached."), {"id": node.id}))
    if _has_circle(nodes[0].id, by_id):
        problems.append((_("The dialogue can go round in a circle; every path must lead to an ending."), {}))
    return problems


def _has_circle(start, by_id):
    visiting, done = set(), set()

    def visit(node_id):
        if node_id in visiting:
            return True
        if node_id in done:
            return False
        visiting.add(node_id)
        found = any(visit(option.next) for option in by_id[node_id].options)
        visiting.discard(node_id)
        done.add(node_id)
        return found

    return visit(start)


@per_content
def playable(text):
    """``({node id: node}, start id)`` for a script without problems, else ``({}, None)``.

    Parsed once per script text: every view of a dialogue plays the same script (callers only read the nodes).
    """
    try:
        nodes = parse_script(text)
    except AuthorError:
        return {}, None
    if check_script(nodes):
        return {}, None
    return {node.id: node for node in nodes}, nodes[0].id


def best_total(nodes):
    """The most points any path from the start can earn (the script must pass :func:`check_script`)."""
    by_id = {node.id: node for node in nodes}
    memo = {}

    def best(node_id):
        if node_id not in memo:
            options = by_id[node_id].options
            memo[node_id] = max((option.points + best(option.next) for option in options), default=0)
        return memo[node_id]

    return best(nodes[0].id) if nodes else 0
