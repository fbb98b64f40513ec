/* ilelln_reflection: autosaved answers, photo and link evidence, submit, share or unshare, gallery comments. */
function IlellnReflection(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var form = root.querySelector(".ilelln-rf-form");
  var timer = null;
  var status = root.querySelector(".ilelln-status");
  var send = common.sender(runtime, root, status, gettext("Could not save. Check your connection and try again."),
                           gettext);

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
    var submit = form.querySelector(".ilelln-rf-submit");
    var share = root.querySelector(".ilelln-rf-share");
    var fileInput = form.querySelector(".ilelln-rf-file");
    var photo = form.querySelector(".ilelln-rf-photo");

    var save = function () {
      send("save_draft", payload(), null, {
        status: saved, failed: gettext("Not saved yet: your text stays here. Check your connection.")
      }).then(function (body) {
        if (body) { common.announce(saved, body.message); }
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
      send("submit", payload(), submit, {
        pending: gettext("Saving…"), failed: gettext("Could not submit. Check your connection and try again.")
      }).then(function (body) {
        if (!body) { return; }
        submit.textContent = gettext("Save the changes");
        if (share) {
          share.hidden = false;
        }
        common.announce(status, body.message);
      });
    });

    fileInput.addEventListener("change", function () {
      var chosen = fileInput.files[0];
      if (!chosen) {
        return;
      }
      send.upload("upload", chosen, {"X-File-Name": encodeURIComponent(chosen.name)}, null,
                  {pending: gettext("Saving your photo…"), max_bytes: args.max_bytes,
                   too_large: gettext("The photo is larger than %(size)s.")}).then(function (body) {
        fileInput.value = "";
        if (!body) { return; }
        var image = photo.querySelector("img");
        image.src = body.url + (body.url.indexOf("?") < 0 ? "?" : "&") + "v=" + Date.now();
        photo.hidden = false;
        common.announce(status, body.message);
      });
    });

    photo.querySelector(".ilelln-rf-remove").addEventListener("click", function () {
      var remove = photo.querySelector(".ilelln-rf-remove");
      send("remove_photo", {}, remove).then(function (body) {
        if (!body) { return; }
        photo.hidden = true;
        photo.querySelector("img").removeAttribute("src");
        fileInput.focus();
        common.announce(status, body.message);
      });
    });
  }

  var shareButton = root.querySelector(".ilelln-rf-share-button");
  if (shareButton) {
    shareButton.addEventListener("click", function () {
      var state = root.querySelector(".ilelln-rf-share-state");
      var wanted = shareButton.getAttribute("data-shared") !== "true";
      send("share", {shared: wanted}, shareButton, {status: state}).then(function (body) {
        if (!body) { return; }
        shareButton.setAttribute("data-shared", wanted ? "true" : "false");
        shareButton.textContent = wanted ? gettext("Stop sharing") : gettext("Share with the cohort gallery");
        common.announce(state, body.message);
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
    send("comment", {reflection: parseInt(commentForm.getAttribute("data-reflection"), 10), text: text.value,
                     nonce: commentForm.dataset.nonce}, button,
         {status: note, failed: gettext("Could not post. Check your connection and try again.")}).then(function (body) {
      if (!body) { return; }
      delete commentForm.dataset.nonce;
      var list = commentForm.closest(".ilelln-rf-card").querySelector(".ilelln-rf-comments");
      /* A retry whose first attempt did arrive answers with the same comment: show it once. */
      if (!list.querySelector("li[data-comment='" + body.id + "']")) {
        var item = document.createElement("li");
        item.setAttribute("data-comment", body.id);
        var who = document.createElement("bdi");
        who.className = "ilelln-rf-who";
        who.textContent = body.author;
        var said = document.createElement("span");
        said.dir = "auto";
        said.textContent = body.text;
        item.appendChild(who);
        item.appendChild(document.createTextNode(": "));
        item.appendChild(said);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(deleteButton(body.id, body.author));
        list.appendChild(item);
      }
      text.value = "";
      common.announce(note, body.message);
    });
  });

  root.addEventListener("click", function (event) {
    var button = event.target.closest(".ilelln-rf-delete");
    if (!button) {
      return;
    }
    var card = button.closest(".ilelln-rf-card");
    var note = card.querySelector(".ilelln-rf-comment-status");
    send("delete_comment", {comment: parseInt(button.getAttribute("data-comment"), 10)}, button, {status: note})
      .then(function (body) {
        if (!body) { return; }
        card.querySelector(".ilelln-rf-comment-form textarea").focus();
        button.closest("li").remove();
        common.announce(note, body.message);
      });
  });
}
