/* Helpers shared by every ilelln block: translation, JSON handler calls, announcements. */
(function () {
  "use strict";
  if (window.IlellnCommon) {
    return;
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  /* The runtime starts every ilelln block here (core/base.py render_fragment). The block's start-up data is in
     the JSON element the server wrote with <, > and & escaped, read as data and never run; the block's own
     function (``start.init``) gets it unchanged. */
  window.IlellnStart = function (runtime, element, start) {
    var root = window.IlellnCommon.root(element);
    var data = root.querySelector('script[type="application/json"][id="' + start.data + '"]');
    return window[start.init](runtime, element, data ? JSON.parse(data.textContent) : {});
  };

  window.IlellnCommon = {
    /* The block's root DOM element, whether the runtime passes a DOM node or a jQuery object. */
    csrfToken: csrfToken,
    root: function (element) {
      return element && element.jquery ? element[0] : element;
    },
    /* A gettext bound to the catalogue the server sent for this block and language. */
    translator: function (catalog) {
      return function (text) {
        return (catalog && catalog[text]) || text;
      };
    },
    /* POST JSON to a handler; resolves to {ok, status, body}. Network failures resolve too. */
    post: function (runtime, element, handler, data) {
      return fetch(runtime.handlerUrl(element, handler), {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRFToken": csrfToken()},
        body: JSON.stringify(data)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          return {ok: response.ok, status: response.status, body: body};
        });
      }, function () {
        return {ok: false, status: 0, body: {}};
      });
    },
    /* A handler caller for one block: ``send(handler, data, button)`` disables ``button`` while it runs and
       resolves to the answer's body; on failure it announces the server's message (and the fields it names)
       in ``status``, or ``failed`` when the server could not be reached, and resolves to null. */
    sender: function (runtime, root, status, failed) {
      var common = this;
      return function (handler, data, button) {
        if (button) { button.disabled = true; }
        return common.post(runtime, root, handler, data).then(function (result) {
          if (button) { button.disabled = false; }
          if (!result.ok) {
            /* A refused form's error already names each field and its problem; the field messages
               are only a fallback for an answer without one. */
            var fields = result.body.fields && !result.body.error ? " " + Object.keys(result.body.fields).map(function (key) {
              return result.body.fields[key].join(" ");
            }).join(" ") : "";
            common.announce(status, (result.body.error || failed) + fields, true);
            status.scrollIntoView({block: "nearest"});
            return null;
          }
          return result.body;
        });
      };
    },
    /* Reload the page and announce ``message`` in the block's status region once it is back. */
    reloadWith: function (key, message) {
      window.sessionStorage.setItem(key, message || "");
      window.location.reload();
    },
    /* Announce the message a reload left for ``key``, once. */
    announceRemembered: function (key, status) {
      var remembered = window.sessionStorage.getItem(key);
      if (remembered) {
        window.sessionStorage.removeItem(key);
        this.announce(status, remembered);
      }
    },
    /* A <bdi> holding a learner's name or title, so its direction (or a stray right-to-left override in it)
       cannot reorder the text around it. */
    bdi: function (text) {
      var element = document.createElement("bdi");
      element.textContent = text;
      return element;
    },
    /* Put text in a polite live region so screen readers announce it. */
    announce: function (region, text, isError) {
      if (!region) {
        return;
      }
      region.textContent = text;
      region.classList.toggle("ilelln-error", !!isError);
    }
  };
}());
