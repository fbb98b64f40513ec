/* ilelln_module_overview: local session times and the deliverables checklist. */
function IlellnModuleOverview(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var send = common.sender(runtime, root, status, gettext("Could not save. Check your connection and try again."));

  // Show each session in the learner's time zone (their LMS preference, else the device's).
  var options = {weekday: "long", year: "numeric", month: "long", day: "numeric",
                 hour: "2-digit", minute: "2-digit", timeZoneName: "short"};
  if (args.time_zone) {
    options.timeZone = args.time_zone;
  }
  root.querySelectorAll("time[data-ilelln-time]").forEach(function (node) {
    var moment = new Date(node.getAttribute("datetime"));
    try {
      node.textContent = new Intl.DateTimeFormat(args.lang, options).format(moment);
    } catch (ignore) {
      // Keep the server's text when the browser cannot format this zone.
    }
  });

  var boxes = root.querySelectorAll(".ilelln-mo-checklist input[type=checkbox]");
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      var done = [];
      boxes.forEach(function (other) {
        if (other.checked) {
          done.push(parseInt(other.value, 10));
        }
      });
      send("save_checklist", {done: done}, null, {pending: gettext("Saving…")}).then(function (body) {
        if (body) { common.announce(status, body.message || gettext("Saved.")); }
      });
    });
  });
}
