"""A minimal ilelln activity for tests: it finishes with a server-computed grade through the base mixin."""
from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Integer, Scope

from ilelln_xblocks.core.base import IlellnBlockMixin
from ilelln_xblocks.core.handlers import json_handler


class ProbeActivity(CompletableXBlockMixin, IlellnBlockMixin, XBlock):
    """Counts as a module activity; ``finish`` grades 3 of 4 points and completes it."""

    block_name = "probe"
    ilelln_activity = True
    has_score = True
    points = Integer(scope=Scope.content, default=4)

    @json_handler()
    def finish(self, data, suffix=""):  # pylint: disable=unused-argument
        """Publish a grade of 3 out of ``points`` and completion."""
        self.publish_grade(3, self.points)
        self.record_completion(1.0)
        return {"ok": True}
