"""Fixtures for the database tests: a live workbench per module, on SQLite or on ILELLN_TEST_DB."""
import pytest

from tests.live import LiveClient, run_workbench


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A client of a fresh live workbench server for this test module."""
    with run_workbench(tmp_path_factory.mktemp("live")) as url:
        yield LiveClient(url)
