/* ilelln_peer_review: autosaved drafts, files, reviews, ratings, flags and the facilitator's tools.
   Every action posts to a handler through the shared sender; a handler that changes something answers the
   block as it is now (``html``), and the page puts the changed parts in place, announces the server's message
   and moves focus to what changed. Listeners sit on the block's root, so parts put in anew keep working. */
function IlellnPeerReview(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var failed = gettext("Could not send. Your work stays on this page: check your connection and try again.");
  var send = common.sender(runtime, root, status, failed, gettext);
  /* What an action can change: the line saying what to do, the learner's parts, the facilitator's view. */
  var PARTS = [".ilelln-pr-waiting", ".ilelln-pr-learner", ".ilelln-pr-staff"];
  /* Deadlines, written as every block writes times (IlellnCommon.times), with the day of the week. */
  var DUE = {weekday: "long", month: "long"};
  common.times(root, args, DUE);
  var timer = null;

  function first() {
    for (var i = 0; i < arguments.length; i += 1) {
      var node = root.querySelector(arguments[i]);
      if (node) { return node; }
    }
    return null;
  }

  /* Put the answer's changed ``parts`` in place, announce its message and focus ``focus()``'s node. */
  function show(body, parts, focus) {
    if (!body) { return null; }
    if (body.html) {
      common.refresh(root, body.html, parts || PARTS);
      common.times(root, args, DUE);
    }
    common.announce(status, body.message);
    var target = focus && focus();
    if (target) { common.focus(target); }
    return body;
  }

  function act(handler, data, button, focus, parts) {
    return send(handler, data, button).then(function (body) { return show(body, parts, focus); });
  }

  /* Open the modal ``dialog``, focus ``start`` in it, and resolve to its returnValue when it closes ("" for
     Escape). HTML queues the "close" event as a task ("close the dialog"), so a quick keyboard user can open
     the dialog again before the last closing's event arrives: that closing is ended here instead, and its late
     event, which finds the dialog open, is ignored (it used to end the new opening, and the report was lost). */
  function ask(dialog, start) {
    if (dialog.ilellnEnd) {
      dialog.ilellnEnd();
    } else {
      dialog.addEventListener("close", function () { if (!dialog.open) { dialog.ilellnEnd(); } });
    }
    return new Promise(function (resolve) {
      dialog.returnValue = "";
      dialog.ilellnEnd = function () {
        dialog.ilellnEnd = function () {};
        resolve(dialog.returnValue);
      };
      dialog.showModal();
      start.focus();
    });
  }

  /* A real confirm step for what cannot be undone (Escape or Cancel keeps things as they are; focus starts on
     Cancel and goes back to the button when the dialog closes). */
  function confirmed(text, yes) {
    var dialog = root.querySelector(".ilelln-pr-confirm");
    dialog.querySelector(".ilelln-pr-confirm-text").textContent = text;
    dialog.querySelector(".ilelln-pr-confirm-yes").textContent = yes;
    return ask(dialog, dialog.querySelector(".ilelln-pr-cancel")).then(function (value) { return value === "yes"; });
  }

  /* What is wrong with the work or review behind the Flag ``button``, asked in the page's own modal <dialog>
     (not window.prompt, which is not in the page's language or direction): resolves to the reason, "" when
     none is given, or null when the learner cancels (Cancel or Escape). Focus starts in the text field and
     goes back to the Flag button when the dialog closes. */
  function askReason(button) {
    var dialog = root.querySelector(".ilelln-pr-flag");
    var reason = dialog.querySelector("textarea");
    dialog.querySelector(".ilelln-pr-flag-title").textContent = button.textContent;
    reason.value = "";
    return ask(dialog, reason).then(function (value) {
      if (button.isConnected) { button.focus(); }
      return value === "send" ? reason.value.trim() : null;
    });
  }

  /* ----- the learner's work: rich text, links, files, autosave ----- */
  function work() {
    var form = root.querySelector(".ilelln-pr-submit");
    return {text: form.querySelector(".ilelln-pr-editor").innerHTML,
            links: form.querySelector(".ilelln-pr-links").value.split("\n").map(function (line) {
              return line.trim();
            }).filter(Boolean)};
  }
  function save() {
    var saved = root.querySelector(".ilelln-pr-saved");
    return send("save_draft", work(), null, {
      status: saved, failed: gettext("Not saved yet: your text stays here. Check your connection.")
    }).then(function (body) {
      if (body) { common.announce(saved, body.message); }
    });
  }
  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 1500);
  }
  root.addEventListener("input", function (event) {
    if (event.target.matches(".ilelln-pr-editor, .ilelln-pr-links")) { later(); }
  });
  /* Uploading or removing a file changes only the draft's file list: the text being typed stays. */
  var FILES = [".ilelln-pr-draft-files"];
  root.addEventListener("change", function (event) {
    var file = event.target;
    if (!file.matches(".ilelln-pr-file") || !file.files[0]) { return; }
    var chosen = file.files[0];
    window.clearTimeout(timer);
    save().then(function () {
      return send.upload("upload", chosen, {"X-File-Name": encodeURIComponent(chosen.name)}, file, {
        max_bytes: args.max_bytes, too_large: gettext("The file is larger than %(size)s.")});
    }).then(function (body) {
      file.value = "";
      show(body, FILES);
    });
  });

  /* ----- reviews ----- */
  function levelsOf(reviewForm) {
    var levels = {};
    var complete = true;
    reviewForm.querySelectorAll("fieldset[data-key]").forEach(function (fieldset) {
      var checked = fieldset.querySelector("input:checked");
      if (checked) { levels[fieldset.getAttribute("data-key")] = parseInt(checked.value, 10); } else { complete = false; }
    });
    return complete ? levels : null;
  }

  var forms = {
    "ilelln-pr-submit": function (form) {
      window.clearTimeout(timer);
      act("submit", work(), form.querySelector("button[type=submit]"), function () {
        return first(".ilelln-pr-mine h3");
      });
    },
    "ilelln-pr-review-form": function (form) {
      var levels = levelsOf(form);
      if (!levels) {
        common.announce(status, gettext("Choose a level for every criterion."), true);
        form.querySelector("fieldset input").focus();
        return;
      }
      act("submit_review", {review: parseInt(form.getAttribute("data-review"), 10), levels: levels,
                            comment: form.querySelector("textarea").value}, form.querySelector("button[type=submit]"),
          function () { return first(".ilelln-pr-review h3", ".ilelln-pr-given h3", ".ilelln-pr-waiting"); });
    },
    "ilelln-pr-rate": function (form) {
      var reply = form.querySelector("textarea");
      var rating = form.querySelector("select");
      if (!rating.value) {
        common.announce(status, gettext("Choose a rating"), true);
        rating.focus();
        return;
      }
      var id = rating.id;
      act("rate_review", {review: parseInt(form.getAttribute("data-review"), 10), helpful: parseInt(rating.value, 10),
                          reply: reply ? reply.value : ""}, form.querySelector("button[type=submit]"),
          function () { return document.getElementById(id); });
    },
    "ilelln-pr-reassign": function (form) {
      var selects = form.querySelectorAll("select");
      confirmed(gettext("Reassign this review? The first reviewer can no longer send it."),
                gettext("Reassign")).then(function (yes) {
        if (!yes) { return; }
        act("reassign", {review: parseInt(selects[0].value, 10), reviewer: selects[1].value},
            form.querySelector("button"), function () { return first(".ilelln-pr-reassign h4", ".ilelln-pr-staff h3"); });
      });
    },
    "ilelln-pr-override-form": function (form) {
      var score = form.querySelector("input");
      if (!score.value) {
        common.announce(status, gettext("Enter a grade from 0 to 100."), true);
        score.focus();
        return;
      }
      confirmed(gettext("Save this grade? It replaces the peer grade and the learner sees it at once."),
                gettext("Save the grade")).then(function (yes) {
        if (!yes) { return; }
        act("override", {learner: form.querySelector("select").value, score: parseInt(score.value, 10),
                         reason: form.querySelector("textarea").value}, form.querySelector("button"),
            function () { return first(".ilelln-pr-override-form h4"); });
      });
    }
  };
  root.addEventListener("submit", function (event) {
    var form = event.target;
    var kind = Object.keys(forms).filter(function (name) { return form.classList.contains(name); })[0];
    if (!kind) { return; }
    event.preventDefault();
    forms[kind](form);
  });

  /* ----- buttons ----- */
  function idOf(button) {
    return parseInt(button.getAttribute("data-id"), 10);
  }
  root.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.type === "submit" || button.closest("dialog")) { return; }
    var reader = root.querySelector(".ilelln-pr-reader");
    if (button.matches("[data-command]")) {
      root.querySelector(".ilelln-pr-editor").focus();
      document.execCommand(button.getAttribute("data-command"));
      later();
    } else if (button.matches("[data-remove]")) {
      act("remove_file", {index: parseInt(button.getAttribute("data-remove"), 10)}, button, function () {
        return root.querySelector(".ilelln-pr-file");
      }, FILES);
    } else if (button.matches(".ilelln-pr-request")) {
      send("request_review", {}, button).then(function (body) {
        show(body, PARTS, function () { return body.review && first(".ilelln-pr-review h3"); });
      });
    } else if (button.matches("[data-flag]")) {
      askReason(button).then(function (reason) {
        if (reason === null) { return; }
        act("flag", {kind: button.getAttribute("data-flag"), id: idOf(button), reason: reason}, button);
      });
    } else if (button.matches(".ilelln-pr-allocate")) {
      confirmed(gettext("Close submissions now and allocate reviewers? No one can submit or resubmit after this."),
                gettext("Close and allocate")).then(function (yes) {
        if (yes) { act("allocate", {}, button, function () { return first(".ilelln-pr-staff h3"); }); }
      });
    } else if (button.matches("[data-moderate]")) {
      var hide = button.getAttribute("data-hidden") === "true";
      (hide ? confirmed(gettext("Hide this from learners? A hidden review no longer counts in the grade."),
                        gettext("Hide")) : Promise.resolve(true)).then(function (yes) {
        if (!yes) { return; }
        act("moderate", {kind: button.getAttribute("data-moderate"), id: idOf(button), hidden: hide}, button,
            function () { return first(".ilelln-pr-flags", ".ilelln-pr-staff h3"); });
      });
    } else if (button.matches("[data-item]") && reader) {
      send("staff_item", {kind: button.getAttribute("data-item"), id: idOf(button)}, button).then(function (body) {
        if (!body) { return; }
        reader.innerHTML = body.html;
        common.focus(reader.querySelector("h4"));
      });
    }
  });
}
