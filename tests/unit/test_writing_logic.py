"""Checking learners' emails: structure, ideas, spelling (British and American), register, readability."""
import pytest

from ilelln_xblocks.english.writing import logic

GOOD = """Subject: Interlibrary loan request for two titles

Dear Ms Wanjiru,

I am writing to ask whether your library could lend us two books on community health through interlibrary loan.
Our readers in Mansoura have asked for them, and we cannot find them in Egypt.

Could you tell me the loan period and the cost of postage? We would be happy to organise the return by courier.

Thank you for your help.

Kind regards,
Salma Abdelrahman
Mansoura Public Library"""

CASUAL = """Hi guys,
I'm Salma. We need some stuff from your library, can u send it asap? Thanks a lot!!
Bye"""


def test_a_good_email_passes_every_structure_check():
    assert logic.find_structure(GOOD) == {key: True for key in logic.EMAIL_CHECKS}


def test_a_casual_message_misses_moves_and_is_flagged():
    found = logic.find_structure(CASUAL)
    assert not found["subject"] and found["greeting"] and not found["closing"] and not found["signature"]
    flags = logic.register_flags(CASUAL)
    assert "I'm" in flags and "asap" in flags and "stuff" in flags and "u" in flags


@pytest.mark.parametrize("word, known", [
    ("colour", True), ("color", True), ("organise", True), ("organize", True), ("programme", True),
    ("centre", True), ("catalogue", True), ("licence", True), ("interlibrary", True), ("makerspace", True),
    ("recieve", False), ("libary", False), ("adress", False),
])
def test_british_and_american_spellings_are_both_accepted(word, known):
    assert logic.is_known(word) is known


def test_misspellings_skip_names_acronyms_and_addresses():
    text = "Dear Dr Mwangi, our libary in Tanta uses KOHA. Write to ill@uonbi.example.ac.ke or https://x.org/a."
    assert logic.misspellings(text) == ["libary"]
    assert logic.misspellings("We recieve many requests.", extra=["recieve"]) == []


@pytest.mark.parametrize("text, alternatives, found", [
    (GOOD, ["loan period"], True),
    (GOOD, ["return the books", "organise the return"], True),
    ("We discussed the loan periods at length.", ["loan period"], True),     # other word forms
    (GOOD, ["opening hours"], False),
])
def test_required_ideas_match_through_word_forms(text, alternatives, found):
    assert logic.has_idea(text, alternatives) is found


def test_reading_ease_is_higher_for_plain_english():
    plain = "We need two books. Can you lend them? Thank you."
    dense = ("Notwithstanding institutional considerations, interlibrary collaboration necessitates "
             "comprehensive administrative documentation procedures.")
    assert logic.reading_ease(plain) > 70 > logic.reading_ease(dense)


def test_the_whole_rubric_on_a_good_and_a_casual_email():
    rubric = logic.Rubric(ideas=logic.parse_ideas(["loan period", "postage | shipping"]), min_words=60,
                          max_words=200, min_reading_ease=30)
    good = logic.check(GOOD, rubric)
    assert all(result["passed"] for result in good), good
    casual = logic.check(CASUAL, rubric)
    assert logic.fraction(casual) < 0.4
    assert {r["key"]: r["passed"] for r in casual}["register"] is False
