/* ilelln_dialogue: the learner picks replies; the server checks the path, gives feedback and scores it. */
function IlellnDialogue(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var transcript = root.querySelector(".ilelln-dl-transcript");
  if (!transcript) {
    return;
  }
  var line = root.querySelector(".ilelln-dl-line");
  var gloss = root.querySelector(".ilelln-dl-gloss");
  var options = root.querySelector(".ilelln-dl-options");
  var buttons = root.querySelector(".ilelln-dl-buttons");
  var end = root.querySelector(".ilelln-dl-end");

  function item(className, label, text, feedback) {
    var li = document.createElement("li");
    var strong = document.createElement("strong");
    li.className = className;
    strong.textContent = label + ":";
    li.appendChild(strong);
    li.appendChild(document.createTextNode(" " + text));
    if (feedback) {
      var note = document.createElement("span");
      note.className = "ilelln-dl-feedback";
      note.textContent = feedback;
      li.appendChild(note);
    }
    return li;
  }

  function show(node) {
    line.querySelector("strong").textContent = node.speaker + ":";
    line.querySelector("span").textContent = node.line;
    gloss.textContent = node.gloss;
    gloss.hidden = !node.gloss;
    buttons.textContent = "";
    node.options.forEach(function (option) {
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("data-node", node.id);
      button.setAttribute("data-index", option.index);
      button.textContent = option.reply;
      buttons.appendChild(button);
    });
    options.hidden = node.ending;
    end.hidden = !node.ending;
    line.focus();
  }

  buttons.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) {
      return;
    }
    var chosen = {node: button.getAttribute("data-node"), option: parseInt(button.getAttribute("data-index"), 10)};
    var said = {speaker: line.querySelector("strong").textContent.replace(/:$/, ""),
                line: line.querySelector("span").textContent, reply: button.textContent};
    buttons.querySelectorAll("button").forEach(function (other) { other.disabled = true; });
    common.post(runtime, root, "choose", chosen).then(function (result) {
      if (!result.ok) {
        buttons.querySelectorAll("button").forEach(function (other) { other.disabled = false; });
        common.announce(status, result.body.error || gettext("Could not send your reply. Check your connection and try again."), true);
        return;
      }
      transcript.appendChild(item("ilelln-dl-them", said.speaker, said.line));
      transcript.appendChild(item("ilelln-dl-me", gettext("You"), said.reply, result.body.feedback));
      show(result.body.node);
      if (result.body.ended) {
        root.querySelector(".ilelln-dl-summary").textContent = result.body.summary;
        var replay = root.querySelector(".ilelln-dl-restart");
        replay.hidden = result.body.attempts_left === 0;
        common.announce(status, result.body.feedback + " " + result.body.summary);
      } else {
        common.announce(status, result.body.feedback);
      }
    });
  });

  root.querySelector(".ilelln-dl-restart").addEventListener("click", function () {
    common.post(runtime, root, "restart", {}).then(function (result) {
      if (result.ok) {
        window.location.reload();
      } else {
        common.announce(status, result.body.error || gettext("Could not send your reply. Check your connection and try again."), true);
      }
    });
  });
}
