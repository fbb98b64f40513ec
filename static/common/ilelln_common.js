/* Helpers shared by every ilelln block: translation, handler calls and uploads, in-place updates, announcements. */
(function () {
  "use strict";
  if (window.IlellnCommon) {
    return;
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  /* POST ``body`` to ``url``; resolves to {ok, status, body}. A reply that is not JSON (a proxy's error page,
     an upload refused by the web server) gives an empty body; a network failure resolves too, with status 0. */
  function call(url, body, headers) {
    headers["X-CSRFToken"] = csrfToken();
    return fetch(url, {method: "POST", credentials: "same-origin", headers: headers, body: body}).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        return {ok: response.ok, status: response.status, body: answer};
      });
    }, function () {
      return {ok: false, status: 0, body: {}};
    });
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
      return call(runtime.handlerUrl(element, handler), JSON.stringify(data), {"Content-Type": "application/json"});
    },
    /* POST a file (a File or Blob) as the request body to a raw upload handler, with extra ``headers``;
       resolves to {ok, status, body} like ``post``. */
    upload: function (runtime, element, handler, file, headers) {
      var all = {"Content-Type": file.type || "application/octet-stream"};
      Object.keys(headers || {}).forEach(function (name) { all[name] = headers[name]; });
      return call(runtime.handlerUrl(element, handler), file, all);
    },
    /* A handler caller for one block: ``send(handler, data, button, options)`` disables ``button`` while it
       runs and resolves to the answer's body; on failure it announces the server's message (and the fields it
       names), or ``failed`` when the server could not be reached, and resolves to null. ``send.upload(handler,
       file, headers, button, options)`` sends a file the same way. ``options`` (all optional): ``status``, the
       live region for this call instead of the block's; ``failed``, its own fallback message; ``pending``, a
       message announced while the call runs; ``refused(result)``, called after a refusal is announced, with
       the whole {ok, status, body} (a 409's ``current``, say). ``send.upload``'s options also take
       ``max_bytes``, the block's limit (the server's ``upload_limit_bytes``), and ``too_large``, the block's
       translated message with ``%(size)s``: a file over the limit is announced with the limit named
       (``file_size``, as the server words it) and is not sent; the call resolves to null. ``gettext``
       (optional) is the block's translator, for the size's unit. */
    sender: function (runtime, root, status, failed, gettext) {
      var common = this;
      function settle(request, button, options) {
        options = options || {};
        var region = options.status || status;
        /* A disabled button loses focus; a keyboard user gets it back when the call ends. */
        var hadFocus = button && button === document.activeElement;
        if (button) { button.disabled = true; }
        if (options.pending) { common.announce(region, options.pending); }
        return request.then(function (result) {
          if (button) { button.disabled = false; }
          if (hadFocus && (!document.activeElement || document.activeElement === document.body)) { button.focus(); }
          if (result.ok) {
            /* A checked attempt answers the counter's new words (english/base.py attempts_text). */
            var counter = result.body.attempts_text !== undefined && root.querySelector(".ilelln-attempts");
            if (counter) { counter.textContent = result.body.attempts_text; }
            return result.body;
          }
          /* A refused form's error already names each field and its problem; the field messages
             are only a fallback for an answer without one. */
          var fields = result.body.fields && !result.body.error ? " " + Object.keys(result.body.fields).map(function (key) {
            return result.body.fields[key].join(" ");
          }).join(" ") : "";
          common.announce(region, (result.body.error || options.failed || failed) + fields, true);
          if (region) { region.scrollIntoView({block: "nearest"}); }
          if (options.refused) { options.refused(result); }
          return null;
        });
      }
      var send = function (handler, data, button, options) {
        return settle(common.post(runtime, root, handler, data), button, options);
      };
      send.upload = function (handler, file, headers, button, options) {
        options = options || {};
        if (options.max_bytes && file.size > options.max_bytes) {
          var region = options.status || status;
          common.announce(region, (options.too_large || "%(size)s").replace(
            "%(size)s", common.file_size(options.max_bytes, gettext)), true);
          if (region) { region.scrollIntoView({block: "nearest"}); }
          return Promise.resolve(null);
        }
        return settle(common.upload(runtime, root, handler, file, headers), button, options);
      };
      return send;
    },
    /* Put the parts of the block named by ``selectors`` in place of the same parts of ``html`` (the block as
       the server renders it after a change), so the page shows the new state without a reload. A part missing
       on either side stays as it is; focus inside a replaced part moves to the element with the same id, if
       there is one. Returns the parts now in the page. Keep the live region outside the parts: a region
       put in anew is not announced. */
    refresh: function (root, html, selectors) {
      var fresh = document.createElement("template");
      fresh.innerHTML = html;
      var focused = document.activeElement;
      return selectors.map(function (selector) {
        var old = root.querySelector(selector);
        var part = fresh.content.querySelector(selector);
        if (!old || !part) {
          return old;
        }
        var hadFocus = old.contains(focused);
        old.replaceWith(part);
        var same = hadFocus && focused.id && (part.id === focused.id ? part : part.querySelector("#" + CSS.escape(focused.id)));
        if (same) { same.focus(); }
        return part;
      });
    },
    /* ``value`` with a "." decimal point and Western digits in every language ("4.67", never "4,67"), as the
       server's ``core.i18n.format_number`` writes it; ``digits`` fixes the places after the point. */
    format_number: function (value, digits) {
      if (value === null || value === undefined || value === "") { return ""; }
      return digits === undefined ? String(value) : Number(value).toFixed(digits);
    },
    /* A size in bytes as the server's ``core.i18n.format_file_size`` words it: one decimal and the unit of
       Django's catalogue ("5.0 MB", "5.0 ميغابايت"), a no-break space between them. ``gettext`` is the block's
       translator; the units are in every block's catalogue (``js_catalog`` reads this file too). */
    file_size: function (size, translator) {
      var gettext = translator || function (text) { return text; };
      var kib = 1024, mib = kib * kib, gib = mib * kib;
      var unit = size < mib ? [gettext("%s KB"), kib] : size < gib ? [gettext("%s MB"), mib]
        : [gettext("%s GB"), gib];
      var number = this.format_number(Math.round(size / unit[1] * 10) / 10, 1);
      return unit[0].replace("%s", number).replace(/ /g, "\u00a0");
    },
    /* Move focus to ``node``, letting a script focus it when it is not a control (a heading, a list). */
    focus: function (node) {
      if (!node.matches("a[href], button, input, select, textarea, [tabindex]")) {
        node.setAttribute("tabindex", "-1");
      }
      node.focus();
    },
    /* A <bdi> holding a learner's name or title, so its direction (or a stray right-to-left override in it)
       cannot reorder the text around it. */
    bdi: function (text) {
      var element = document.createElement("bdi");
      element.textContent = text;
      return element;
    },
    /* A <span lang="en" dir="ltr"> holding English text (a script's line, a feedback sentence, a learner's
       typed word) that sits in a sentence of the page's language. */
    english: function (text) {
      var element = document.createElement("span");
      element.lang = "en";
      element.dir = "ltr";
      element.textContent = text;
      return element;
    },
    /* Every <time datetime="..." data-ilelln-time> under ``node`` written one way in every block: in the page's
       language (``args.lang``) and the learner's time zone (``args.time_zone``, else the device's), with Western
       digits in Arabic too (``-u-nu-latn``), as every other number on the page. The server's text stays where
       the browser cannot format that zone. ``options`` are Intl.DateTimeFormat's; by default date and time. */
    times: function (node, args, options) {
      var format;
      try {
        format = new Intl.DateTimeFormat((args.lang || "en") + "-u-nu-latn", Object.assign(
          {year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit"}, options || {},
          args.time_zone ? {timeZone: args.time_zone} : {}));
      } catch (ignore) {
        return;
      }
      node.querySelectorAll("time[datetime][data-ilelln-time]").forEach(function (time) {
        time.textContent = format.format(new Date(time.getAttribute("datetime")));
      });
    },
    /* Put text in a polite live region so screen readers announce it; ``text`` may also be a list of strings and
       elements (``english(...)``, ``bdi(...)``), so mixed-language parts keep their own direction. */
    announce: function (region, text, isError) {
      if (!region) {
        return;
      }
      region.replaceChildren.apply(region, [].concat(text).filter(function (part) { return part != null; }));
      region.classList.toggle("ilelln-error", !!isError);
    }
  };
}());
