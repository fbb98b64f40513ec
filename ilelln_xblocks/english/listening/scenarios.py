"""Workbench scenarios for listening: a voicemail from a partner library (audio shipped in the package)."""
from ...course.content.fixtures import TRANSCRIPT, VOICEMAIL  # noqa: F401  (shared with the course)


def listening_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [("ilelln: listening, a voicemail about an interlibrary loan", f"<vertical_demo>{VOICEMAIL}</vertical_demo>")]
