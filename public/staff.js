// Staff console only: refreshes the triage queue in place every 5 seconds. The rows are
// rendered (and escaped) by the server; this only swaps them in.
(function () {
  "use strict";
  var rows = document.getElementById("queue-rows");
  if (!rows) return;
  setInterval(function () {
    // Marked as background: polling must not keep an unattended console signed in.
    fetch("/staff/queue-rows", { credentials: "same-origin", cache: "no-store", headers: { "X-Background": "1" } })
      .then(function (response) {
        // Signed out (elsewhere, by an admin, or the account disabled): off the console.
        if (response.status === 401) location.assign("/staff/login");
        return response.ok ? response.text() : null;
      })
      .then(function (html) { if (html !== null && html !== rows.innerHTML) rows.innerHTML = html; })
      .catch(function () {});
  }, 5000);
})();
