/* ilelln_discussion: threads, replies, reactions, edits, reports and the facilitator's tools.
   The server renders posts; after a change the board's first page is fetched again (HTML from the
   "page" handler), so what the learner sees is what the server stored. "Show more" asks for the page
   after the last thread seen (a cursor, never an offset). */
function IlellnDiscussion(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var boardEl = root.querySelector(".ilelln-dn-board");
  var filter = root.querySelector(".ilelln-dn-filter");
  if (!filter) { return; }  /* a team board for a learner in no team: only the server's message is shown */
  var failed = gettext("Could not send. Your text stays on this page: check your connection and try again.");

  var send = common.sender(runtime, root, status, failed);
  common.times(boardEl, args);   /* every post's time, the server's and those fetched later, written one way */

  function filters() {
    var value = function (selector) {
      var field = filter.querySelector(selector);
      return field ? field.value : "";
    };
    var data = {sort: value(".ilelln-dn-sort"), search: value(".ilelln-dn-search"), tag: value(".ilelln-dn-tag")};
    if (filter.querySelector(".ilelln-dn-group")) { data.group = value(".ilelln-dn-group"); }
    return data;
  }

  /* Fetch the first page again; announce `message` and move focus to post `focusId` when given. */
  function refresh(message, focusId) {
    return send("page", filters()).then(function (body) {
      if (!body) { return; }
      boardEl.innerHTML = body.html;
      common.times(boardEl, args);
      if (message) { common.announce(status, message); }
      var target = focusId && boardEl.querySelector("[data-id='" + focusId + "']");
      if (target) { target.focus(); }
    });
  }

  function tagsOf(container) {
    return Array.prototype.map.call(container.querySelectorAll(".ilelln-dn-tags-choice input:checked"),
      function (box) { return box.value; });
  }

  function anonymous(container) {
    var box = container.querySelector(".ilelln-dn-anon");
    return box ? box.checked : false;
  }

  /* One id per piece of writing, kept until the server has it: sending again after a lost answer
     returns the stored post instead of a copy. */
  function requestId(form) {
    if (!form.getAttribute("data-request")) {
      form.setAttribute("data-request", Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12));
    }
    return form.getAttribute("data-request");
  }

  /* The server's message, with the learner's participation (also kept up to date above the board). */
  function withProgress(body) {
    var line = root.querySelector(".ilelln-dn-progress");
    if (line && body.progress) { line.textContent = body.progress; }
    return body.message + (body.progress ? " " + body.progress : "");
  }

  /* ----- a new thread ----- */
  var composer = root.querySelector(".ilelln-dn-new");
  if (composer) {
    var editor = composer.querySelector(".ilelln-dn-editor");
    composer.querySelectorAll("[data-command]").forEach(function (button) {
      button.addEventListener("click", function () {
        editor.focus();
        document.execCommand(button.getAttribute("data-command"));
      });
    });
    composer.addEventListener("submit", function (event) {
      event.preventDefault();
      var title = composer.querySelector(".ilelln-dn-title");
      var data = {title: title.value, body: editor.innerHTML, tags: tagsOf(composer), anonymous: anonymous(composer),
                  request_id: requestId(composer)};
      var group = filter.querySelector(".ilelln-dn-group");
      if (group) { data.group = group.value; }   /* staff start threads on the board they are looking at */
      send("post", data, composer.querySelector("button[type=submit]")).then(function (body) {
        if (!body) { return; }
        composer.removeAttribute("data-request");
        title.value = "";
        editor.innerHTML = "";
        composer.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = false; });
        refresh(withProgress(body), body.id);
      });
    });
  }

  /* ----- finding threads ----- */
  filter.addEventListener("submit", function (event) {
    event.preventDefault();
    refresh(gettext("Board updated."));
  });

  /* ----- replies, reports and inline edits (forms inside the board) ----- */
  boardEl.addEventListener("submit", function (event) {
    var form = event.target;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (form.classList.contains("ilelln-dn-reply")) {
      var data = {body: form.querySelector(".ilelln-dn-editor").innerHTML, anonymous: anonymous(form),
                  parent: parseInt(form.getAttribute("data-parent"), 10), request_id: requestId(form)};
      send("post", data, button).then(function (body) {
        if (body) { refresh(withProgress(body), body.id); }
      });
    } else if (form.classList.contains("ilelln-dn-flag")) {
      var post = form.closest(".ilelln-dn-post");
      send("flag", {id: parseInt(post.getAttribute("data-id"), 10), reason: form.querySelector("textarea").value},
        button).then(function (body) {
        if (!body) { return; }
        form.closest("details").open = false;
        common.announce(status, body.message);
      });
    } else if (form.classList.contains("ilelln-dn-edit-form")) {
      var article = form.closest(".ilelln-dn-post");
      var titleField = form.querySelector(".ilelln-dn-title");
      var tags = article.getAttribute("data-tags");
      send("edit", {id: parseInt(article.getAttribute("data-id"), 10), body: form.querySelector(".ilelln-dn-editor").innerHTML,
                    title: titleField ? titleField.value : "", tags: tags ? tags.split(",") : []}, button).then(function (body) {
        if (body) { refresh(body.message, article.getAttribute("data-id")); }
      });
    }
  });

  function editForm(article) {
    var id = article.getAttribute("data-id");
    var form = document.createElement("form");
    form.className = "ilelln-dn-edit-form";
    form.noValidate = true;
    if (!article.getAttribute("data-thread")) {
      var label = document.createElement("label");
      label.setAttribute("for", article.id + "-edit-title");
      label.textContent = gettext("Title");
      var input = document.createElement("input");
      input.type = "text";
      input.id = article.id + "-edit-title";
      input.className = "ilelln-dn-title";
      input.maxLength = 200;
      input.dir = "auto";
      input.value = article.querySelector(".ilelln-dn-title-text").textContent;
      form.appendChild(label);
      form.appendChild(input);
    }
    var editor = document.createElement("div");
    editor.className = "ilelln-dn-editor";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    editor.setAttribute("aria-label", gettext("Edit your post"));
    editor.dir = "auto";
    editor.innerHTML = article.querySelector(".ilelln-dn-body").innerHTML;
    var save = document.createElement("button");
    save.type = "submit";
    save.className = "ilelln-button";
    save.textContent = gettext("Save changes");
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "ilelln-button ilelln-button-quiet";
    cancel.textContent = gettext("Cancel");
    cancel.addEventListener("click", function () { refresh("", id); });
    form.appendChild(editor);
    form.appendChild(save);
    form.appendChild(cancel);
    return form;
  }

  /* ----- buttons on posts ----- */
  boardEl.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.type === "submit") { return; }
    var article = button.closest(".ilelln-dn-post");
    var id = article ? parseInt(article.getAttribute("data-id"), 10) : null;
    if (button.classList.contains("ilelln-dn-react")) {
      send("react", {id: id, kind: button.getAttribute("data-kind")}, button).then(function (body) {
        if (!body) { return; }
        button.setAttribute("aria-pressed", body.on ? "true" : "false");
        button.querySelector(".ilelln-dn-count").textContent = body.count;
      });
    } else if (button.classList.contains("ilelln-dn-edit")) {
      var form = editForm(article);
      var bodyEl = article.querySelector(".ilelln-dn-body");
      bodyEl.replaceWith(form);
      button.closest(".ilelln-dn-actions").hidden = true;
      (form.querySelector("input") || form.querySelector(".ilelln-dn-editor")).focus();
    } else if (button.classList.contains("ilelln-dn-delete")) {
      if (button.getAttribute("data-confirm") !== "yes") {
        button.setAttribute("data-confirm", "yes");
        button.textContent = gettext("Press again to delete");
        common.announce(status, gettext("Press Delete again to confirm. Replies to the post stay."));
        return;
      }
      send("delete", {id: id}, button).then(function (body) {
        if (body) { refresh(withProgress(body), String(id)); }
      });
    } else if (button.classList.contains("ilelln-dn-pin")) {
      send("pin", {id: id, pinned: button.getAttribute("data-pinned") === "true"}, button).then(function (body) {
        if (body) { refresh(body.message, String(id)); }
      });
    } else if (button.classList.contains("ilelln-dn-hide")) {
      send("moderate", {id: id, hidden: button.getAttribute("data-hidden") === "true"}, button).then(function (body) {
        if (body) { refresh(body.message, String(id)); }
      });
    } else if (button.classList.contains("ilelln-dn-more")) {
      var data = filters();
      data.cursor = button.getAttribute("data-cursor");
      send("page", data, button).then(function (body) {
        if (!body) { return; }
        var holder = document.createElement("div");
        holder.innerHTML = body.html;
        common.times(holder, args);
        var first = holder.querySelector(".ilelln-dn-post");
        button.replaceWith.apply(button, Array.prototype.slice.call(holder.childNodes));
        if (first) { boardEl.querySelector("[data-id='" + first.getAttribute("data-id") + "']").focus(); }
        common.announce(status, gettext("More threads shown."));
      });
    }
  });

  /* ----- the facilitator queue ----- */
  root.querySelectorAll(".ilelln-dn-queue-hide").forEach(function (button) {
    button.addEventListener("click", function () {
      var item = button.closest("li");
      send("moderate", {id: parseInt(item.getAttribute("data-id"), 10),
                        hidden: button.getAttribute("data-hidden") === "true"}, button).then(function (body) {
        if (!body) { return; }
        /* Moderating closes the post's reports: it leaves the queue, and the board shows it as it is now. */
        var queue = item.parentNode;
        var next = item.nextElementSibling || item.previousElementSibling;
        queue.querySelectorAll("li[data-id='" + item.getAttribute("data-id") + "']").forEach(function (done) {
          done.remove();
        });
        if (!queue.children.length) {
          var empty = document.createElement("p");
          empty.textContent = gettext("No reports waiting.");
          queue.replaceWith(empty);
        }
        refresh(body.message).then(function () {
          common.focus(next && next.isConnected ? next.querySelector("button") : root.querySelector(".ilelln-dn-staff h3"));
        });
      });
    });
  });
}
