"""Workbench scenarios for the module overview: module 1, ICT in libraries, in English and in Arabic."""
from ...course.content.fixtures import MODULE_1_AR, MODULE_1_EN


def module_overview_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: module overview, module 1 (English content)", f"<vertical_demo>{MODULE_1_EN}</vertical_demo>"),
        ("ilelln: module overview, module 1 (Arabic content)", f"<vertical_demo>{MODULE_1_AR}</vertical_demo>"),
    ]
