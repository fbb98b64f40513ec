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
  var send = common.sender(runtime, root, status, gettext("Could not check. Check your connection and try again."));

  function count() {
    var words = text.value.trim() ? text.value.trim().split(/\s+/).length : 0;
    counter.textContent = gettext("Words:") + " " + words;
  }

  function save() {
    send("save_draft", {text: text.value}, null, {
      status: saved, failed: gettext("Not saved yet: your text stays here. Check your connection.")
    }).then(function (body) {
      if (body) { common.announce(saved, body.message); }
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
    send("submit", {text: text.value}, button, {
      pending: gettext("Checking…"),
      refused: function (result) { button.disabled = result.status === 409; }   // no attempt left
    }).then(function (body) {
      if (!body) { return; }
      var list = root.querySelector(".ilelln-wr-results");
      list.textContent = "";
      body.results.forEach(function (item) {
        var li = document.createElement("li");
        li.className = item.passed ? "ilelln-wr-pass" : "ilelln-wr-fail";
        /* as the server writes it (writing.html): the label isolated, the detail (English words) in a <bdi> */
        var mark = document.createElement("span");
        mark.setAttribute("aria-hidden", "true");
        mark.textContent = item.passed ? "✓" : "✗";
        var said = document.createElement("span");
        said.className = "ilelln-sr";
        said.textContent = (item.passed ? gettext("met") : gettext("not met")) + ":";
        var label = document.createElement("span");
        label.dir = "auto";
        label.textContent = item.label;
        li.append(mark, " ", said, " ", label);
        if (item.detail) {
          var detail = common.bdi("(" + item.detail + ")");
          detail.className = "ilelln-wr-detail";
          detail.lang = "en";
          li.append(" ", detail);
        }
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
      if (body.attempts_left === 0) {
        button.disabled = true;
        text.readOnly = true;
      }
      common.announce(status, body.summary + " " + gettext("Your best score:") + " " + Math.round(body.score * 100) + "%");
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
      send("override", data, override.querySelector("button"), {
        status: note, failed: gettext("Could not save. Check your connection and try again.")
      }).then(function (body) {
        if (body) { common.announce(note, body.message); }
      });
    });
  }
}
