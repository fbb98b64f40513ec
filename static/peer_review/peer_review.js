/* ilelln_peer_review: autosaved drafts, files, reviews, ratings, flags and the facilitator's tools.
   Every action posts to a handler; after a change the page reloads so the server's view stays the truth,
   and the server's message is announced again after the reload. */
function IlellnPeerReview(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var memo = "ilelln-pr-message-" + root.querySelector(".ilelln-peer-review").id;
  var failed = gettext("Could not send. Your work stays on this page: check your connection and try again.");

  var send = common.sender(runtime, root, status, failed);
  var reloadWith = function (message) { common.reloadWith(memo, message); };
  common.announceRemembered(memo, status);

  /* ----- the learner's work: rich text, links, files, autosave ----- */
  var form = root.querySelector(".ilelln-pr-submit");
  if (form) {
    var editor = form.querySelector(".ilelln-pr-editor");
    var links = form.querySelector(".ilelln-pr-links");
    var saved = form.querySelector(".ilelln-pr-saved");
    var timer = null;
    var work = function () {
      return {text: editor.innerHTML, links: links.value.split("\n").map(function (line) {
        return line.trim();
      }).filter(Boolean)};
    };
    var save = function () {
      common.post(runtime, root, "save_draft", work()).then(function (result) {
        common.announce(saved, result.ok ? result.body.message :
          (result.body.error || gettext("Not saved yet: your text stays here. Check your connection.")), !result.ok);
      });
    };
    var later = function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 1500);
    };
    editor.addEventListener("input", later);
    links.addEventListener("input", later);
    form.querySelectorAll("[data-command]").forEach(function (button) {
      button.addEventListener("click", function () {
        editor.focus();
        document.execCommand(button.getAttribute("data-command"));
        later();
      });
    });
    var file = form.querySelector(".ilelln-pr-file");
    if (file) {
      file.addEventListener("change", function () {
        var chosen = file.files[0];
        if (!chosen) { return; }
        if (chosen.size > args.max_bytes) {
          common.announce(status, gettext("The file is too large."), true);
          return;
        }
        window.clearTimeout(timer);
        common.post(runtime, root, "save_draft", work()).then(function () {
          return fetch(runtime.handlerUrl(root, "upload"), {
            method: "POST", credentials: "same-origin", body: chosen,
            headers: {"X-CSRFToken": common.csrfToken(), "X-File-Name": encodeURIComponent(chosen.name),
                      "Content-Type": "application/octet-stream"}
          });
        }).then(function (response) {
          return response.json().then(function (body) {
            if (response.ok) { reloadWith(body.message); } else { common.announce(status, body.error || failed, true); }
          });
        }, function () { common.announce(status, failed, true); });
      });
    }
    form.querySelectorAll("[data-remove]").forEach(function (button) {
      button.addEventListener("click", function () {
        send("remove_file", {index: parseInt(button.getAttribute("data-remove"), 10)}, button).then(function (body) {
          if (body) { reloadWith(body.message); }
        });
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      send("submit", work(), form.querySelector("button[type=submit]")).then(function (body) {
        if (body) { reloadWith(body.message); }
      });
    });
  }

  /* ----- continuous mode: ask for work ----- */
  var request = root.querySelector(".ilelln-pr-request");
  if (request) {
    request.addEventListener("click", function () {
      send("request_review", {}, request).then(function (body) {
        if (!body) { return; }
        if (body.review) { reloadWith(body.message); } else { common.announce(status, body.message); }
      });
    });
  }

  /* ----- reviews ----- */
  root.querySelectorAll(".ilelln-pr-review-form").forEach(function (reviewForm) {
    reviewForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var levels = {};
      var missing = false;
      reviewForm.querySelectorAll("fieldset[data-key]").forEach(function (fieldset) {
        var checked = fieldset.querySelector("input:checked");
        if (checked) { levels[fieldset.getAttribute("data-key")] = parseInt(checked.value, 10); } else { missing = true; }
      });
      if (missing) {
        common.announce(status, gettext("Choose a level for every criterion."), true);
        reviewForm.querySelector("fieldset input").focus();
        return;
      }
      send("submit_review", {review: parseInt(reviewForm.getAttribute("data-review"), 10), levels: levels,
                             comment: reviewForm.querySelector("textarea").value},
           reviewForm.querySelector("button[type=submit]")).then(function (body) {
        if (body) { reloadWith(body.message); }
      });
    });
  });

  root.querySelectorAll(".ilelln-pr-rate").forEach(function (rateForm) {
    rateForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var reply = rateForm.querySelector("textarea");
      var rating = rateForm.querySelector("select");
      if (!rating.value) {
        common.announce(status, gettext("Choose a rating"), true);
        rating.focus();
        return;
      }
      send("rate_review", {review: parseInt(rateForm.getAttribute("data-review"), 10),
                           helpful: parseInt(rating.value, 10),
                           reply: reply ? reply.value : ""},
           rateForm.querySelector("button[type=submit]")).then(function (body) {
        if (body) { reloadWith(body.message); }
      });
    });
  });

  root.querySelectorAll("[data-flag]").forEach(function (button) {
    button.addEventListener("click", function () {
      var reason = window.prompt(gettext("What is inappropriate? (optional)"), "");
      if (reason === null) { return; }
      send("flag", {kind: button.getAttribute("data-flag"), id: parseInt(button.getAttribute("data-id"), 10),
                    reason: reason}, button).then(function (body) {
        if (body) { common.announce(status, body.message); }
      });
    });
  });

  /* ----- facilitator ----- */
  var allocate = root.querySelector(".ilelln-pr-allocate");
  if (allocate) {
    allocate.addEventListener("click", function () {
      send("allocate", {}, allocate).then(function (body) { if (body) { reloadWith(body.message); } });
    });
  }
  root.querySelectorAll("[data-moderate]").forEach(function (button) {
    button.addEventListener("click", function () {
      send("moderate", {kind: button.getAttribute("data-moderate"), id: parseInt(button.getAttribute("data-id"), 10),
                        hidden: button.getAttribute("data-hidden") === "true"}, button).then(function (body) {
        if (body) { reloadWith(body.message); }
      });
    });
  });
  var reassign = root.querySelector(".ilelln-pr-reassign");
  if (reassign) {
    reassign.addEventListener("submit", function (event) {
      event.preventDefault();
      var selects = reassign.querySelectorAll("select");
      send("reassign", {review: parseInt(selects[0].value, 10), reviewer: selects[1].value},
           reassign.querySelector("button")).then(function (body) { if (body) { reloadWith(body.message); } });
    });
  }
  var override = root.querySelector(".ilelln-pr-override-form");
  if (override) {
    override.addEventListener("submit", function (event) {
      event.preventDefault();
      send("override", {learner: override.querySelector("select").value,
                        score: parseInt(override.querySelector("input").value, 10),
                        reason: override.querySelector("textarea").value},
           override.querySelector("button")).then(function (body) { if (body) { reloadWith(body.message); } });
    });
  }
}
