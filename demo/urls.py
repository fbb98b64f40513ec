"""The workbench's URLs plus this package's plugin URLs, mounted where the LMS's plugin framework puts them.

The demo also shows the whole ready course, one workbench page per section (``ilelln_course.N``). Those
pages come from the course layer, above every block, so they are added here, after the blocks' own
scenarios, rather than by any block (workbench/scenarios.py ``init_scenarios`` builds the blocks' list).
"""
from django.urls import include, path
from workbench import scenarios
from workbench.urls import urlpatterns as workbench_urlpatterns

from ilelln_xblocks.course.builder import demo_scenarios

_blocks_scenarios = scenarios.init_scenarios


def init_scenarios():
    """Every block's scenarios, then one page per section of the course."""
    _blocks_scenarios()
    for number, (title, xml) in enumerate(demo_scenarios()):
        scenarios.add_xml_scenario(f"ilelln_course.{number}", title, xml)


scenarios.init_scenarios = init_scenarios

urlpatterns = [
    path("ilelln/", include("ilelln_xblocks.urls", namespace="ilelln_xblocks")),
    *workbench_urlpatterns,
]
