/* ilelln_writing: autosaved drafts, feedback per criterion from the server, and the staff override form. */
function IlellnWriting(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var form = root.querySelector(".ilelln-wr-form");
  var text = form.querySelector("textarea");
  var saved = form.querySelector(".ilelln-wr-saved");
  var counter = form.querySelector(".ilelln-wr-count");
  var status = form.querySelector(".ilelln-status");
  var timer = null;

  function count() {
    var words = text.value.trim() ? text.value.trim().split(/\s+/).length : 0;
    counter.textContent = gettext("Words:") + " " + words;
  }

  function save() {
    common.post(runtime, root, "save_draft", {text: text.value}).then(function (result) {
      common.announce(saved, result.ok ? result.body.message :
        (result.body.error || gettext("Not saved yet: your text stays here. Check your connection.")), !result.ok);
    });
  }

  text.addEventListener("input", function () {
    count();
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 1500);
  });
  count();

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    var button = form.querySelector("button");
    button.disabled = true;
    common.announce(status, gettext("Checking…"));
    common.post(runtime, root, "submit", {text: text.value}).then(function (result) {
      button.disabled = false;
      if (!result.ok) {
        button.disabled = result.status === 409;
        common.announce(status, result.body.error || gettext("Could not check. Check your connection and try again."), true);
        return;
      }
      var list = root.querySelector(".ilelln-wr-results");
      list.textContent = "";
      result.body.results.forEach(function (item) {
        var li = document.createElement("li");
        li.className = item.passed ? "ilelln-wr-pass" : "ilelln-wr-fail";
        li.textContent = (item.passed ? "✓ " : "✗ ") + item.label + (item.detail ? " (" + item.detail + ")" : "");
        if (item.advice) {   // what to add or change, already in the learner's language
          var advice = document.createElement("span");
          advice.className = "ilelln-wr-advice";
          advice.dir = "auto";
          advice.textContent = item.advice;
          li.appendChild(document.createElement("br"));
          li.appendChild(advice);
        }
        list.appendChild(li);
      });
      root.querySelector(".ilelln-wr-feedback").hidden = false;
      if (result.body.attempts_left === 0) {
        button.disabled = true;
        text.readOnly = true;
      }
      common.announce(status, result.body.summary + " " + gettext("Your best score:") + " " + Math.round(result.body.score * 100) + "%");
    });
  });

  var override = root.querySelector(".ilelln-wr-override-form");
  if (override) {
    override.addEventListener("submit", function (event) {
      event.preventDefault();
      var note = override.querySelector(".ilelln-wr-staff-status");
      var data = {learner: override.querySelector("select").value,
                  score: parseInt(override.querySelector("input").value, 10),
                  comment: override.querySelector("textarea").value};
      common.post(runtime, root, "override", data).then(function (result) {
        common.announce(note, result.ok ? result.body.message :
          (result.body.error || gettext("Could not save. Check your connection and try again.")), !result.ok);
      });
    });
  }
}
