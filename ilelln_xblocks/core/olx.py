"""Safe OLX parsing for block content that is richer than attributes.

Course exports come from outside (imports, shared courses), so XML is parsed with
entity resolution, DTD loading and network access off, and with a size bound.
"""
from lxml import etree
from xblock.fields import Scope

MAX_OLX_BYTES = 2 * 1024 * 1024


class OLXError(ValueError):
    """The OLX could not be parsed safely."""


def safe_parser():
    """An lxml parser that resolves no entities, loads no DTD and never touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_olx(text):
    """Parse ``text`` (str or bytes) into an element, refusing oversized or unsafe documents."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    if len(data) > MAX_OLX_BYTES:
        raise OLXError(f"OLX larger than {MAX_OLX_BYTES} bytes")
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise OLXError("OLX must not declare a DOCTYPE or entities")
    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise OLXError(str(error)) from error


def child_texts(node, tag):
    """The stripped text of each direct child ``<tag>`` of ``node``, in order, skipping empty ones."""
    texts = []
    for child in node.findall(tag):
        text = "".join(child.itertext()).strip()
        if text:
            texts.append(text)
    return texts


def add_children(node, tag, texts, **attrs):
    """Append one ``<tag>text</tag>`` child to ``node`` per item of ``texts``."""
    for text in texts:
        child = etree.SubElement(node, tag, **attrs)
        child.text = text


def to_string(node):
    """Pretty-printed UTF-8 XML text of ``node``."""
    return etree.tostring(node, pretty_print=True, encoding="unicode")


class ReadableOLXMixin:
    """OLX in which a person can read the content: list fields become repeated child elements.

    Blocks list ``(field_name, tag)`` pairs in ``olx_lists`` (a List of strings, one
    ``<tag>`` per item) and ``olx_texts`` (a String written as one ``<tag>`` child);
    every other content or settings field stays an attribute.
    """

    olx_lists = ()
    olx_texts = ()
    olx_elements = ()  # fields the block writes as elements itself, in its own parse_xml/add_xml_to_node
    # Attribute names older courses were exported with -> the field that reads them now (exports use the new name).
    olx_renamed = {}

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Build a block from its OLX element."""
        block = runtime.construct_xblock_from_class(cls, keys)
        for attribute, value in node.items():
            name = cls.olx_renamed.get(attribute, attribute)
            if name in block.fields and block.fields[name].scope in (Scope.content, Scope.settings):
                setattr(block, name, block.fields[name].from_string(value))
        for field_name, tag in cls.olx_lists:
            if node.find(tag) is not None:
                setattr(block, field_name, child_texts(node, tag))
        for field_name, tag in cls.olx_texts:
            child = node.find(tag)
            if child is not None:
                setattr(block, field_name, "".join(child.itertext()).strip())
        return block

    def add_xml_to_node(self, node):
        """Write this block's content and settings to ``node``."""
        node.tag = self.xml_element_name()
        node.set("xblock-family", self.entry_point)
        as_children = {name for name, _tag in self.olx_lists + self.olx_texts} | set(self.olx_elements)
        for field_name, field in self.fields.items():
            if field_name in as_children or field_name in ("children", "parent"):
                continue
            if field.scope in (Scope.content, Scope.settings) and field.is_set_on(self):
                node.set(field_name, field.to_string(field.read_from(self)))
        for field_name, tag in self.olx_texts:
            value = getattr(self, field_name)
            if value:
                add_children(node, tag, [value])
        for field_name, tag in self.olx_lists:
            add_children(node, tag, getattr(self, field_name))
