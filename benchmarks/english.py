"""Agreement of the English checking with a teacher's marks.

    make bench                      (runs this after the render benchmark)
    .venv/bin/python benchmarks/english.py [--misses] [--json FILE]

The cases in ``benchmarks/english/`` were written and marked by a teacher of Arabic-speaking
adults before the checking rules were tuned to them:

- ``items.json``: the items as an author sets them (accepted answers, anticipated errors with
  their feedback, the word forms and number styles the author allows);
- ``cases.tsv``: a learner's answer to a gap, a short-answer question or a vocabulary recall, and
  the teacher's verdict (correct, almost: a slip worth partial credit, or wrong) with the class of
  error it tests; an answer the author anticipated must also bring back the author's feedback;
- ``dictation.tsv``: a typed dictation and the errors the teacher counts (wrong words, extra
  words, missing words) and the slips (the right word misspelt, shown but not counted);
- ``emails/``: emails for one task with the teacher's 0-10 marks, compared by Spearman's rank
  correlation with the checklist's automatic score.

The runner goes through the same plain functions the blocks call, so it measures what a learner gets.
``\\uXXXX`` in an answer stands for that character (the format characters an Arabic keyboard types).
"""
import argparse
import csv
import inspect
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / "english"

from ilelln_xblocks.english import (  # noqa: E402
    checking,
    gap_fill_logic,
    listening_logic,
    vocabulary_logic,
    writing_logic,
)

FAMILIES = {"g": "gap fill", "s": "short answers", "v": "vocabulary recall"}
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def unescape(text):
    """``text`` with each ``\\uXXXX`` replaced by its character."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def read_tsv(name):
    """The rows of a tab-separated file in the data folder, as dicts."""
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def verdict_name(status):
    """The teacher's three verdicts from a checker status."""
    if status == checking.CORRECT:
        return "correct"
    if status == checking.ALMOST:
        return "almost"
    return "wrong"


def gap_markup(item, options=("wrong", "forms", "numbers")):
    """The author's gap markup for ``item`` (the text between ``[[`` and ``]]``)."""
    parts = [" | ".join(item["accept"])]
    if "wrong" in options:
        parts += [f"wrong: {answer} => {feedback}" for answer, feedback in item.get("errors", {}).items()]
    if "forms" in options and item.get("forms"):
        parts.append("forms: " + " | ".join(item["forms"]))
    if "legacy forms" in options and item.get("forms"):   # before per-gap lists, only "accept any form"
        parts.append("forms")
    if "numbers" in options and item.get("numbers"):
        parts.append("numbers")
    return " ; ".join(parts)


def check_gap(item, answer):
    """``(verdict, feedback)`` for a gap, as the gap-fill block scores it."""
    gap = None
    for options in (("wrong", "forms", "numbers"), ("wrong", "forms"), ("wrong", "legacy forms"), ("wrong",)):
        try:
            gap = gap_fill_logic.parse_gap(gap_markup(item, options), 1)
            break
        except gap_fill_logic.AuthorError:
            continue
    results, _fraction = gap_fill_logic.score([gap], [answer], 0.5)
    return verdict_name(results[0].status), results[0].feedback


def _supported(function, **options):
    """The keyword ``options`` that ``function`` accepts (older code takes fewer)."""
    accepted = inspect.signature(function).parameters
    return {key: value for key, value in options.items() if key in accepted}


def check_short(item, answer):
    """``(verdict, feedback)`` for a short answer, as the listening block checks one."""
    if hasattr(listening_logic, "check_short"):
        verdict = listening_logic.check_short(answer, item["accept"], item.get("errors", {}),
                                              numbers=bool(item.get("numbers")))
        return verdict_name(verdict.status), verdict.feedback
    options = _supported(checking.check_answer, numbers=bool(item.get("numbers")))
    verdict = checking.check_answer(answer, item["accept"], item.get("errors", {}), **options)
    return verdict_name(verdict.status), verdict.feedback


def check_vocab(item, answer):
    """``(verdict, feedback)`` for a typed recall in the vocabulary test."""
    if hasattr(vocabulary_logic, "check_recall"):
        verdict = vocabulary_logic.check_recall(answer, item["accept"])
    else:   # what the block did before the recall rules moved into vocabulary_logic
        verdict = checking.check_answer(answer, item["accept"], allow_forms=True)
    return verdict_name(verdict.status), verdict.feedback


CHECKERS = {"g": check_gap, "s": check_short, "v": check_vocab}


def run_cases(items):
    """Per-family and per-class agreement on ``cases.tsv``, and the disagreements."""
    by_id = {item["id"]: item for family in ("gap", "short", "vocab") for item in items[family]}
    totals, agree, classes, misses = Counter(), Counter(), defaultdict(Counter), []
    for row in read_tsv("cases.tsv"):
        item, answer = by_id[row["item"]], unescape(row["answer"])
        family = row["item"][0]
        got, feedback = CHECKERS[family](item, answer)
        ok = got == row["verdict"]
        if ok and row["class"].startswith("anticipated"):
            wanted = set(item.get("errors", {}).values())
            ok = feedback in wanted
        totals[family] += 1
        agree[family] += ok
        classes[row["class"]]["total"] += 1
        classes[row["class"]]["agree"] += ok
        if not ok:
            misses.append((row["item"], row["answer"], row["verdict"], row["class"], got, feedback))
    return totals, agree, classes, misses


