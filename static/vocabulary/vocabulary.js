/* ilelln_vocabulary: flashcards on the server's schedule, matching practice and the graded test. */
function IlellnVocabulary(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var cards = args.cards;
  var deck = args.deck;
  var position = 0;
  var card = root.querySelector(".ilelln-vc-card");
  var back = root.querySelector(".ilelln-vc-back");
  var flip = root.querySelector(".ilelln-vc-flip");
  var known = root.querySelector(".ilelln-vc-known");
  var unknown = root.querySelector(".ilelln-vc-unknown");
  var listen = root.querySelector(".ilelln-vc-listen");
  var status = root.querySelector(".ilelln-status");
  var speech = window.speechSynthesis && window.SpeechSynthesisUtterance;
  var send = common.sender(runtime, root, status, gettext("Could not check. Check your connection and try again."));

  function current() {
    return cards[deck[position % deck.length]];
  }

  function show() {
    if (!deck.length) {
      return;
    }
    var term = current();
    card.querySelector(".ilelln-vc-word").textContent = term.word;
    back.querySelector(".ilelln-vc-gloss").textContent = term.gloss;
    back.querySelector(".ilelln-vc-definition").textContent = term.definition;
    back.querySelector(".ilelln-vc-example").textContent = term.example;
    back.hidden = true;
    flip.hidden = false;
    flip.setAttribute("aria-expanded", "false");
    known.hidden = unknown.hidden = true;
    listen.hidden = !(term.audio || speech);
  }

  flip.addEventListener("click", function () {
    back.hidden = false;
    flip.setAttribute("aria-expanded", "true");
    flip.hidden = true;
    known.hidden = unknown.hidden = false;
    known.focus();
  });

  listen.addEventListener("click", function () {
    var term = current();
    if (term.audio) {
      new Audio(term.audio).play();
    } else if (speech) {
      var utterance = new window.SpeechSynthesisUtterance(term.word);
      utterance.lang = "en-GB";
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
    }
  });

  function answer(isKnown) {
    send("review", {term: current().index, known: isKnown}, null,
         {failed: gettext("Could not save. Check your connection and try again.")}).then(function (body) {
      if (!body) { return; }
      deck = body.deck;
      position = isKnown ? 0 : 1;
      root.querySelector(".ilelln-vc-progress").textContent = body.progress_text;
      common.announce(root.querySelector(".ilelln-vc-study-status"), body.next_review);
      show();
      card.focus();
    });
  }
  known.addEventListener("click", function () { answer(true); });
  unknown.addEventListener("click", function () { answer(false); });
  show();

  root.querySelector(".ilelln-vc-match").addEventListener("submit", function (event) {
    event.preventDefault();
    var pairs = {};
    var form = event.target;
    var note = form.querySelector(".ilelln-vc-match-status");
    var selects = form.querySelectorAll("select");
    var missing = Array.prototype.filter.call(selects, function (select) { return !select.value; });
    if (missing.length) {
      common.announce(note, gettext("Match every term before you check."), true);
      missing[0].focus();
      return;
    }
    selects.forEach(function (select) { pairs[select.getAttribute("data-term")] = select.value; });
    send("match", {pairs: pairs}, form.querySelector("button"), {status: note}).then(function (body) {
      if (!body) { return; }
      selects.forEach(function (select) {
        var right = body.right[select.getAttribute("data-term")];
        select.parentNode.querySelector(".ilelln-vc-mark").textContent = right ? "✓ " + gettext("right") : "✗ " + gettext("try again");
      });
      common.announce(note, body.summary);
    });
  });

  // The test hides the cards and the practice while it runs, so the answers are not on screen.
  var study = root.querySelector(".ilelln-vc-study");
  var practice = root.querySelector(".ilelln-vc-practice");
  var exam = root.querySelector(".ilelln-vc-exam");
  var start = root.querySelector(".ilelln-vc-start");
  function testRunning(running) {
    study.hidden = practice.hidden = running;
    exam.hidden = !running;
    if (start) { start.hidden = running; }
  }
  if (start) {
    start.addEventListener("click", function () {
      testRunning(true);
      var first = exam.querySelector("input");
      if (first) { first.focus(); }
    });
  }

  root.querySelector(".ilelln-vc-exam").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input"));
    var answers = [];
    inputs.forEach(function (input) { answers[parseInt(input.getAttribute("data-term"), 10)] = input.value; });
    var button = form.querySelector("button");
    send("take_test", {answers: answers}, button).then(function (body) {
      if (!body) { return; }
      inputs.forEach(function (input) {
        var index = parseInt(input.getAttribute("data-term"), 10);
        var credit = body.credits[index];
        var mark = credit === 1 ? "✓" : (credit > 0 ? "≈ " + gettext("check the spelling") : "✗");
        if (body.answers) {
          mark += " " + body.answers[index];
          input.readOnly = true;
        }
        input.parentNode.querySelector(".ilelln-vc-mark").textContent = mark;
      });
      button.disabled = body.attempts_left === 0;
      study.hidden = practice.hidden = false;   // the test is over: the cards come back, the results stay
      common.announce(status, body.summary + ". " + gettext("Your best score:") + " " + Math.round(body.score * 100) + "%");
    });
  });
}
