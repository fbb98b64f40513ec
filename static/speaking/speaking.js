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
  var send = common.sender(runtime, root, status, gettext("Could not save. Check your connection and try again."),
                           gettext);

  function clock(seconds) {
    return Math.floor(seconds / 60) + ":" + ("0" + Math.floor(seconds % 60)).slice(-2);
  }

  function upload(blob, seconds) {
    send.upload("upload", blob, {"X-Duration": String(seconds)}, null,
                {pending: gettext("Saving your recording…"), max_bytes: args.max_bytes,
                 too_large: gettext("The recording is larger than %(size)s. Record a shorter answer.")}).then(function (body) {
      if (!body) { return; }
      var audio = playback.querySelector("audio");
      audio.src = body.url + (body.url.indexOf("?") < 0 ? "?" : "&") + "v=" + Date.now();
      playback.hidden = false;
      submit.disabled = false;
      common.announce(status, body.message);
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
    var offline = root.querySelector(".ilelln-sp-offline");
    offline.addEventListener("click", function () {
      var note = root.querySelector(".ilelln-sp-nomic textarea").value;
      send("offline", {note: note}, offline).then(function (body) {
        if (!body) { return; }
        common.announce(status, body.message);
        submit.disabled = true;
      });
    });
    submit.addEventListener("click", function () {
      var checks = Array.prototype.map.call(root.querySelectorAll(".ilelln-sp-checklist input"), function (box) {
        return box.checked;
      });
      send("submit", {self_check: checks}, submit).then(function (body) {
        if (!body) { return; }
        common.announce(status, body.message);
        submit.disabled = true;
        record.disabled = true;
      });
    });
  }

  root.querySelectorAll(".ilelln-sp-review").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var score = form.querySelector("input[type=number]");
      var data = {learner: form.getAttribute("data-learner"), feedback: form.querySelector("textarea").value,
                  score: score && score.value !== "" ? parseInt(score.value, 10) : null};
      var note = form.querySelector(".ilelln-sp-review-status");
      send("feedback", data, form.querySelector("button[type=submit]"), {status: note}).then(function (body) {
        if (body) { common.announce(note, body.message); }
      });
    });
  });
}
