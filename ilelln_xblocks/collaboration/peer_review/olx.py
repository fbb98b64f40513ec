"""Peer review's rubric in OLX as elements a person can read: ``<rubric><criterion><level>``."""
from lxml import etree


class RubricOLXMixin:
    """Reads and writes ``<rubric><criterion key label><level points label>description</level>…``.

    The block keeps the rubric as one line per criterion (see ``logic.parse_rubric``); this
    mixin goes before ``ReadableOLXMixin``, which writes every other field, and lists
    ``rubric`` in ``olx_elements`` so that mixin leaves it alone.
    """

    olx_elements = ("rubric",)

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Read the rubric's elements into the block's lines."""
        block = super().parse_xml(node, runtime, keys)
        rubric = node.find("rubric")
        if rubric is not None:
            lines = []
            for criterion in rubric.findall("criterion"):
                levels = " ; ".join(
                    f"{level.get('points', '')} = {level.get('label', '')}"
                    + (f" : {text}" if (text := "".join(level.itertext()).strip()) else "")
                    for level in criterion.findall("level"))
                lines.append(f"{criterion.get('key', '')} | {criterion.get('label', '')} | {levels}")
            block.rubric = lines
        return block

    def add_xml_to_node(self, node):
        """Write the rubric as elements a person can read."""
        super().add_xml_to_node(node)
        rubric = etree.SubElement(node, "rubric")
        for criterion in self.criteria():
            item = etree.SubElement(rubric, "criterion", key=criterion.key, label=criterion.label)
            for level in criterion.levels:
                element = etree.SubElement(item, "level", points=str(level.points), label=level.label)
                element.text = level.description or None
