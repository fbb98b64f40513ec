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
  var restart = root.querySelector(".ilelln-dl-restart");
  var send = common.sender(runtime, root, status,
                           gettext("Could not send your reply. Check your connection and try again."));

  function item(className, label, text, feedback, mine) {
    var li = document.createElement("li");
    var strong = document.createElement("strong");
    li.className = className;
    strong.textContent = label + ":";
    if (mine) {   /* "You" is in the page's language, inside the English transcript (as dialogue.html writes it) */
      strong.lang = args.lang;
      strong.dir = args.dir;
    }
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
    var choices = buttons.querySelectorAll("button");
    choices.forEach(function (other) { other.disabled = true; });
    send("choose", chosen).then(function (body) {
      if (!body) {
        choices.forEach(function (other) { other.disabled = false; });
        return;
      }
      transcript.appendChild(item("ilelln-dl-them", said.speaker, said.line));
      transcript.appendChild(item("ilelln-dl-me", gettext("You"), said.reply, body.feedback, true));
      show(body.node);
      if (body.ended) {
        root.querySelector(".ilelln-dl-summary").textContent = body.summary;
        restart.hidden = body.attempts_left === 0;
        common.announce(status, [common.english(body.feedback), " ", body.summary]);   /* the script is English */
      } else {
        common.announce(status, [common.english(body.feedback)]);
      }
    });
  });

  /* Playing again starts from the first line on this page: the transcript empties, focus goes to that line. */
  restart.addEventListener("click", function () {
    send("restart", {}, restart).then(function (body) {
      if (!body) { return; }
      transcript.textContent = "";
      show(body.node);
      common.announce(status, body.message);
    });
  });
}
