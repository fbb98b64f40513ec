/* ilelln_module_overview: local session times and the deliverables checklist. */
function IlellnModuleOverview(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var send = common.sender(runtime, root, status, gettext("Could not save. Check your connection and try again."));

  // Show each session in the learner's time zone (their LMS preference, else the device's), as every block does.
  common.times(root, args, {weekday: "long", month: "long", timeZoneName: "short"});

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
