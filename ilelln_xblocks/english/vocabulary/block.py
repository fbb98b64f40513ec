"""``ilelln_vocabulary``: bilingual English–Arabic library terms: flashcards, matching and a graded test."""
import random
from typing import NamedTuple

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from xblock.core import XBlock
from xblock.fields import Dict, Integer, List, Scope
from xblock.validation import ValidationMessage

from ...core import keys
from ...core.authoring import field_sections, section
from ...core.handlers import HandlerError, json_handler
from ...core.i18n import _, current_language
from ...core.memo import per_content
from ...core.rendering import render_template
from .. import base as english
from .. import checking
from . import logic
from .forms import ExamForm, MatchForm, ReviewForm
from .scenarios import vocabulary_scenarios

PACKAGE = __name__.rpartition(".")[0]
_OPTIONS = "<options/>"  # where a matching row's options go: no escaped author text can read like this
_ROW_END = "\n      "  # between rows, as the template's loop wrote them
_HOLE = mark_safe("<hole/>")  # where a learner's value goes in a rendered page (_frame): no escaped text reads so


class _Page(NamedTuple):
    """What every learner's view of one content shows alike, rendered once per content and language."""

    terms: list
    words: list
    cards: list            # the start-up data's cards when no term has audio (else None: built per view)
    glossary: str          # the list shown without JavaScript ("" with no terms)
    options: tuple         # each gloss's <option>, in the author's order
    match_heads: tuple     # each term's matching row up to its options, in the author's order
    match_tail: str        # the row after its options
    test_rows: dict        # done (bool) -> each term's test row, in the author's order


@per_content
def _page(lines, block_key, dom_id, language):
    """The learner-independent parts of the view of the terms ``lines`` in the block ``block_key``, shared by
    every view (read, never changed): a view only puts the rows and options in the learner's order."""
    terms = logic.parse_terms(lines)[0]

    def render(name, **values):
        return render_template(name, values, language, package=PACKAGE)

    tokens = keys.item_tokens("ilelln-vocabulary", block_key, len(terms))
    options = tuple(format_html('<option value="{}">{}</option>', token, term.gloss)
                    for token, term in zip(tokens, terms, strict=True))
    rows = [render("vocabulary_match_row.html", dom_id=dom_id, index=index, word=term.word,
                   options=mark_safe(_OPTIONS)).partition(_OPTIONS) for index, term in enumerate(terms)]
    return _Page(
        terms=terms, words=[term.word for term in terms],
        cards=None if any(term.audio for term in terms) else _cards(terms, [""] * len(terms)),
        glossary=mark_safe(render("vocabulary_glossary.html",  # noqa: S308 (rendered)
                                  pairs=[(term.word, term.gloss) for term in terms])) if terms else "",
        options=options,
        match_heads=tuple(row[0] for row in rows), match_tail=(rows[0][2] if rows else "") + _ROW_END,
        test_rows={done: tuple(render("vocabulary_test_row.html", dom_id=dom_id, index=index, gloss=term.gloss,
                                      definition=term.definition, done=done) + _ROW_END
                               for index, term in enumerate(terms)) for done in (False, True)},
    )


@per_content
def _frame(lines, block_key, dom_id, language, display_name, instructions, test_done, tested):
    """``vocabulary.html`` for this content, language and test state, cut where the learner's values go
    (``_HOLE``): the progress line, the two lists of rows in the learner's order, the attempts left, the score.
    Everything else on the page is in this key, so a frame shows one learner exactly what it shows another."""
    page = _page(lines, block_key, dom_id, language)
    html = render_template("vocabulary.html", {
        "dom_id": dom_id, "display_name": display_name, "instructions": instructions, "glossary": page.glossary,
        "test_done": test_done, "tested": tested, "progress_text": _HOLE, "match_rows": _HOLE, "test_rows": _HOLE,
        "attempts_text": _HOLE, "score_percent": _HOLE}, language, package=PACKAGE)
    return tuple(html.split(_HOLE))


def _cards(terms, audio):
    return [{"index": index, "word": term.word, "gloss": term.gloss, "definition": term.definition,
             "example": term.example, "audio": url} for index, (term, url) in enumerate(zip(terms, audio, strict=True))]


