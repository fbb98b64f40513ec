"""Fixtures shared by the whole suite."""
import pytest

from tests.helpers import CourseWorld


@pytest.fixture
def world():
    """An empty in-memory course with its own learners' state."""
    return CourseWorld()
