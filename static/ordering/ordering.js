/* ilelln_ordering: rearrange with buttons or by dragging; the server scores the order. */
function IlellnOrdering(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var list = root.querySelector(".ilelln-or-list");
  var status = root.querySelector(".ilelln-status");
  var check = root.querySelector(".ilelln-or-check");
  var dragged = null;
  var send = common.sender(runtime, root, status, gettext("Could not check. Check your connection and try again."));

  function items() {
    return Array.prototype.slice.call(list.querySelectorAll(".ilelln-or-item"));
  }

  function clearMarks() {
    items().forEach(function (item) { item.classList.remove("ilelln-or-right", "ilelln-or-wrong"); });
  }

  function announceMove(item) {
    var all = items();
    var text = item.querySelector(".ilelln-or-text").textContent;
    common.announce(status, [gettext("Moved to position") + " " + (all.indexOf(item) + 1) + "/" + all.length + ": ",
                             common.english(text)]);
  }

  function move(item, delta, button) {
    var all = items();
    var index = all.indexOf(item);
    var target = index + delta;
    if (target < 0 || target >= all.length) {
      return;
    }
    if (delta < 0) {
      list.insertBefore(item, all[target]);
    } else {
      list.insertBefore(item, all[target].nextSibling);
    }
    clearMarks();
    // Keep focus on the moved item so it can be moved again from the keyboard.
    var edge = delta < 0 ? target === 0 : target === all.length - 1;
    (edge ? item.querySelector(delta < 0 ? ".ilelln-or-down" : ".ilelln-or-up") : button).focus();
    announceMove(item);
  }

  list.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.disabled) {
      return;
    }
    move(button.closest(".ilelln-or-item"), button.classList.contains("ilelln-or-up") ? -1 : 1, button);
  });

  list.addEventListener("dragstart", function (event) {
    dragged = event.target.closest(".ilelln-or-item");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged.getAttribute("data-token"));
  });
  list.addEventListener("dragover", function (event) {
    if (dragged) {
      event.preventDefault();
    }
  });
  list.addEventListener("drop", function (event) {
    var target = event.target.closest(".ilelln-or-item");
    event.preventDefault();
    if (!dragged || !target || target === dragged) {
      return;
    }
    var box = target.getBoundingClientRect();
    list.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? target.nextSibling : target);
    clearMarks();
    announceMove(dragged);
    dragged = null;
  });

  check.addEventListener("click", function () {
    var order = items().map(function (item) { return item.getAttribute("data-token"); });
    send("check", {order: order}, check, {pending: gettext("Checking…")}).then(function (body) {
      if (!body) { return; }
      items().forEach(function (item, index) {
        if (body.marks.length) {
          item.classList.add(body.marks[index] ? "ilelln-or-right" : "ilelln-or-wrong");
        }
        if (body.finished) {
          item.setAttribute("draggable", "false");
          item.querySelectorAll("button").forEach(function (button) { button.disabled = true; });
        }
      });
      if (body.solution) {
        var solution = root.querySelector(".ilelln-or-solution");
        var ol = solution.querySelector("ol");
        ol.textContent = "";
        body.solution.forEach(function (text) {
          var li = document.createElement("li");
          li.textContent = text;
          ol.appendChild(li);
        });
        solution.hidden = false;
      }
      check.disabled = body.finished;
      common.announce(status, body.summary + " " + gettext("Your best score:") + " " + Math.round(body.score * 100) + "%");
    });
  });
}
