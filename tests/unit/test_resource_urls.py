"""A block's packaged files' URLs are the runtime's, worked out once per runtime class, block class and file."""
from types import SimpleNamespace

from django.test import override_settings
from django.urls import set_script_prefix

from ilelln_xblocks.core.base import resource_url


class CountingRuntime:
    """A runtime whose URL names the block type, the file and how many times it was asked."""

    asked = 0

    def local_resource_url(self, block, uri):
        type(self).asked += 1
        return f"/resource/{block.scope_ids.block_type}/{uri}?n={type(self).asked}"


class OtherRuntime(CountingRuntime):
    def local_resource_url(self, block, uri):
        return f"/other/{block.scope_ids.block_type}/{uri}"


def block_of(block_type, runtime):
    return SimpleNamespace(runtime=runtime, scope_ids=SimpleNamespace(block_type=block_type))


def test_the_runtime_is_asked_once_per_block_type_and_file_and_its_answer_kept():
    CountingRuntime.asked = 0
    first = resource_url(block_of("ilelln_test_a", CountingRuntime()), "static/x/x.js")
    again = resource_url(block_of("ilelln_test_a", CountingRuntime()), "static/x/x.js")
    other_file = resource_url(block_of("ilelln_test_a", CountingRuntime()), "static/x/x.css")
    other_type = resource_url(block_of("ilelln_test_b", CountingRuntime()), "static/x/x.js")
    assert first == again == "/resource/ilelln_test_a/static/x/x.js?n=1"
    assert other_file == "/resource/ilelln_test_a/static/x/x.css?n=2"
    assert other_type == "/resource/ilelln_test_b/static/x/x.js?n=3"
    elsewhere = resource_url(block_of("ilelln_test_a", OtherRuntime()), "static/x/x.js")
    assert elsewhere == "/other/ilelln_test_a/static/x/x.js"


def test_a_setting_change_or_another_script_prefix_asks_the_runtime_again():
    CountingRuntime.asked = 0
    block = block_of("ilelln_test_c", CountingRuntime())
    assert resource_url(block, "static/x/x.js").endswith("?n=1")
    with override_settings(STATIC_URL="/elsewhere/"):
        assert resource_url(block, "static/x/x.js").endswith("?n=2")
    assert resource_url(block, "static/x/x.js").endswith("?n=3")  # leaving the override is a change too
    set_script_prefix("/lms/")
    try:
        assert resource_url(block, "static/x/x.js").endswith("?n=4")
    finally:
        set_script_prefix("/")
    assert resource_url(block, "static/x/x.js").endswith("?n=3")


def test_a_runtime_instance_with_its_own_method_is_always_asked():
    runtime = CountingRuntime()
    answers = iter(["/one", "/two"])
    runtime.local_resource_url = lambda block, uri: next(answers)
    block = block_of("ilelln_test_d", runtime)
    assert [resource_url(block, "static/x/x.js") for _ in range(2)] == ["/one", "/two"]
