/* ilelln_gap_fill: send the answers to the server; a mark beside each gap, its feedback listed under the text. */
function IlellnGapFill(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var form = root.querySelector(".ilelln-gf-form");
  var status = root.querySelector(".ilelln-status");
  var inputs = root.querySelectorAll(".ilelln-gf-text input");
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
      /* The server's page as it is now: the feedback list under the text, then each gap's mark and the
         input's description, in place (the inputs stay, so what was typed and the focus stay too). The
         shared sender has already put the counter's new words (attempts_text) in. */
      common.refresh(root, body.html, [".ilelln-gf-feedback-area"]);
      var fresh = document.createElement("template");
      fresh.innerHTML = body.html;
      inputs.forEach(function (input) {
        var gap = input.closest(".ilelln-gf-gap");
        var now = fresh.content.querySelector("#" + CSS.escape(gap.id));
        if (!now) { return; }
        gap.className = now.className;
        gap.querySelector(".ilelln-gf-mark").replaceWith(now.querySelector(".ilelln-gf-mark"));
        var described = now.querySelector("input").getAttribute("aria-describedby");
        if (described) { input.setAttribute("aria-describedby", described); } else { input.removeAttribute("aria-describedby"); }
        input.readOnly = body.finished;
      });
      submit.disabled = body.finished;
      common.announce(status, body.summary + " " + gettext("Your best score:") + " " + Math.round(body.score * 100) + "%");
      var firstWrong = root.querySelector(".ilelln-gf-gap:not(.ilelln-gf-correct) input:not([readonly])");
      if (firstWrong) {
        firstWrong.focus();
      }
    });
  });
}
