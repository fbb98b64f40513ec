"""The writing checklist is hard to game and says what to fix (issue 11); each table failed before the change."""
import pytest

from ilelln_xblocks.english.writing import logic
from tests.unit.test_writing_logic import GOOD

PROMPT = ("You are Salma Abdelrahman, reference librarian at Mansoura Public Library. Write an email to Ms Grace "
          "Wanjiru at the University of Nairobi Library. Ask whether she could lend you two books on community "
          "health through interlibrary loan, ask about the loan period and the postage, and thank her.")
RUBRIC = logic.Rubric(ideas=logic.parse_ideas(["interlibrary loan", "loan period | how long we can keep",
                                               "postage | shipping | courier", "thank you | thanks | grateful"]),
                      min_words=60, max_words=220, extra_words=("Mansoura", "Wanjiru", "Abdelrahman"))
RUBRIC.prompt = PROMPT   # set after construction, so this table also runs (and fails) against the old checklist

STUFFED = """Subject: interlibrary loan loan period postage

Dear Ms Wanjiru,

Interlibrary loan loan period postage shipping courier thank you thanks grateful. Loan period postage
interlibrary loan courier shipping grateful thanks. Could you thank you interlibrary loan postage loan period
shipping courier grateful please? Interlibrary loan thanks grateful courier postage loan period shipping.

Kind regards,
Salma"""

RUDE = GOOD.replace("Thank you for your help.", "Your library is useless and slow. This is not acceptable. "
                    "I don't have time for your rules.")
SHOUTED = GOOD.upper().replace("LIBRARY COULD", "LIBARY COULD")
OFF_TASK = """Subject: Our conference

Dear Ms Wanjiru,

I am writing to invite you to our conference on school libraries in Mansoura on 12 April. Could you give a short
talk about your reading clubs? There will be an exhibition and lunch for all participants, and we would be
grateful if you could reply before 1 March so that we can print the programme. We can pay for your courier
costs and postage of materials.

Thank you for your time.

Kind regards,
Salma Abdelrahman"""


def score(text):
    return logic.fraction(logic.check(text, RUBRIC))


def failed(text):
    return {result["key"] for result in logic.check(text, RUBRIC) if not result["passed"]}


def test_a_good_email_still_meets_every_criterion_and_scores_full_marks():
    assert failed(GOOD) == set() and score(GOOD) == 1.0


@pytest.mark.parametrize("text, key, most", [
    (STUFFED, "coherence", 0.2),       # the required words piled up carry no idea
    (RUDE, "tone", 0.4),
    (SHOUTED, "capitals", 0.5),
    (PROMPT, "own_words", 0.0),        # a copy of the prompt
    (OFF_TASK, "on_task", 0.3),        # a fine email about something else
])
def test_gamed_or_failed_emails_are_named_and_capped(text, key, most):
    assert key in failed(text)
    assert score(text) <= most


def test_ideas_count_only_in_sentences_of_the_learners_own():
    results = logic.check(STUFFED, RUBRIC)
    ideas = [result for result in results if result["key"] == "idea"]
    assert not any(result["passed"] for result in ideas)
    assert all("full sentence" in result["advice"] for result in ideas)


def test_misspellings_inside_capitals_are_not_skipped():
    spelling = next(result for result in logic.check(SHOUTED, RUBRIC) if result["key"] == "spelling")
    assert "libary" in spelling["detail"].lower()


def test_the_language_pass_gives_concrete_corrections_including_arabic_speakers_grammar():
    text = GOOD.replace("I am writing to ask", "I am writing for ask").replace("Our readers", "Our readers since "
                                                                                "five years")
    spelling = next(result for result in logic.check(text, RUBRIC) if result["key"] == "spelling")
    assert "writing for ask → writing to ask" in spelling["detail"]
    assert "for five years" in spelling["detail"]


@pytest.mark.parametrize("key", ["greeting", "closing", "length", "idea", "register", "tone", "capitals"])
def test_every_failed_criterion_says_what_to_add_or_change(key):
    casual = "HEY, SEND THE BOOKS NOW. YOUR LIBRARY IS USELESS. I'M WAITING, U KNOW. THANKS!! " * 3
    results = [result for result in logic.check(casual, RUBRIC) if not result["passed"]]
    matching = [result for result in results if result["key"] == key]
    assert matching and all(result["advice"] for result in matching)
    assert all(result["advice"] == "" for result in logic.check(GOOD, RUBRIC))


def test_the_plan_lists_every_criterion_before_the_first_attempt():
    keys = [key for key, _label in logic.plan(RUBRIC)]
    assert keys.count("idea") == 4
    assert {"length", "tone", "capitals", "own_words", "on_task", "spelling", "coherence"} <= set(keys)
    assert len(keys) == len(logic.check(GOOD, RUBRIC))


def test_the_grammar_pass_is_safe_when_threads_check_at_once():
    import threading

    from ilelln_xblocks.english.writing import checks as writing_checks
    found, errors = [], []

    def work():
        try:
            found.append(len(writing_checks.language_issues("We recieve a research every week. " * 40)))
        except RuntimeError as error:   # harper-py raises this on concurrent use of one Linter
            errors.append(error)

    threads = [threading.Thread(target=work) for _index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(found)) == 1


def test_either_dialect_passes_the_grammar_and_spelling_pass():
    from ilelln_xblocks.english.writing import checks as writing_checks
    american = "The color of the catalog center is nice. We organize a program and a license."
    british = "The colour of the catalogue centre is nice. We organise a programme and a licence."
    assert writing_checks.language_issues(american) == [] and writing_checks.language_issues(british) == []
