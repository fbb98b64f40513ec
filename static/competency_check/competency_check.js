/* ilelln_competency_check: send the learner's ratings; the server keeps them and draws the growth. */
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
    common.announce(status, gettext("Saving…"));
    common.post(runtime, root, "save_ratings", {ratings: ratings}).then(function (result) {
      if (result.ok) {
        common.announce(status, result.body.message);
        // Reload so the growth chart, drawn on the server, shows the new ratings.
        window.setTimeout(function () { window.location.reload(); }, 1200);
      } else {
        common.announce(status, result.body.error || gettext("Could not save. Check your connection and try again."), true);
      }
    });
  });
}
