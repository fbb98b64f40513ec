"""A modulestore-shaped import of a course archive into the platform world.

It walks the export as the XML modulestore does (openedx-platform ``xmodule/modulestore/xml.py``
@df1af71, ``xml_importer.py`` @47bf267): ``course.xml`` names the run; ``course/<run>.xml`` lists the
chapters; each ``<tag url_name="x"/>`` with no other content is a pointer to ``<tag>/x.xml``; any other
element is the block inline. Every block's key is built from its ``url_name``; ``xblock-family`` is
dropped; an external block is built by its own class's ``parse_xml`` (with the platform mixins mixed
in), a container keeps its settings (``graded``, ``format``, ...) for its children to inherit.
Pointer tags to *external* blocks are deliberately not resolved: only some releases resolve them.
"""
import tarfile

from lxml import etree
from opaque_keys.edx.locator import BlockUsageLocator, CourseLocator
from xblock.fields import ScopeIds

from .world import CONTAINERS, OpaqueIds, PlatformWorld


def read_archive(path):
    """``{path below course/: bytes}`` of a ``.tar.gz`` course export."""
    with tarfile.open(path) as archive:
        return {name.split("/", 1)[1]: archive.extractfile(name).read()
                for name in archive.getnames() if archive.getmember(name).isfile()}


def import_course(files, world=None):
    """Import ``files`` (see :func:`read_archive`); ``(world, course key, {usage key: block type})``."""
    top = etree.fromstring(files["course.xml"])
    course_key = CourseLocator(top.get("org"), top.get("course"), top.get("url_name"))
    world = world or PlatformWorld()
    world.ids = OpaqueIds(course_key)
    runtime = world.runtime(mode="bare")
    imported = {}

    def build(node, parent_key):
        url_name = node.get("url_name")
        tag = node.tag
        is_pointer = len(node) == 0 and set(node.keys()) == {"url_name"}
        if is_pointer and (tag in CONTAINERS or tag == "html"):
            node = etree.fromstring(files[f"{tag}/{url_name}.xml"])
        node = _without(node, "url_name", "xblock-family")
        key = BlockUsageLocator(course_key, tag, url_name)
        cls = runtime.mixologist.mix(runtime.load_block_type(tag))
        if tag in CONTAINERS:
            block = runtime.construct_xblock_from_class(cls, ScopeIds(None, tag, key, key))
            for name, value in node.items():
                if name in block.fields:
                    setattr(block, name, block.fields[name].from_string(value))
            block.children = [build(child, key) for child in node]
        else:
            block = cls.parse_xml(node, runtime, ScopeIds(None, tag, key, key))
        block.parent = parent_key
        block.save()
        imported[key] = tag
        return key

    course = etree.fromstring(files[f"course/{course_key.run}.xml"])
    course.set("url_name", course_key.run)
    root = build(course, None)
    return world, root, imported


def _without(node, *names):
    """A copy of ``node`` without the attributes ``names``."""
    copy = etree.fromstring(etree.tostring(node))
    for name in names:
        copy.attrib.pop(name, None)
    return copy
