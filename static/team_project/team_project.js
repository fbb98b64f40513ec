/* ilelln_team_project: team forming, the versioned charter and plan with conflict handling, updates, showcase. */
function IlellnTeamProject(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-tp-status");
  var workspace = args.workspace;
  var send = common.sender(runtime, root, status,
                           gettext("Could not save. Your text is kept here: check your connection and try again."));

  /* After a change the server answers the block as it is now; the parts it touched are put in place (no
     reload), the message is announced, and focus goes to ``focus`` (a selector, or a function of the new parts). */
  function act(handler, data, button, parts, focus) {
    return send(handler, data, button, {pending: gettext("Saving…")}).then(function (body) {
      if (!body) { return null; }
      var fresh = common.refresh(root, body.html, parts);
      if (parts.indexOf(".ilelln-tp-mine") >= 0) { setUp(body.workspace); }
      common.announce(status, body.message || gettext("Saved."));
      var target = typeof focus === "string" ? root.querySelector(focus) : focus && focus(fresh);
      if (target) { common.focus(target); }
      return body;
    });
  }
  /* Joining, starting or leaving a team changes the learner's part, the showcases' buttons and the staff table. */
  var MEMBERSHIP = [".ilelln-tp-mine", ".ilelln-tp-showcases", ".ilelln-tp-staff"];

  function teamOf(node) {
    return parseInt(node.closest("[data-team]").dataset.team, 10);
  }

  root.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.type === "submit") { return; }
    if (button.matches(".ilelln-tp-join-button")) {
      act("join_team", {team: teamOf(button)}, button, MEMBERSHIP, ".ilelln-tp-mine h3");
    } else if (button.matches(".ilelln-tp-pool")) {
      act("find_me_a_team", {}, button, MEMBERSHIP, ".ilelln-tp-mine h3");
    } else if (button.matches(".ilelln-tp-leave")) {
      if (window.confirm(gettext("Leave the team? Your team keeps its charter and plan."))) {
        act("leave_team", {}, button, MEMBERSHIP, ".ilelln-tp-mine h3");
      }
    } else if (button.matches(".ilelln-tp-vote")) {
      var voted = teamOf(button);
      act("vote", {team: voted}, button, [".ilelln-tp-showcases", ".ilelln-tp-staff"],
          ".ilelln-tp-show[data-team='" + voted + "'] h4");
    } else if (button.matches(".ilelln-tp-auto")) {
      act("auto_group", {}, button, [".ilelln-tp-staff"], ".ilelln-tp-staff h3");
    } else if (button.matches(".ilelln-tp-detail")) {
      openDetail(button);
    } else if (button.matches(".ilelln-tp-add")) {
      addRow(button.closest("form").querySelector(".ilelln-tp-rows"), {}).focus();
    } else if (button.matches(".ilelln-tp-keep-mine, .ilelln-tp-take-theirs")) {
      var doc = button.closest("form");
      var kind = doc.dataset.kind;
      if (button.matches(".ilelln-tp-keep-mine")) {
        if (doc.theirs) { setVersion(doc, doc.theirs.version); }
        save(doc, kind);
        return;
      }
      if (doc.theirs) { fillDoc(doc, kind, doc.theirs); }
      doc.querySelector(".ilelln-tp-conflict").hidden = true;
      doc.querySelector("textarea").focus();
      common.announce(doc.querySelector(".ilelln-tp-doc-status"), gettext("Their version is now in the form."));
    }
  });

  root.addEventListener("submit", function (event) {
    var form = event.target;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (form.matches(".ilelln-tp-create")) {
      act("create_team", {name: form.querySelector("input").value}, button, MEMBERSHIP, ".ilelln-tp-mine h3");
    } else if (form.matches(".ilelln-tp-doc")) {
      save(form, form.dataset.kind);
    } else if (form.matches(".ilelln-tp-comment")) {
      var team = teamOf(form);
      act("comment", {team: team, text: form.querySelector("textarea").value}, button,
          [".ilelln-tp-show[data-team='" + team + "']"], function (fresh) {
            return fresh[0] && fresh[0].querySelector(".ilelln-tp-comment button");
          });
    } else if (form.matches(".ilelln-tp-update-form")) {
      act("post_update", {text: form.querySelector("textarea").value, evidence_url: form.querySelector("input").value},
          button, [".ilelln-tp-update-list", ".ilelln-tp-staff"]).then(function (body) {
        if (body) { form.reset(); }
      });
    } else if (form.matches(".ilelln-tp-showcase-form")) {
      act("publish_showcase", {summary: form.querySelector("textarea").value, url: form.querySelector("input").value},
          button, [".ilelln-tp-showcases", ".ilelln-tp-showcase-form button"]);
    } else if (form.matches(".ilelln-tp-ratings")) {
      var ratings = {};
      form.querySelectorAll("select").forEach(function (select) {
        if (select.value) { ratings[select.dataset.member] = parseInt(select.value, 10); }
      });
      send("rate", {ratings: ratings}, button).then(function (body) {
        if (body) { common.announce(status, body.message); }
      });
    }
  });

  /* ----- activities of the plan ----- */
  var memberNames = [];
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
      p.appendChild(doc[name] ? common.bdi(doc[name]) : document.createTextNode("—"));
      box.appendChild(p);
    });
    if (kind === "plan") {
      var ul = document.createElement("ul");
      (doc.activities || []).forEach(function (activity) {
        var li = document.createElement("li");
        li.append(common.bdi(activity.title));
        if (activity.owner) { li.append(" — ", common.bdi(activity.owner)); }
        if (activity.due) { li.append(" (" + activity.due + ")"); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
  }

  function save(form, kind) {
    var conflict = form.querySelector(".ilelln-tp-conflict");
    var note = form.querySelector(".ilelln-tp-doc-status");
    send("save_" + kind, readDoc(form, kind), form.querySelector("button[type=submit]"), {
      status: note, pending: gettext("Saving…"),
      refused: function (result) {
        if (result.status === 409 && result.body.current) {   // a teammate saved first: show theirs beside mine
          form.theirs = result.body.current;
          showTheirs(form, kind, result.body.current);
          conflict.hidden = false;
          conflict.focus();
        }
      }
    }).then(function (body) {
      if (!body) { return; }
      setVersion(form, body.saved.version);
      conflict.hidden = true;
      form.theirs = null;
      common.announce(note, body.message);
    });
  }

  /* The charter and plan forms keep the version they were read at; the ratings show what was given. */
  function setUp(current) {
    workspace = current;
    memberNames = workspace ? workspace.members.map(function (member) { return member.name; }) : [];
    if (!workspace) { return; }
    ["charter", "plan"].forEach(function (kind) {
      var form = root.querySelector(".ilelln-tp-" + kind);
      if (!form) { return; }
      form.version = workspace[kind].version;
      if (kind === "plan") { fillActivities(form, workspace.plan.activities); }
    });
    root.querySelectorAll(".ilelln-tp-ratings select").forEach(function (select) {
      var given = workspace.my_ratings[select.dataset.member];
      if (given) { select.value = String(given); }
    });
  }
  setUp(workspace);

  /* ----- facilitator: open any team's workspace ----- */
  function openDetail(button) {
    send("team_detail", {team: teamOf(button)}, button).then(function (body) {
      if (!body) { return; }
      var detailView = root.querySelector(".ilelln-tp-detail-view");
      var ws = body.workspace;
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
        /* the line in the page's direction, each learner's part isolated (``dir="auto"`` here would skip the
           <bdi>s, find no strong letter and lay an Arabic line out left to right) */
        var li = document.createElement("li");
        li.append(activity.done ? "✓ " : "", common.bdi(activity.title));
        if (activity.owner) { li.append(" — ", common.bdi(activity.owner)); }
        if (activity.due) { li.append(" (" + activity.due + ")"); }
        list.appendChild(li);
      });
      detailView.appendChild(list);
      ws.updates.forEach(function (update) {
        var p = document.createElement("p");
        p.append(common.bdi(update.author), ": ", common.bdi(update.text));
        detailView.appendChild(p);
      });
      detailView.hidden = false;
      detailView.focus();
    });
  }
}
