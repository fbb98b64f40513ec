"""The collect step of the Course Blocks API, as the mobile apps get a course.

``StudentViewTransformer.collect`` (openedx/edx-platform ``lms/djangoapps/course_api/blocks/transformers/
student_view.py`` @0c14b3f) walks the course's blocks as the modulestore gives them, bound to no learner,
once per publish, and keeps for each: ``student_view_multi_device`` =
``block.has_support(getattr(block.__class__, 'student_view', None), 'multi_device')``, and
``student_view_data`` = ``block.student_view_data()`` when the block has that method. An exception in
one block aborts the whole course's collect.
"""


def collect(world, root):
    """``{usage key: {"student_view_multi_device": bool, "student_view_data": ...}}`` for every block below ``root``."""
    collected = {}
    for block in world.walk(root, mode="bare"):
        student_view = getattr(block.__class__, "student_view", None)
        fields = {"student_view_multi_device": block.has_support(student_view, "multi_device")}
        if getattr(block, "student_view_data", None):
            fields["student_view_data"] = block.student_view_data()
        collected[block.scope_ids.usage_id] = fields
    return collected
