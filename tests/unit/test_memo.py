"""Content parsers run once per content: the same text is parsed once, an edited text is parsed anew."""
from ilelln_xblocks.core.memo import per_content
from ilelln_xblocks.english.dialogue import logic as dialogue
from ilelln_xblocks.english.vocabulary import logic as vocabulary


def test_a_parse_runs_once_per_content_and_again_after_an_edit():
    calls = []

    @per_content
    def parse(lines):
        calls.append(lines)
        return [line.upper() for line in lines]

    assert parse(["a", "b"]) == ["A", "B"]
    assert parse(["a", "b"]) is parse(("a", "b"))  # a list is keyed as the tuple of its lines
    assert parse(["a", "c"]) == ["A", "C"]
    assert calls == [("a", "b"), ("a", "c")]


def test_an_edited_script_is_played_as_edited():
    script = "# start | Librarian\nHello.\n> end | 1 | Hi. | Fine.\n# end | Librarian | end\nBye."
    nodes, start = dialogue.playable(script)
    assert start == "start" and nodes["start"].line == "Hello."
    edited, _start = dialogue.playable(script.replace("Hello.", "Good morning."))
    assert edited["start"].line == "Good morning." and nodes["start"].line == "Hello."
    assert dialogue.playable("# start | Librarian\nHello.\n> nowhere | 1 | Hi. | Fine.") == ({}, None)


def test_terms_parse_the_same_from_a_list_or_a_tuple():
    lines = ["shelf | رف | a board for books | The shelf is full."]
    assert vocabulary.parse_terms(lines) == vocabulary.parse_terms(tuple(lines))
    assert vocabulary.parse_terms(lines)[0][0].gloss == "رف"
