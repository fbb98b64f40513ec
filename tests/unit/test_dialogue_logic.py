"""Dialogue scripts: parsing, the author's mistakes, and the best possible score."""
import pytest

from ilelln_xblocks.english.dialogue import logic

SCRIPT = """
# start | Librarian
Good morning, University of Nairobi Library. How can I help?
~ صباح الخير، مكتبة جامعة نيروبي.
> intro | 2 | Good morning. This is Karim Hassan from Tanta Public Library. | Polite and clear.
> intro | 0 | Hi, I need books. | Too direct for a first call.
# intro | Librarian
Nice to hear from you, Karim. What can we do for you?
> thanks | 3 | I'm calling to ask about an interlibrary loan. | Clear purpose.
> bye | 1 | Books. You have books? | Say what you want in a full sentence.
# thanks | Librarian | end
Of course. Please send me the titles by email.
# bye | Librarian | end
I'm sorry, I didn't follow. Could you write to us?
"""


def test_script_parses_into_nodes_options_and_glosses():
    nodes = logic.parse_script(SCRIPT)
    assert [node.id for node in nodes] == ["start", "intro", "thanks", "bye"]
    assert nodes[0].gloss == "صباح الخير، مكتبة جامعة نيروبي."
    assert nodes[0].options[1] == logic.Option("intro", 0, "Hi, I need books.", "Too direct for a first call.")
    assert nodes[2].ending and not nodes[2].options
    assert logic.check_script(nodes) == []
    assert logic.best_total(nodes) == 5


@pytest.mark.parametrize("script, complaint", [
    ("Hello\n# a | B", "must start with a node"),
    ("# a\nHello", "'# id | speaker'"),
    ("# a | B\nHi\n> b | two | x | y", "whole number"),
    ("# a | B\nHi\n> b | 1 | x", "'> next | points | reply | feedback'"),
])
def test_syntax_mistakes_name_the_line(script, complaint):
    with pytest.raises(logic.AuthorError) as raised:
        logic.parse_script(script)
    assert complaint in str(raised.value)


@pytest.mark.parametrize("script, complaint", [
    ("# a | B\nHi\n> nowhere | 1 | x | y", "leads to 'nowhere'"),
    ("# a | B\nHi", "offers no reply"),
    ("# a | B | end\nHi\n> a | 1 | x | y", "is an ending but offers replies"),
    ("# a | B\nHi\n> b | 1 | x | y\n# b | B | end\nBye\n# c | B | end\nLost", "'c' can never be reached"),
    ("# a | B\nHi\n> b | 1 | x | y\n# b | B\nAgain\n> a | 1 | x | y", "round in a circle"),
    ("# a | B\n> b | 1 | x | y\n# b | B | end\nBye", "no line for the speaker"),
    ("", "no nodes"),
])
def test_structural_mistakes_are_explained(script, complaint):
    messages = [message % params for message, params in logic.check_script(logic.parse_script(script))]
    assert any(complaint in message for message in messages), messages
