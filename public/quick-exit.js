// Quick exit: leave the site at once, leaving as little as possible behind.
// Loaded before the wasm bundle so it works from the first moment; without JavaScript the
// button is still a plain link to the neutral site.
//
// It also keeps the site to one entry in the browser's history: links and forms between our
// pages replace the current entry instead of adding one, so after an exit (which replaces
// that one entry too) a single Back leaves the site instead of returning to it.
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
    // In-page links (skip to content, the error summary) count too: a plain jump to "#main"
    // would add an entry of its own. replace() with only the fragment changed still just
    // scrolls and moves focus as the jump would; it does not reload the page.
    var plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    var url = new URL(link.href, location.href);
    if (plain && ours(url) && !link.target && !link.hasAttribute("download") && !event.defaultPrevented) {
      event.preventDefault();
      window.location.replace(url.href);
    }
  });

  // --- Forms ------------------------------------------------------------------------------
  // A form sent the ordinary way always adds a history entry (the filtered directory, the
  // thank-you page, the form shown again with its errors), so ours are sent from here:
  // GET forms become a replace(), POST forms go through fetch() and the answer either
  // replaces this entry (a redirect: the thank-you page) or is put into this page in place
  // (the form again, with what was typed and the problems). Without JavaScript nothing
  // changes; the browse-safely page says what remains then.
  var SEND_TIMEOUT_MS = 20000;
  var URLENCODED = "application/x-www-form-urlencoded";
  var STAFF = /^\/staff(\/|$)/;
  var passThrough = null;

  function ours(url) {
    return url.origin === location.origin;
  }

  // The submit button's formmethod/formaction/formenctype/formtarget win over the form's.
  function submission(form, submitter) {
    function pick(attribute, property, fallback) {
      return submitter && submitter.hasAttribute(attribute) ? submitter[property] : fallback;
    }
    return {
      form: form,
      submitter: submitter,
      method: pick("formmethod", "formMethod", form.method),
      action: new URL(pick("formaction", "formAction", form.action), location.href),
      enctype: pick("formenctype", "formEnctype", form.enctype),
      target: pick("formtarget", "formTarget", form.target),
    };
  }

  function markSending(form, sending) {
    // aria-disabled, not disabled: the button keeps focus (a disabled one drops it to the
    // page) and screen readers still hear it as unavailable. A second click or Enter is
    // stopped by the aria-busy check in the submit handler.
    if (sending) form.setAttribute("aria-busy", "true");
    else form.removeAttribute("aria-busy");
    Array.prototype.forEach.call(form.elements, function (control) {
      if (control.type !== "submit") return;
      if (sending) control.setAttribute("aria-disabled", "true");
      else control.removeAttribute("aria-disabled");
    });
  }

  // Puts the page the server answered (the form again) in place of this one's <main>.
  // Returns false when the answer is not such a page, so the caller can fall back.
  function showInPlace(html) {
    var answer = new DOMParser().parseFromString(html, "text/html");
    var next = answer.querySelector("main");
    var current = document.querySelector("main");
    if (!next || !current) return false;
    // DOMParser never runs scripts, and none are carried over either: only markup moves.
    Array.prototype.forEach.call(next.querySelectorAll("script"), function (s) { s.remove(); });
    next = document.importNode(next, true);
    current.replaceWith(next);
    if (answer.title) document.title = answer.title;
    // As if the page had just loaded with the problems: focus the error summary (or the
    // notice, or the heading) so a screen reader reads it out at once.
    var first = next.querySelector(".error-summary") || next.querySelector(".notice") || next.querySelector("h1");
    if (first) {
      if (!first.hasAttribute("tabindex")) first.setAttribute("tabindex", "-1");
      first.focus();
    }
    return true;
  }

  function post(sent) {
    var form = sent.form;
    markSending(form, true);
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller && setTimeout(function () { controller.abort(); }, SEND_TIMEOUT_MS);
    var done = false;

    // Offline, server gone or too slow, or an answer we cannot show here: send it the
    // ordinary way, so nothing typed is ever lost. That adds a history entry, but it beats
    // losing a referral; the submission-id keeps a resend from making a second one.
    function fallBack() {
      clearTimeout(timer);
      if (done || leaving) return;
      done = true;
      markSending(form, false);
      if (sent.submitter && form.requestSubmit) {
        // Keeps the button's own formaction/formmethod, which submit() would ignore.
        // The submit event it fires is dispatched at once; the flag lets it through.
        passThrough = form;
        try { form.requestSubmit(sent.submitter); } finally { passThrough = null; }
      } else {
        form.submit();
      }
    }

    fetch(sent.action.href, {
      method: "POST",
      body: sent.body,
      headers: { "Content-Type": URLENCODED },
      redirect: "follow",
      credentials: "same-origin",
      cache: "no-store",
      signal: controller ? controller.signal : undefined,
    }).then(function (response) {
      // A quick exit pressed while this was on its way wins: never navigate after it.
      if (leaving || done) return;
      var landed = new URL(response.url);
      if (!ours(landed)) return fallBack();
      if (response.redirected) {
        done = true;
        clearTimeout(timer);
        window.location.replace(landed.href);
        return;
      }
      if (!/^text\/html/i.test(response.headers.get("Content-Type") || "")) return fallBack();
      return response.text().then(function (html) {
        if (leaving || done) return;
        if (!showInPlace(html)) return fallBack();
        done = true;
        clearTimeout(timer);
        // The address bar shows the page that answered, still without a new entry.
        if (landed.pathname !== location.pathname || landed.search !== location.search) {
          history.replaceState(null, "", landed.href);
        }
      });
    }).catch(fallBack);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form === passThrough) return; // our own fallback: the browser sends this one
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (form.getAttribute("aria-busy") === "true") {
      // Already on its way (double click, Enter pressed again): it is sent once only.
      event.preventDefault();
      return;
    }
    if (leaving) {
      event.preventDefault();
      return;
    }
    var sent = submission(form, event.submitter || null);
    // Not ours to handle: other sites, new windows, and the staff console.
    if (!ours(sent.action) || sent.target || STAFF.test(location.pathname) || STAFF.test(sent.action.pathname)) return;
    var isGet = sent.method === "get";
    if (!isGet && !(sent.method === "post" && sent.enctype === URLENCODED)) return;
    // Same fields as the browser would send, the pressed button's name=value included.
    var fields = new URLSearchParams(new FormData(form, sent.submitter));
    event.preventDefault();
    if (isGet) {
      // As the browser does: the fields replace the action's query.
      sent.action.search = fields.toString();
      window.location.replace(sent.action.href);
    } else {
      sent.body = fields;
      post(sent);
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
