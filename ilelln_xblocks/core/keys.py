"""The keys every table stores: the block's usage id and its course, as text."""


def course_key_of(block):
    """The block's course key as text (``workbench`` outside a course)."""
    course_key = getattr(block.scope_ids.usage_id, "course_key", None)
    return str(course_key) if course_key else "workbench"