def run_dictation(items):
    """``(total, agreeing, misses)``: a case agrees when the errors and the slips both match the teacher's."""
    by_id = {item["id"]: item for item in items["dictation"]}
    total, agreeing, misses = 0, 0, []
    for row in read_tsv("dictation.tsv"):
        _fraction, comparison = listening_logic.dictation(by_id[row["item"]]["transcript"], unescape(row["answer"]))
        counts = Counter(entry[0] for entry in comparison)
        errors = counts["wrong"] + counts["substitution"] + counts["extra"] + counts["insertion"] \
            + counts["missing"] + counts["deletion"]
        slips = counts["almost"] + counts["slip"]
        want_errors = int(row["substitutions"]) + int(row["insertions"]) + int(row["deletions"])
        ok = errors == want_errors and slips == int(row["slips"])
        total += 1
        agreeing += ok
        if not ok:
            misses.append((row["item"], row["answer"], f"{want_errors} errors {row['slips']} slips",
                           f"{errors} errors {slips} slips"))
    return total, agreeing, misses


def spearman(first, second):
    """Spearman's rank correlation of two equal-length lists (ties take their average rank)."""
    def ranks(values):
        order = sorted(range(len(values)), key=lambda index: values[index])
        result = [0.0] * len(values)
        position = 0
        while position < len(order):
            end = position
            while end + 1 < len(order) and values[order[end + 1]] == values[order[position]]:
                end += 1
            for index in order[position:end + 1]:
                result[index] = (position + end) / 2 + 1
            position = end + 1
        return result

    a, b = ranks(first), ranks(second)
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    covariance = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    spread = (sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b)) ** 0.5
    return covariance / spread if spread else 0.0


def email_rubric(task):
    """The checklist an author would set for the email task."""
    fields = {field for field in inspect.signature(writing_logic.Rubric).parameters}
    options = {"ideas": [(idea["name"], idea["phrases"]) for idea in task["ideas"]],
               "min_words": task["min_words"], "max_words": task["max_words"], "prompt": task["prompt"]}
    return writing_logic.Rubric(**{key: value for key, value in options.items() if key in fields})


def run_emails():
    """``(rho, rows)``: rank correlation of the automatic scores with the teacher's, and each email's scores."""
    task = json.loads((DATA / "emails" / "task.json").read_text(encoding="utf-8"))
    rubric = email_rubric(task)
    rows = []
    for mark in read_tsv("emails/marks.tsv"):
        text = (DATA / "emails" / f"{mark['email']}.txt").read_text(encoding="utf-8")
        results = writing_logic.check(text, rubric)
        rows.append((mark["email"], float(mark["score"]), round(10 * writing_logic.fraction(results), 1)))
    return spearman([row[1] for row in rows], [row[2] for row in rows]), rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every case where the code and the teacher differ")
    parser.add_argument("--json", help="also write the figures to this file")
    arguments = parser.parse_args()
    items = json.loads((DATA / "items.json").read_text(encoding="utf-8"))
    totals, agree, classes, misses = run_cases(items)
    dictation_total, dictation_agree, dictation_misses = run_dictation(items)
    rho, emails = run_emails()
    figures = {FAMILIES[key]: [agree[key], totals[key]] for key in FAMILIES}
    figures["dictation"] = [dictation_agree, dictation_total]
    all_agree = sum(agree.values()) + dictation_agree
    all_total = sum(totals.values()) + dictation_total
    print("English checking against a teacher's marks")
    for name, (right, total) in figures.items():
        print(f"  {name:<20} {right:>4}/{total:<4} {100 * right / total:5.1f}%")
    print(f"  {'all cases':<20} {all_agree:>4}/{all_total:<4} {100 * all_agree / all_total:5.1f}%")
    print(f"  {'emails (Spearman)':<20} rho = {rho:.3f} over {len(emails)} emails")
    print("  by class of error:")
    for name, counts in sorted(classes.items()):
        share = 100 * counts["agree"] / counts["total"]
        print(f"    {name:<18} {counts['agree']:>4}/{counts['total']:<4} {share:5.1f}%")
    print("  emails (teacher / automatic, out of 10):",
          " ".join(f"{name} {teacher:g}/{auto:g}" for name, teacher, auto in emails))
    if arguments.misses:
        for miss in misses + dictation_misses:
            print("  MISS", " | ".join(str(part) for part in miss))
    if arguments.json:
        figures.update({"all": [all_agree, all_total], "spearman": round(rho, 3),
                        "classes": {name: [c["agree"], c["total"]] for name, c in classes.items()}})
        Path(arguments.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
