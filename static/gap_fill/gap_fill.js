/* ilelln_gap_fill: send the answers to the server, show its verdict beside each gap. */
function IlellnGapFill(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var form = root.querySelector(".ilelln-gf-form");
  var status = root.querySelector(".ilelln-status");
  var inputs = root.querySelectorAll(".ilelln-gf-gap input");
  var submit = form.querySelector("button[type=submit]");
  var send = common.sender(runtime, root, status, gettext("Could not check. Check your connection and try again."));

  root.querySelectorAll(".ilelln-gf-hint-toggle").forEach(function (toggle) {
    toggle.addEventListener("click", function () {
      var hint = root.querySelector("#" + CSS.escape(toggle.getAttribute("aria-controls")));
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      hint.hidden = !open;
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var answers = Array.prototype.map.call(inputs, function (input) { return input.value; });
    send("check", {answers: answers}, submit, {pending: gettext("Checking…")}).then(function (body) {
      if (!body) { return; }
      inputs.forEach(function (input, index) {
        var gap = input.parentNode;
        var verdict = body.results[index];
        gap.className = "ilelln-gf-gap ilelln-gf-" + verdict.status;
        var feedback = gap.querySelector(".ilelln-gf-feedback");
        feedback.textContent = verdict.message;
        if (body.answers) {
          var shown = document.createElement("bdi");
          shown.textContent = body.answers[index];
          feedback.appendChild(document.createTextNode(" " + gettext("Answer:") + " "));
          feedback.appendChild(shown);
          input.readOnly = true;
        }
      });
      var attempts = root.querySelector(".ilelln-gf-attempts");
      if (body.attempts_left !== null) {
        attempts.textContent = body.attempts_left === 1 ? gettext("1 attempt left") :
          gettext("Attempts left:") + " " + body.attempts_left;
      }
      submit.disabled = body.finished;
      common.announce(status, body.summary + " " + gettext("Your best score:") + " " + Math.round(body.score * 100) + "%");
      var firstWrong = root.querySelector(".ilelln-gf-gap:not(.ilelln-gf-correct) input:not([readonly])");
      if (firstWrong) {
        firstWrong.focus();
      }
    });
  });
}
