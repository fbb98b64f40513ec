/* ilelln_team_project: team forming, the versioned charter and plan with conflict handling, updates, showcase. */
function IlellnTeamProject(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-tp-status");
  var workspace = args.workspace;

  function failure(result) {
    return result.body.error || gettext("Could not save. Your text is kept here: check your connection and try again.");
  }

  /* Structural changes (teams, votes, comments) re-render the block from the server. */
  function act(handler, data, button) {
    if (button) { button.disabled = true; }
    common.announce(status, gettext("Saving…"));
    return common.post(runtime, root, handler, data).then(function (result) {
      if (button) { button.disabled = false; }
      if (!result.ok) {
        common.announce(status, failure(result), true);
        return result;
      }
      common.announce(status, result.body.message || gettext("Saved."));
      window.setTimeout(function () { window.location.reload(); }, 400);
      return result;
    });
  }

  function on(selector, type, handler) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), function (node) {
      node.addEventListener(type, handler);
    });
  }

  on(".ilelln-tp-join-button", "click", function (event) {
    act("join_team", {team: parseInt(event.currentTarget.dataset.team, 10)}, event.currentTarget);
  });
  on(".ilelln-tp-create", "submit", function (event) {
    event.preventDefault();
    act("create_team", {name: event.currentTarget.querySelector("input").value}, event.currentTarget.querySelector("button"));
  });
  on(".ilelln-tp-pool", "click", function (event) { act("find_me_a_team", {}, event.currentTarget); });
  on(".ilelln-tp-leave", "click", function (event) {
    if (window.confirm(gettext("Leave the team? Your team keeps its charter and plan."))) {
      act("leave_team", {}, event.currentTarget);
    }
  });
  on(".ilelln-tp-vote", "click", function (event) {
    act("vote", {team: parseInt(event.currentTarget.dataset.team, 10)}, event.currentTarget);
  });
  on(".ilelln-tp-comment", "submit", function (event) {
    event.preventDefault();
    var form = event.currentTarget;
    act("comment", {team: parseInt(form.dataset.team, 10), text: form.querySelector("textarea").value},
      form.querySelector("button"));
  });
  on(".ilelln-tp-auto", "click", function (event) { act("auto_group", {}, event.currentTarget); });
  on(".ilelln-tp-update-form", "submit", function (event) {
    event.preventDefault();
    var form = event.currentTarget;
    act("post_update", {text: form.querySelector("textarea").value, evidence_url: form.querySelector("input").value},
      form.querySelector("button"));
  });
  on(".ilelln-tp-showcase-form", "submit", function (event) {
    event.preventDefault();
    var form = event.currentTarget;
    act("publish_showcase", {summary: form.querySelector("textarea").value, url: form.querySelector("input").value},
      form.querySelector("button"));
  });
  Array.prototype.forEach.call(root.querySelectorAll(".ilelln-tp-ratings select"), function (select) {
    var given = workspace && workspace.my_ratings[select.dataset.member];
    if (given) { select.value = String(given); }
  });
  on(".ilelln-tp-ratings", "submit", function (event) {
    event.preventDefault();
    var form = event.currentTarget;
    var ratings = {};
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      if (select.value) { ratings[select.dataset.member] = parseInt(select.value, 10); }
    });
    common.post(runtime, root, "rate", {ratings: ratings}).then(function (result) {
      common.announce(status, result.ok ? result.body.message : failure(result), !result.ok);
    });
  });

  var csv = root.querySelector(".ilelln-tp-csv");
  if (csv && args.csv_url) { csv.href = args.csv_url; }

  /* ----- activities of the plan ----- */
  var memberNames = workspace ? workspace.members.map(function (member) { return member.name; }) : [];
  var rowCount = 0;

  function field(labelText, control) {
    var id = root.id + "-act-" + rowCount + "-" + control.name;
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = labelText;
    control.id = id;
    var wrap = document.createElement("span");
    wrap.className = "ilelln-tp-field";
    wrap.appendChild(label);
    wrap.appendChild(control);
    return wrap;
  }

  function addRow(list, activity) {
    rowCount += 1;
    var li = document.createElement("li");
    li.className = "ilelln-tp-row";
    var title = document.createElement("input");
    title.name = "title";
    title.maxLength = 300;
    title.dir = "auto";
    title.value = activity.title || "";
    var owner = document.createElement("select");
    owner.name = "owner";
    [""].concat(memberNames).forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      option.textContent = name || "—";
      owner.appendChild(option);
    });
    owner.value = activity.owner || "";
    var due = document.createElement("input");
    due.type = "date";
    due.name = "due";
    due.value = activity.due || "";
    var done = document.createElement("input");
    done.type = "checkbox";
    done.name = "done";
    done.checked = !!activity.done;
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "ilelln-button ilelln-secondary";
    remove.textContent = gettext("Remove");
    remove.setAttribute("aria-label", gettext("Remove activity") + " " + rowCount);
    remove.addEventListener("click", function () {
      li.remove();
      var add = list.parentNode.querySelector(".ilelln-tp-add");
      if (add) { add.focus(); }
    });
    li.appendChild(field(gettext("Activity"), title));
    li.appendChild(field(gettext("Owner"), owner));
    li.appendChild(field(gettext("Date"), due));
    li.appendChild(field(gettext("Done"), done));
    li.appendChild(remove);
    list.appendChild(li);
    return title;
  }

  function readActivities(form) {
    return Array.prototype.map.call(form.querySelectorAll(".ilelln-tp-row"), function (li) {
      return {title: li.querySelector("[name=title]").value, owner: li.querySelector("[name=owner]").value,
              due: li.querySelector("[name=due]").value, done: li.querySelector("[name=done]").checked};
    });
  }

  function fillActivities(form, activities) {
    var list = form.querySelector(".ilelln-tp-rows");
    list.textContent = "";
    (activities || []).forEach(function (activity) { addRow(list, activity); });
  }

  /* ----- the versioned charter and plan ----- */
  var TEXTS = {charter: ["roles", "agreements"], plan: ["problem", "community", "partners"]};

  function readDoc(form, kind) {
    var data = {version: form.version};
    TEXTS[kind].forEach(function (name) { data[name] = form.querySelector("[name=" + name + "]").value; });
    if (kind === "plan") { data.activities = readActivities(form); }
    return data;
  }

  function fillDoc(form, kind, doc) {
    TEXTS[kind].forEach(function (name) { form.querySelector("[name=" + name + "]").value = doc[name] || ""; });
    if (kind === "plan") { fillActivities(form, doc.activities); }
    setVersion(form, doc.version);
  }

  function setVersion(form, version) {
    form.version = version;
    form.querySelector(".ilelln-tp-vnum").textContent = version;
  }

  function showTheirs(form, kind, doc) {
    var box = form.querySelector(".ilelln-tp-theirs");
    box.textContent = "";
    TEXTS[kind].forEach(function (name) {
      var label = form.querySelector("[name=" + name + "]").labels[0].textContent;
      var p = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = label + ": ";
      p.appendChild(strong);
      p.appendChild(document.createTextNode(doc[name] || "—"));
      box.appendChild(p);
    });
    if (kind === "plan") {
      var ul = document.createElement("ul");
      (doc.activities || []).forEach(function (activity) {
        var li = document.createElement("li");
        li.textContent = activity.title + (activity.owner ? " — " + activity.owner : "") + (activity.due ? " (" + activity.due + ")" : "");
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
  }

  function save(form, kind) {
    var conflict = form.querySelector(".ilelln-tp-conflict");
    var note = form.querySelector(".ilelln-tp-doc-status");
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    common.announce(note, gettext("Saving…"));
    common.post(runtime, root, "save_" + kind, readDoc(form, kind)).then(function (result) {
      button.disabled = false;
      if (result.ok) {
        setVersion(form, result.body.saved.version);
        conflict.hidden = true;
        form.theirs = null;
        common.announce(note, result.body.message);
        return;
      }
      if (result.status === 409 && result.body.current) {
        form.theirs = result.body.current;
        showTheirs(form, kind, result.body.current);
        conflict.hidden = false;
        common.announce(note, result.body.error, true);
        conflict.focus();
        return;
      }
      // A refused form's error already names each field; the field messages are only a fallback.
      var detail = result.body.fields && !result.body.error ? Object.keys(result.body.fields).map(function (key) {
        return result.body.fields[key].join(" ");
      }).join(" ") : "";
      common.announce(note, failure(result) + (detail ? " " + detail : ""), true);
    });
  }

  ["charter", "plan"].forEach(function (kind) {
    var form = root.querySelector(".ilelln-tp-" + kind);
    if (!form || !workspace) { return; }
    form.version = workspace[kind].version;
    if (kind === "plan") {
      fillActivities(form, workspace.plan.activities);
      form.querySelector(".ilelln-tp-add").addEventListener("click", function () {
        addRow(form.querySelector(".ilelln-tp-rows"), {}).focus();
      });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save(form, kind);
    });
    form.querySelector(".ilelln-tp-keep-mine").addEventListener("click", function () {
      if (form.theirs) { setVersion(form, form.theirs.version); }
      save(form, kind);
    });
    form.querySelector(".ilelln-tp-take-theirs").addEventListener("click", function () {
      if (form.theirs) { fillDoc(form, kind, form.theirs); }
      form.querySelector(".ilelln-tp-conflict").hidden = true;
      form.querySelector("textarea").focus();
      common.announce(form.querySelector(".ilelln-tp-doc-status"), gettext("Their version is now in the form."));
    });
  });

  /* ----- facilitator: open any team's workspace ----- */
  var detailView = root.querySelector(".ilelln-tp-detail-view");
  on(".ilelln-tp-detail", "click", function (event) {
    common.post(runtime, root, "team_detail", {team: parseInt(event.currentTarget.dataset.team, 10)}).then(function (result) {
      if (!result.ok) {
        common.announce(status, failure(result), true);
        return;
      }
      var ws = result.body.workspace;
      detailView.textContent = "";
      var heading = document.createElement("h4");
      heading.textContent = ws.team.name;
      heading.dir = "auto";
      detailView.appendChild(heading);
      [[gettext("Roles"), ws.charter.roles], [gettext("Agreements"), ws.charter.agreements],
       [gettext("Problem"), ws.plan.problem], [gettext("Community"), ws.plan.community],
       [gettext("Partners"), ws.plan.partners]].forEach(function (pair) {
        var p = document.createElement("p");
        var strong = document.createElement("strong");
        strong.textContent = pair[0] + ": ";
        p.appendChild(strong);
        var span = document.createElement("span");
        span.dir = "auto";
        span.textContent = pair[1] || "—";
        p.appendChild(span);
        detailView.appendChild(p);
      });
      var list = document.createElement("ul");
      ws.plan.activities.forEach(function (activity) {
        var li = document.createElement("li");
        li.dir = "auto";
        li.append(activity.done ? "✓ " : "", common.bdi(activity.title));
        if (activity.owner) { li.append(" — ", common.bdi(activity.owner)); }
        if (activity.due) { li.append(" (" + activity.due + ")"); }
        list.appendChild(li);
      });
      detailView.appendChild(list);
      ws.updates.forEach(function (update) {
        var p = document.createElement("p");
        p.dir = "auto";
        p.append(common.bdi(update.author), ": ", common.bdi(update.text));
        detailView.appendChild(p);
      });
      detailView.hidden = false;
      detailView.focus();
    });
  });
}
