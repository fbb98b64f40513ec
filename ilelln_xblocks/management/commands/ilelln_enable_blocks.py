"""``manage.py cms ilelln_enable_blocks COURSE_KEY... | --all``: add the ilelln blocks to Advanced Module Lists.

Studio offers a course the Advanced components named in its ``advanced_modules`` setting, plus a fixed list of
its own (``DEFAULT_ADVANCED_MODULES``, a constant in openedx-platform cms/djangoapps/contentstore/views/component.py,
not a setting): no setting gives a *new* course other blocks. The ready course already lists ours; this command adds
them to courses made by hand, keeping whatever each list already holds. It needs Studio's modulestore, so it runs
only inside Open edX (``tutor local do ilelln-enable-blocks``).
"""
from importlib.metadata import entry_points

from django.core.management.base import BaseCommand, CommandError


def ilelln_block_types():
    """Every ``xblock.v1`` entry point of this package, e.g. ``ilelln_gap_fill``."""
    return sorted(ep.name for ep in entry_points(group="xblock.v1") if ep.name.startswith("ilelln_"))


def merged_modules(current, additions):
    """``current`` with ``additions`` appended, each once, keeping the course's own order."""
    merged = list(current or [])
    merged.extend(name for name in additions if name not in merged)
    return merged


class Command(BaseCommand):
    """Add the ilelln block types to courses' Advanced Module List."""

    help = "Add the ilelln block types to the Advanced Module List of the given courses (or --all)."

    def add_arguments(self, parser):
        parser.add_argument("course_keys", nargs="*", help="course keys, e.g. course-v1:Org+Code+Run")
        parser.add_argument("--all", action="store_true", dest="every_course", help="every course in Studio")

    def handle(self, *args, **options):
        try:  # platform-only imports: this command runs inside Studio
            from opaque_keys.edx.keys import CourseKey  # pylint: disable=import-outside-toplevel
            from xmodule.modulestore import ModuleStoreEnum  # pylint: disable=import-outside-toplevel
            from xmodule.modulestore.django import modulestore  # pylint: disable=import-outside-toplevel
        except ImportError as missing:
            raise CommandError(f"This command runs inside Open edX Studio ({missing}).") from None
        keys, every_course = options["course_keys"], options["every_course"]
        if not keys and not every_course:
            raise CommandError("Name at least one course key, or pass --all.")
        store = modulestore()
        courses = store.get_courses() if every_course else [store.get_course(CourseKey.from_string(k)) for k in keys]
        blocks = ilelln_block_types()
        for course in courses:
            if course is None:
                raise CommandError("No such course.")
            merged = merged_modules(course.advanced_modules, blocks)
            if merged == list(course.advanced_modules or []):
                self.stdout.write(f"{course.id}: already lists every ilelln block")
                continue
            course.advanced_modules = merged
            store.update_item(course, ModuleStoreEnum.UserID.mgmt_command)
            self.stdout.write(f"{course.id}: Advanced Module List now {len(merged)} entries")
