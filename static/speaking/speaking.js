/* ilelln_speaking: record with MediaRecorder, upload the audio, self-check, submit; staff feedback forms. */
function IlellnSpeaking(runtime, element, args) {
  "use strict";
  var common = window.IlellnCommon;
  var root = common.root(element);
  var gettext = common.translator(args.i18n);
  var status = root.querySelector(".ilelln-status");
  var record = root.querySelector(".ilelln-sp-record");
  var stop = root.querySelector(".ilelln-sp-stop");
  var timer = root.querySelector(".ilelln-sp-timer");
  var playback = root.querySelector(".ilelln-sp-playback");
  var submit = root.querySelector(".ilelln-sp-submit");
  var recorder = null;
  var started = 0;
  var ticking = null;

  function clock(seconds) {
    return Math.floor(seconds / 60) + ":" + ("0" + Math.floor(seconds % 60)).slice(-2);
  }

  function upload(blob, seconds) {
    if (blob.size > args.max_bytes) {
      common.announce(status, gettext("The recording is too large. Record a shorter answer."), true);
      return;
    }
    common.announce(status, gettext("Saving your recording…"));
    fetch(runtime.handlerUrl(root, "upload"), {
      method: "POST", credentials: "same-origin", body: blob,
      headers: {"Content-Type": blob.type || "application/octet-stream", "X-Duration": String(seconds),
                "X-CSRFToken": common.csrfToken()}
    }).then(function (response) {
      return response.json().then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (result) {
      if (!result.ok) {
        common.announce(status, result.body.error, true);
        return;
      }
      var audio = playback.querySelector("audio");
      audio.src = result.body.url + (result.body.url.indexOf("?") < 0 ? "?" : "&") + "v=" + Date.now();
      playback.hidden = false;
      submit.disabled = false;
      common.announce(status, result.body.message);
    }, function () {
      common.announce(status, gettext("Could not save. Check your connection and try again."), true);
    });
  }

  function noMicrophone() {
    root.querySelector(".ilelln-sp-nomic").hidden = false;
    record.hidden = true;
    common.announce(status, gettext("No microphone is available. You can upload a file or continue offline."), true);
  }

  if (record) {
    record.addEventListener("click", function () {
      if (!navigator.mediaDevices || !window.MediaRecorder) {
        noMicrophone();
        return;
      }
      navigator.mediaDevices.getUserMedia({audio: true}).then(function (stream) {
        var chunks = [];
        recorder = new MediaRecorder(stream);
        recorder.ondataavailable = function (event) { chunks.push(event.data); };
        recorder.onstop = function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          window.clearInterval(ticking);
          var seconds = (Date.now() - started) / 1000;
          upload(new Blob(chunks, {type: recorder.mimeType || "audio/webm"}), seconds.toFixed(1));
          record.hidden = false;
          stop.hidden = true;
          record.textContent = gettext("Record again");
          record.focus();
        };
        recorder.start();
        started = Date.now();
        ticking = window.setInterval(function () {
          var seconds = (Date.now() - started) / 1000;
          timer.textContent = clock(seconds);
          if (seconds >= args.max_seconds) {
            recorder.stop();
          }
        }, 250);
        record.hidden = true;
        stop.hidden = false;
        stop.focus();
        common.announce(status, gettext("Recording… press Stop when you finish."));
      }, noMicrophone);
    });
    stop.addEventListener("click", function () {
      if (recorder && recorder.state === "recording") {
        recorder.stop();
      }
    });
    root.querySelector("input[type=file]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) {
        return;
      }
      var probe = new Audio(URL.createObjectURL(file));
      probe.addEventListener("loadedmetadata", function () { upload(file, probe.duration.toFixed(1)); });
      probe.addEventListener("error", function () { upload(file, "0"); });
    });
    root.querySelector(".ilelln-sp-offline").addEventListener("click", function () {
      var note = root.querySelector(".ilelln-sp-nomic textarea").value;
      common.post(runtime, root, "offline", {note: note}).then(function (result) {
        common.announce(status, result.ok ? result.body.message : result.body.error, !result.ok);
        if (result.ok) {
          submit.disabled = true;
        }
      });
    });
    submit.addEventListener("click", function () {
      var checks = Array.prototype.map.call(root.querySelectorAll(".ilelln-sp-checklist input"), function (box) {
        return box.checked;
      });
      common.post(runtime, root, "submit", {self_check: checks}).then(function (result) {
        common.announce(status, result.ok ? result.body.message : result.body.error, !result.ok);
        if (result.ok) {
          submit.disabled = true;
          record.disabled = true;
        }
      });
    });
  }

  root.querySelectorAll(".ilelln-sp-review").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var score = form.querySelector("input[type=number]");
      var data = {learner: form.getAttribute("data-learner"), feedback: form.querySelector("textarea").value,
                  score: score && score.value !== "" ? parseInt(score.value, 10) : null};
      common.post(runtime, root, "feedback", data).then(function (result) {
        common.announce(form.querySelector(".ilelln-sp-review-status"), result.ok ? result.body.message : result.body.error, !result.ok);
      });
    });
  });
}