class VocabularyBlock(english.Activity, XBlock):
    """Study with flashcards on a spaced-repetition schedule kept on the server, practise, then take the test."""

    block_name = "vocabulary"
    attempts_field = "test_attempts"

    display_name = english.display_name(_("Library vocabulary"))
    instructions = english.instructions()
    terms = List(
        display_name=_("Terms"),
        help=_("One per item: term | Arabic gloss | definition | example sentence, with an optional "
               "| audio address (https:// or /static/). Without audio, the browser's own voice reads the term."),
        scope=Scope.content, default=[],
    )
    max_attempts = english.max_attempts(2, _("How many times a learner may take the test; 0 means no limit."),
                                  label=_("Maximum test attempts"))
    weight = english.weight()
    schedule = Dict(help=_("The learner's FSRS card and due date per term."), scope=Scope.user_state,
                    default={})
    test_attempts = Integer(help=_("How many times the learner has taken the test."), scope=Scope.user_state,
                            default=0)
    best_score = english.best_score(_("The learner's best share of the test's points."))

    editable_fields = ("display_name", "instructions", "terms", "max_attempts", "weight")
    olx_texts = (("instructions", "instructions"),)
    olx_elements = ("terms",)

    def term_list(self):
        """The terms the author wrote correctly."""
        return logic.parse_terms(self.terms)[0]

    def gloss_tokens(self, count=None):
        """An unguessable id per gloss, so the matching form does not reveal the pairs."""
        return list(keys.item_tokens("ilelln-vocabulary", self.block_key,
                                     len(self.term_list()) if count is None else count))

    def _order(self, count, purpose):
        order = list(range(count))
        random.Random(f"{self.block_key}:{self.identity.anonymous_id}:{purpose}").shuffle(order)
        return order

    def _audio_url(self, term):
        return self.course_media_url(term.audio) if term.audio else ""

    def _progress(self, terms, schedule=None, words=None, today=None):
        schedule = self.schedule if schedule is None else schedule
        words = [term.word for term in terms] if words is None else words
        if not schedule:  # nothing studied yet: every term due, none mastered
            return {"total": len(words), "due": len(words), "mastered": 0}
        today = today or logic.today_utc()
        return {"total": len(words), "due": logic.due_count(words, schedule, today),
                "mastered": logic.mastered_count(words, schedule)}

    def _progress_text(self, progress):
        return self.ngettext("%(total)s term · %(due)s to study today · %(mastered)s mastered",
                             "%(total)s terms · %(due)s to study today · %(mastered)s mastered",
                             progress["total"]) % progress

    def _deck(self, terms, schedule=None, words=None, today=None):
        """Indexes of the terms in study order (due first)."""
        schedule = self.schedule if schedule is None else schedule
        words = [term.word for term in terms] if words is None else words
        if not schedule:  # nothing studied yet: the author's order (what due_order gives an empty schedule)
            return list(range(len(words)))
        by_word = {word: index for index, word in enumerate(words)}
        return [by_word[word] for word in logic.due_order(words, schedule, today or logic.today_utc())]

    @XBlock.supports("multi_device")
    def student_view(self, context=None):  # pylint: disable=unused-argument
        """Flashcards, matching practice and the test."""
        lines, block_key, dom_id, language = self.terms, self.block_key, self.dom_id, current_language()
        page = _page(lines, block_key, dom_id, language)
        terms = page.terms
        schedule = self.schedule  # each field read costs (a Dict is copied): read once
        test_done = self._attempts_left() == 0
        tested = self.test_attempts > 0
        today = logic.today_utc() if schedule else None
        cards = page.cards or _cards(terms, [self._audio_url(term) for term in terms])
        # The same options follow every term, in one order per learner: joined once, not once per row.
        row_rest = "".join([page.options[index] for index in self._order(len(terms), "match")]) + page.match_tail
        heads, test_rows = page.match_heads, page.test_rows[test_done]
        frame = _frame(lines, block_key, dom_id, language, self.display_name, self.instructions, test_done, tested)
        # The learner's values, in the order of the frame's holes (vocabulary.html), escaped as the template would.
        values = [
            conditional_escape(self._progress_text(self._progress(terms, schedule, page.words, today))),
            "".join([heads[index] + row_rest for index in self._order(len(terms), "match-rows")]),
            "".join([test_rows[index] for index in self._order(len(terms), "test")]),
            conditional_escape(self.attempts_text()),
        ]
        if tested:  # the best score is shown once the learner has taken the test
            values.append(str(round(100 * self.best_score)))
        html = frame[0] + "".join([value + text for value, text in zip(values, frame[1:], strict=True)])
        return self.render_fragment({"page": mark_safe(html)}, template="vocabulary_page.html",  # noqa: S308
                                    init_args={"cards": cards, "deck": self._deck(terms, schedule, page.words, today)})

    def student_view_data(self, context=None):  # pylint: disable=unused-argument
        """The study set, for the mobile apps (the same for every learner)."""
        terms = self.term_list()
        return {
            "display_name": self.display_name, "instructions": self.instructions,
            "terms": [{"word": t.word, "gloss": t.gloss, "definition": t.definition, "example": t.example,
                       "audio": self._audio_url(t)} for t in terms],
            "max_attempts": self.max_attempts,
        }

    def user_state_data(self):
        """The learner's study order, schedule, progress, test attempts and score."""
        terms = self.term_list()
        return {"study_order": self._deck(terms), "schedule": dict(self.schedule), "progress": self._progress(terms),
                "test_attempts": self.test_attempts, "score": self.best_score}

    @json_handler(form=ReviewForm)
    def review(self, data, suffix=""):  # pylint: disable=unused-argument
        """Schedule a flashcard's next review with FSRS and answer with the next card to study."""
        terms = self.term_list()
        word = terms[data["term"]].word
        today = logic.today_utc()
        schedule = dict(self.schedule)
        schedule[word] = logic.review(schedule.get(word), data["known"], today)
        self.schedule = schedule
        progress = self._progress(terms)
        days = logic.days_until(schedule[word], today)
        return {"entry": schedule[word], "days": days, "next_review": self._next_review_text(days),
                "deck": self._deck(terms), "progress": progress, "progress_text": self._progress_text(progress)}

    def _next_review_text(self, days):
        if days == 0:
            return self.gettext(_("Next review: later today."))
        if days == 1:
            return self.gettext(_("Next review: tomorrow."))
        return self.ngettext("Next review in %(days)s day.", "Next review in %(days)s days.", days) % {"days": days}

    @json_handler(form=MatchForm)
    def match(self, data, suffix=""):  # pylint: disable=unused-argument
        """Check the learner's matches (practice: no grade)."""
        right = {index: gloss == index for index, gloss in data["pairs"].items()}
        correct = sum(right.values())
        return {
            "right": {str(index): value for index, value in right.items()},
            "summary": self.gettext(_("%(correct)s of %(total)s matched correctly.")) % {
                "correct": correct, "total": len(right)},
        }

    @json_handler(form=ExamForm)
    def take_test(self, data, suffix=""):  # pylint: disable=unused-argument
        """Score the test on the server (typos forgiven as half), publish the best grade."""
        if self._attempts_left() == 0:
            raise HandlerError(_("You have used every attempt at this test."), status=409)
        terms = self.term_list()
        results = []
        for term, answer in zip(terms, data["answers"], strict=True):
            status = logic.check_recall(answer, term.word).status
            results.append({checking.CORRECT: 1.0, checking.ALMOST: 0.5}.get(status, 0.0))
        fraction = sum(results) / len(results) if results else 0.0
        self.test_attempts += 1
        self.best_score = max(self.best_score, fraction)
        self.publish_grade(self.best_score * self.weight, self.weight)
        self.record_completion(1.0)
        finished = self._attempts_left() == 0 or fraction == 1.0
        return {
            "credits": results,
            "answers": [term.word for term in terms] if finished else None,
            "score": self.best_score,
            "summary": self.gettext(_("This attempt: %(score)s%%")) % {"score": round(100 * fraction)},
            "attempts_left": self._attempts_left(), "attempts_text": self.attempts_text(),
        }

    def validate_field_data(self, validation, data):
        """Messages an author can act on, checked before Studio saves."""
        def error(message, params=None):
            text = self.gettext(message)
            validation.add(ValidationMessage(ValidationMessage.ERROR, text % params if params else text))

        terms, problems = logic.parse_terms(data.terms)
        for number, problem in problems:
            detail = self.gettext(problem.message)
            error(_("Term %(number)s: %(detail)s"),
                  {"number": number, "detail": detail % problem.params if problem.params else detail})
        if len(terms) < 2 and not problems:
            error(_("Add at least two terms."))
        if (data.max_attempts or 0) < 0:
            error(_("The maximum number of attempts cannot be negative."))

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        """Read ``<term word=.. gloss=.. audio=..><definition/><example/></term>`` elements."""
        block = super().parse_xml(node, runtime, keys)
        lines = []
        for child in node.findall("term"):
            definition, example = child.findtext("definition", ""), child.findtext("example", "")
            lines.append(logic.Term(child.get("word", "").strip(), child.get("gloss", "").strip(), definition.strip(),
                                    example.strip(), child.get("audio", "").strip()).to_line())
        if lines:
            block.terms = lines
        return block

    def add_xml_to_node(self, node):
        """Write each term as a readable element with its definition and example."""
        super().add_xml_to_node(node)
        for term in self.term_list():
            attributes = {"word": term.word, "gloss": term.gloss}
            if term.audio:
                attributes["audio"] = term.audio
            child = node.makeelement("term", attributes)
            for tag, text in (("definition", term.definition), ("example", term.example)):
                part = child.makeelement(tag, {})
                part.text = text
                child.append(part)
            node.append(child)

    def author_sections(self):
        """The instructions, then each term with its Arabic gloss, definition and example."""
        rows = [(f"{term.word} · {term.gloss}", [term.definition, term.example]) for term in self.term_list()]
        return [*field_sections(self, ("instructions",)), section(self.gettext(_("Terms")), rows=rows),
                *field_sections(self, ("max_attempts", "weight"))]

    @staticmethod
    def workbench_scenarios():
        """Twelve library terms in English and Arabic."""
        return vocabulary_scenarios()
