/* ilelln_listening: playback speed, answers and dictation sent to the server, results shown in place. */
function IlellnListening(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var media = root.querySelector(".ilelln-ls-media");
  var form = root.querySelector(".ilelln-ls-form");
  var status = root.querySelector(".ilelln-status");
  var send = common.sender(runtime, root, status, gettext("Could not check. Check your connection and try again."));
  var LABELS = {ok: gettext("right"), almost: gettext("almost right"), wrong: gettext("wrong"),
                missing: gettext("missing"), extra: gettext("extra word")};

  root.querySelectorAll(".ilelln-ls-speeds button").forEach(function (button) {
    button.addEventListener("click", function () {
      media.playbackRate = parseFloat(button.getAttribute("data-speed"));
      root.querySelectorAll(".ilelln-ls-speeds button").forEach(function (other) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
      });
    });
  });

  function answerOf(fieldset) {
    var kind = fieldset.getAttribute("data-kind");
    if (kind === "short") {
      return fieldset.querySelector("input").value;
    }
    var chosen = Array.prototype.filter.call(fieldset.querySelectorAll("input"), function (input) {
      return input.checked;
    }).map(function (input) { return parseInt(input.value, 10); });
    return kind === "single" ? (chosen.length ? chosen[0] : null) : chosen;
  }

  function showComparison(words) {
    var box = root.querySelector(".ilelln-ls-comparison");
    if (!box || !words.length) {
      return;
    }
    box.textContent = "";
    words.forEach(function (word) {
      var span = document.createElement("span");
      span.className = "ilelln-ls-word ilelln-ls-" + word.status;
      span.textContent = word.status === "extra" ? word.typed : word.expected;
      if (word.status === "almost" || word.status === "wrong") {
        span.title = word.typed;
      }
      var note = document.createElement("span");
      note.className = "ilelln-sr";
      note.append(" (" + LABELS[word.status]);
      if (word.typed && word.typed !== word.expected) { note.append(": ", common.english(word.typed)); }
      note.append(")");
      span.appendChild(note);
      box.appendChild(span);
      box.appendChild(document.createTextNode(" "));
    });
    box.hidden = false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var fieldsets = form.querySelectorAll(".ilelln-ls-question");
    var answers = Array.prototype.map.call(fieldsets, answerOf);
    var dictation = form.querySelector(".ilelln-ls-dictation textarea");
    var button = form.querySelector("button[type=submit]");
    send("submit", {answers: answers, dictation: dictation ? dictation.value : ""}, button,
         {pending: gettext("Checking…")}).then(function (body) {
      if (!body) { return; }
      fieldsets.forEach(function (fieldset, index) {
        var line = fieldset.querySelector(".ilelln-ls-result");
        var text = body.results[index].message;
        if (body.results[index].feedback) {   // the author's note on an anticipated wrong answer
          text += " " + body.results[index].feedback;
        }
        if (body.solutions) {
          text += " " + gettext("Answer:") + " " + body.solutions[index].join("; ");
        }
        line.textContent = text;
        fieldset.classList.toggle("ilelln-ls-right", body.results[index].credit === 1);
      });
      showComparison(body.dictation);
      var summary = root.querySelector(".ilelln-ls-dictation-summary");
      if (summary && body.dictation_summary) {   // wrong, missing and extra words, slips, word error rate
        summary.textContent = body.dictation_summary;
        summary.hidden = false;
      }
      if (body.transcript) {
        var transcript = root.querySelector(".ilelln-ls-transcript");
        transcript.querySelector("p").textContent = body.transcript;
        transcript.hidden = false;
      }
      button.disabled = body.finished;
      common.announce(status, body.summary + ". " + gettext("Your best score:") + " " + Math.round(body.score * 100) + "%");
    });
  });
}
