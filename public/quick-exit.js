// Quick exit: leave the site at once, leaving as little as possible behind.
// Loaded before the wasm bundle so it works from the first moment; without JavaScript the
// button is still a plain link to the neutral site.
(function () {
  "use strict";
  var SHIFT_WINDOW_MS = 5000;
  var leaving = false;

  function exitUrl() {
    var link = document.querySelector("a[data-quick-exit]");
    return link ? link.href : "https://www.bbc.co.uk/weather";
  }

  function quickExit() {
    if (leaving) return;
    leaving = true;
    var url = exitUrl();
    // Tell live features (the chat) to end now; they listen for this event.
    try { window.dispatchEvent(new Event("frontdoor:quick-exit")); } catch (e) {}
    try { window.sessionStorage.clear(); } catch (e) {}
    document.title = "";
    if (document.body) {
      document.body.innerHTML = "";
      document.body.style.background = "#fff";
    }
    // replace(), not assign(): Back must not return to this site.
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link) return;
    if (link.hasAttribute("data-quick-exit")) {
      event.preventDefault();
      quickExit();
      return;
    }
    // Moving between our own pages replaces the history entry, so the site only ever holds
    // one place in Back: after an exit, Back leads away from it rather than to another page.
    var plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    var url = new URL(link.href, location.href);
    var samePage = url.pathname === location.pathname && url.search === location.search && url.hash;
    if (plain && url.origin === location.origin && !samePage && !link.target && !event.defaultPrevented) {
      event.preventDefault();
      window.location.replace(url.href);
    }
  });

  // Shift pressed three times on its own, as in the GOV.UK component. Shift used together
  // with another key (typing a capital letter) does not count and starts the count again.
  var presses = 0;
  var timer = null;
  var otherKeyWhileShift = false;

  function progress(text) {
    var box = document.querySelector("[data-quick-exit-progress]");
    if (box) box.textContent = text || "";
  }

  function reset() {
    presses = 0;
    clearTimeout(timer);
    progress("");
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      otherKeyWhileShift = false;
      return;
    }
    otherKeyWhileShift = true;
    if (presses > 0) reset();
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    if (otherKeyWhileShift) {
      otherKeyWhileShift = false;
      reset();
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(reset, SHIFT_WINDOW_MS);
    var box = document.querySelector("[data-quick-exit-progress]");
    if (presses >= 3) {
      quickExit();
    } else if (box) {
      progress(presses === 1 ? box.getAttribute("data-one") : box.getAttribute("data-two"));
    }
  });

  // A page restored from the back/forward cache after an exit must not show again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leaving) window.location.replace(exitUrl());
  });
})();
