/* ilelln_competency_check: send the learner's ratings; the server keeps them and draws the growth, shown in place. */
function IlellnCompetencyCheck(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var form = root.querySelector(".ilelln-cc-form");
  if (!form) {
    return;
  }
  var status = form.querySelector(".ilelln-status");
  var send = common.sender(runtime, root, status, gettext("Could not save. Check your connection and try again."));

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var ratings = {};
    var missing = null;
    form.querySelectorAll(".ilelln-cc-item").forEach(function (item) {
      var checked = item.querySelector("input:checked");
      if (checked) {
        ratings[item.getAttribute("data-key")] = parseInt(checked.value, 10);
      } else if (!missing) {
        missing = item;
      }
    });
    if (missing) {
      common.announce(status, gettext("Rate every competency before you save."), true);
      missing.querySelector("input").focus();
      return;
    }
    send("save_ratings", {ratings: ratings}, form.querySelector("button[type=submit]"),
         {pending: gettext("Saving…")}).then(function (body) {
      if (!body) { return; }
      // The growth chart (and the cohort table, for staff) are drawn on the server: show them as they are now.
      common.refresh(root, body.html, [".ilelln-cc-results", ".ilelln-cc-cohort", ".ilelln-cc-save"]);
      common.announce(status, body.message);
    });
  });
}
