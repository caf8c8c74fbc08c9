// Staff console: keeps every staff page current without reloading it. The triage queue's
// rows (where a page has them) every 5 seconds; the header's counts and the High alert
// (`/staff/desk-state`) every second. The server renders and words everything (escaped);
// this only swaps it in. Polls are marked as background: they must not keep an unattended
// console signed in.
(function () {
  "use strict";
  function poll(url, everyMs, read, apply) {
    setInterval(function () {
      fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "X-Background": "1" } })
        .then(function (response) {
          // Signed out (elsewhere, by an admin, or the account disabled): off the console.
          if (response.status === 401) location.assign("/staff/login");
          return response.ok ? read(response) : null;
        })
        .then(function (value) { if (value !== null) apply(value); })
        .catch(function () {});
    }, everyMs);
  }

  var rows = document.getElementById("queue-rows");
  if (rows) {
    poll("/staff/queue-rows", 5000, function (r) { return r.text(); }, function (html) {
      if (html !== rows.innerHTML) rows.innerHTML = html;
    });
  }

  var counts = { chats: document.getElementById("count-chats"), overdue: document.getElementById("count-overdue") };
  var region = document.getElementById("high-alert");
  if (!counts.chats || !region) return;
  var banner = region.querySelector("[data-testid=high-alert]");
  var alertText = document.getElementById("high-alert-text");

  // Sound is off unless this adviser switched it on, on this device; the tick of the box is
  // the gesture browsers need before a page may play anything.
  var SOUND_KEY = "frontdoor-alert-sound";
  var soundSetting = document.getElementById("alert-sound-setting");
  var soundBox = document.getElementById("alert-sound");
  var audio = null;
  function soundOn() { try { return localStorage.getItem(SOUND_KEY) === "on"; } catch (e) { return false; } }
  function unlock() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!audio && Context) audio = new Context();
  }
  if (region.getAttribute("data-on-shift") === "true" && soundSetting && soundBox) {
    soundSetting.hidden = false;
    soundBox.checked = soundOn();
    soundBox.addEventListener("change", function () {
      try { localStorage.setItem(SOUND_KEY, soundBox.checked ? "on" : "off"); } catch (e) { /* private mode */ }
      if (soundBox.checked) unlock();
    });
  }
  function chime() {
    if (!soundOn() || !audio) return;
    var tone = audio.createOscillator();
    var gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.2;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  }

  function setText(element, text) { if (element && element.textContent !== text) element.textContent = text; }
  poll("/staff/desk-state", 1000, function (r) { return r.json(); }, function (state) {
    setText(counts.chats, state.chats);
    setText(counts.overdue, state.overdue);
    // Rewritten only when the words change, so a screen reader hears each alert once.
    if (alertText.textContent !== state.alert) {
      var raised = state.alert !== "" && alertText.textContent === "";
      alertText.textContent = state.alert;
      banner.hidden = state.alert === "";
      if (raised) chime();
    }
  });
})();
