/* ilelln_reflection: autosaved answers, photo and link evidence, submit, share or unshare, gallery comments. */
function IlellnReflection(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var form = root.querySelector(".ilelln-rf-form");
  var timer = null;

  function errorText(body, fallback) {
    var text = body.error || fallback;
    if (body.fields && !body.error) {  // the error already names each refused field
      Object.keys(body.fields).forEach(function (name) {
        text += " " + body.fields[name].join(" ");
      });
    }
    return text;
  }

  function nonce() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (byte) { return ("0" + byte.toString(16)).slice(-2); }).join("");
  }

  function values(selector) {
    return Array.prototype.map.call(form.querySelectorAll(selector), function (field) { return field.value; });
  }

  function payload() {
    return {answers: values(".ilelln-rf-answer"), links: values(".ilelln-rf-link")};
  }

  if (form) {
    var saved = form.querySelector(".ilelln-rf-saved");
    var status = form.querySelector(".ilelln-status");
    var submit = form.querySelector(".ilelln-rf-submit");
    var share = root.querySelector(".ilelln-rf-share");
    var fileInput = form.querySelector(".ilelln-rf-file");
    var photo = form.querySelector(".ilelln-rf-photo");

    var save = function () {
      common.post(runtime, root, "save_draft", payload()).then(function (result) {
        common.announce(saved, result.ok ? result.body.message :
          errorText(result.body, gettext("Not saved yet: your text stays here. Check your connection.")), !result.ok);
      });
    };

    form.addEventListener("input", function (event) {
      if (event.target.matches(".ilelln-rf-answer, .ilelln-rf-link")) {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, 1500);
      }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      submit.disabled = true;
      common.announce(status, gettext("Saving…"));
      common.post(runtime, root, "submit", payload()).then(function (result) {
        submit.disabled = false;
        if (!result.ok) {
          common.announce(status, errorText(result.body, gettext("Could not submit. Check your connection and try again.")), true);
          return;
        }
        submit.textContent = gettext("Save the changes");
        if (share) {
          share.hidden = false;
        }
        common.announce(status, result.body.message);
      });
    });

    fileInput.addEventListener("change", function () {
      var chosen = fileInput.files[0];
      if (!chosen) {
        return;
      }
      if (chosen.size > args.max_bytes) {
        common.announce(status, gettext("The photo is too large."), true);
        fileInput.value = "";
        return;
      }
      common.announce(status, gettext("Saving your photo…"));
      fetch(runtime.handlerUrl(root, "upload"), {
        method: "POST", credentials: "same-origin", body: chosen,
        headers: {"Content-Type": chosen.type || "application/octet-stream", "X-CSRFToken": common.csrfToken(),
                  "X-File-Name": encodeURIComponent(chosen.name)}
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          return {ok: response.ok, body: body};
        });
      }, function () {
        return {ok: false, body: {}};
      }).then(function (result) {
        fileInput.value = "";
        if (!result.ok) {
          common.announce(status, errorText(result.body, gettext("Could not save. Check your connection and try again.")), true);
          return;
        }
        var image = photo.querySelector("img");
        image.src = result.body.url + (result.body.url.indexOf("?") < 0 ? "?" : "&") + "v=" + Date.now();
        photo.hidden = false;
        common.announce(status, result.body.message);
      });
    });

    photo.querySelector(".ilelln-rf-remove").addEventListener("click", function () {
      common.post(runtime, root, "remove_photo", {}).then(function (result) {
        if (result.ok) {
          photo.hidden = true;
          photo.querySelector("img").removeAttribute("src");
          fileInput.focus();
        }
        common.announce(status, result.ok ? result.body.message :
          errorText(result.body, gettext("Could not save. Check your connection and try again.")), !result.ok);
      });
    });
  }

  var shareButton = root.querySelector(".ilelln-rf-share-button");
  if (shareButton) {
    shareButton.addEventListener("click", function () {
      var state = root.querySelector(".ilelln-rf-share-state");
      var wanted = shareButton.getAttribute("data-shared") !== "true";
      shareButton.disabled = true;
      common.post(runtime, root, "share", {shared: wanted}).then(function (result) {
        shareButton.disabled = false;
        if (!result.ok) {
          common.announce(state, errorText(result.body, gettext("Could not save. Check your connection and try again.")), true);
          return;
        }
        shareButton.setAttribute("data-shared", wanted ? "true" : "false");
        shareButton.textContent = wanted ? gettext("Stop sharing") : gettext("Share with the cohort gallery");
        common.announce(state, result.body.message);
      });
    });
  }

  function deleteButton(id, author) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ilelln-rf-delete";
    button.setAttribute("data-comment", id);
    button.textContent = gettext("Delete");
    var hidden = document.createElement("span");
    hidden.className = "ilelln-sr";
    hidden.textContent = " " + gettext("the comment by") + " " + author;
    button.appendChild(hidden);
    return button;
  }

  root.addEventListener("submit", function (event) {
    var commentForm = event.target.closest(".ilelln-rf-comment-form");
    if (!commentForm) {
      return;
    }
    event.preventDefault();
    var text = commentForm.querySelector("textarea");
    var note = commentForm.querySelector(".ilelln-rf-comment-status");
    var button = commentForm.querySelector("button");
    if (!text.value.trim()) {
      common.announce(note, gettext("Write your comment first."), true);
      text.focus();
      return;
    }
    commentForm.dataset.nonce = commentForm.dataset.nonce || nonce();   /* a retry re-sends the same nonce */
    button.disabled = true;
    common.post(runtime, root, "comment", {reflection: parseInt(commentForm.getAttribute("data-reflection"), 10),
                                           text: text.value, nonce: commentForm.dataset.nonce}).then(function (result) {
      button.disabled = false;
      if (!result.ok) {
        common.announce(note, errorText(result.body, gettext("Could not post. Check your connection and try again.")), true);
        return;
      }
      delete commentForm.dataset.nonce;
      var list = commentForm.closest(".ilelln-rf-card").querySelector(".ilelln-rf-comments");
      /* A retry whose first attempt did arrive answers with the same comment: show it once. */
      if (!list.querySelector("li[data-comment='" + result.body.id + "']")) {
        var item = document.createElement("li");
        item.setAttribute("data-comment", result.body.id);
        var who = document.createElement("bdi");
        who.className = "ilelln-rf-who";
        who.textContent = result.body.author;
        var said = document.createElement("span");
        said.dir = "auto";
        said.textContent = result.body.text;
        item.appendChild(who);
        item.appendChild(document.createTextNode(": "));
        item.appendChild(said);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(deleteButton(result.body.id, result.body.author));
        list.appendChild(item);
      }
      text.value = "";
      common.announce(note, result.body.message);
    });
  });

  root.addEventListener("click", function (event) {
    var button = event.target.closest(".ilelln-rf-delete");
    if (!button) {
      return;
    }
    var card = button.closest(".ilelln-rf-card");
    var note = card.querySelector(".ilelln-rf-comment-status");
    common.post(runtime, root, "delete_comment", {comment: parseInt(button.getAttribute("data-comment"), 10)})
      .then(function (result) {
        if (result.ok) {
          card.querySelector(".ilelln-rf-comment-form textarea").focus();
          button.closest("li").remove();
        }
        common.announce(note, result.ok ? result.body.message :
          errorText(result.body, gettext("Could not save. Check your connection and try again.")), !result.ok);
      });
  });
}
