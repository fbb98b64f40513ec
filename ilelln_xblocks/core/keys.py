"""The keys every table stores: the block's usage id and its course, as text; and ids for a block's items."""
from django.utils.crypto import salted_hmac

from .memo import per_content


def course_key_of(block):
    """The block's course key as text (``workbench`` outside a course)."""
    course_key = getattr(block.scope_ids.usage_id, "course_key", None)
    return str(course_key) if course_key else "workbench"


@per_content
def item_tokens(purpose, block_key, count):
    """An unguessable id per item of a block's list (an HMAC with the site's secret), so a page that shows the
    items shuffled never reveals their order by their ids; the same for every view, so made once."""
    return tuple(salted_hmac(purpose, f"{block_key}:{index}").hexdigest()[:12] for index in range(count))
