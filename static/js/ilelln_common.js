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
