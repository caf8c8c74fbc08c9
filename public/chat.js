// The visitor's side of the webchat. The page is server-rendered with every word already
// translated (the "chat-text" block); this script connects to /chat/ws, keeps the resume
// token and unsent messages only in this tab's sessionStorage, and never inserts HTML:
// every message is set as text.
(function () {
  "use strict";
  var root = document.getElementById("chat");
  if (!root || !window.WebSocket) return;
  var TEXT = JSON.parse(document.getElementById("chat-text").textContent || "{}");
  var STORE_KEY = "frontdoor-chat";
  // The server closes with this when the chat was resumed in another tab or window.
  var TAKEN_OVER = 4001;
  var TYPING_SHOWN_MS = 4000;
  var TYPING_SENT_EVERY_MS = 2000;

  var el = function (id) { return document.getElementById(id); };
  var before = el("chat-before"), live = el("chat-live"), ended = el("chat-ended");
  var log = el("chat-log"), status = el("chat-status"), typing = el("chat-typing");
  var problem = el("chat-problem"), input = el("chat-message");

  var socket = null;
  var saved = load();
  var retryMs = 500;
  var typingTimer = null;
  var lastTypingSent = 0;
  var finished = false;
  var state = "";
  var readUpTo = 0;

  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORE_KEY) || "null"); } catch (e) { return null; }
  }
  function save() {
    try { sessionStorage.setItem(STORE_KEY, JSON.stringify(saved)); } catch (e) {}
  }
  function forget() {
    saved = null;
    try { sessionStorage.removeItem(STORE_KEY); } catch (e) {}
  }
  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (_, name) {
      return values[name] === undefined ? "" : String(values[name]);
    });
  }
  // The wait's words change with the number: pick the language's plural form for it.
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  function waitText(minutes) {
    var form = TEXT["wait-" + (plurals ? plurals.select(minutes) : "other")] || TEXT["wait-other"] || TEXT.wait;
    return fill(form, { minutes: minutes });
  }
  function setStatus(text) { status.textContent = text || ""; }
  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // --- What the visitor sees -------------------------------------------------------------
  function showLive() {
    before.hidden = true;
    ended.hidden = true;
    live.hidden = false;
  }
  function line(kind, who, text, id) {
    var item = document.createElement("li");
    item.className = "chat-line chat-line--" + kind;
    if (id) item.setAttribute("data-id", id);
    if (who) {
      var label = document.createElement("span");
      label.className = "chat-line__who";
      label.textContent = who + ": ";
      item.appendChild(label);
    }
    var body = document.createElement("span");
    body.className = "chat-line__text";
    body.setAttribute("dir", "auto");
    body.textContent = text;
    item.appendChild(body);
    if (kind === "visitor") {
      var delivery = document.createElement("span");
      delivery.className = "chat-line__state";
      item.appendChild(delivery);
    }
    if (kind === "visitor") item.setAttribute("data-pending", "");
    place(item);
    return item;
  }
  // The log is in the conversation's order: delivered entries by their place in the record,
  // then the visitor's own messages that are still on their way.
  function place(item) {
    var pending = log.querySelector("li[data-pending]");
    if (pending === item) pending = null;
    if (item.hasAttribute("data-pending") || !pending) log.appendChild(item);
    else log.insertBefore(item, pending);
    item.scrollIntoView({ block: "nearest" });
  }
  function markState(id, text, seq) {
    var item = log.querySelector('li[data-id="' + id + '"]');
    if (!item) return;
    if (seq) item.setAttribute("data-seq", seq);
    var box = item.querySelector(".chat-line__state");
    if (box) box.textContent = " (" + text + ")";
  }
  function markRead(upTo) {
    readUpTo = Math.max(readUpTo, upTo);
    log.querySelectorAll("li.chat-line--visitor[data-seq]").forEach(function (item) {
      if (Number(item.getAttribute("data-seq")) <= readUpTo) {
        item.querySelector(".chat-line__state").textContent = " (" + TEXT.read + ")";
      }
    });
  }
  // Whatever ended the chat (or refused it), nothing of it stays in the tab: not the token,
  // not the messages, so a reopened tab or Back shows nothing.
  function showEnded(reason) {
    finished = true;
    forget();
    log.textContent = "";
    typing.textContent = "";
    if (socket) { try { socket.close(); } catch (e) {} }
    live.hidden = true;
    before.hidden = true;
    ended.hidden = false;
    el("chat-ended-reason").textContent = TEXT["ended-" + reason] || TEXT["ended-gone"];
    // "Did this help?" only after a chat that ended normally (the page lists which).
    var feedback = el("chat-feedback");
    if (feedback) feedback.hidden = (feedback.getAttribute("data-ask-after") || "").split(" ").indexOf(reason) < 0;
    ended.focus();
  }

  // --- Frames from the server --------------------------------------------------------------
  function onEntry(entry) {
    if (!saved || entry.seq <= saved.seq) return;
    saved.seq = entry.seq;
    if (entry.from === "visitor") {
      var id = (entry.cid || "").replace(/^v-/, "");
      saved.outbox = saved.outbox.filter(function (m) { return m.id !== id; });
      var mine = log.querySelector('li[data-id="' + id + '"]') || line("visitor", TEXT.you, entry.text, id);
      mine.removeAttribute("data-pending");
      place(mine);
      markState(id, TEXT.delivered, entry.seq);
    } else if (entry.from === "adviser") {
      typing.textContent = "";
      line("adviser", TEXT.adviser, entry.text);
    } else if (entry.event && entry.event.indexOf("ended:") === 0) {
      save();
      showEnded(entry.event.slice(6));
      return;
    } else if (entry.event && TEXT["event-" + entry.event]) {
      line("system", "", TEXT["event-" + entry.event]);
    }
    save();
    if (entry.from === "adviser") send({ type: "ack", seq: entry.seq });
  }

  function onFrame(frame) {
    switch (frame.type) {
      case "started":
        saved = { chat: frame.chat, token: frame.token, seq: 0, outbox: saved ? saved.outbox : [] };
        save();
        flushOutbox();
        break;
      case "resumed":
        retryMs = 500;
        // Each resume replaces the token; the old one no longer works.
        if (saved) { saved.token = frame.token; save(); }
        flushOutbox();
        break;
      case "entry":
        onEntry(frame.entry);
        break;
      case "state":
        if (frame.state === "ended") { showEnded(frame.reason || "gone"); return; }
        state = frame.state;
        if (frame.read) markRead(frame.read);
        if (state === "offered") setStatus(TEXT.offered);
        if (state === "active") setStatus(TEXT.active);
        break;
      case "queue":
        var text = fill(TEXT.queue, { position: frame.position }) + " " +
          (frame.minutes > 0 ? waitText(frame.minutes) : TEXT["wait-soon"]);
        setStatus(text);
        break;
      case "typing":
        typing.textContent = TEXT.typing;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { typing.textContent = ""; }, TYPING_SHOWN_MS);
        break;
      case "delivered":
        markState(frame.id, TEXT.delivered, frame.seq);
        if (saved) { saved.outbox = saved.outbox.filter(function (m) { return m.id !== frame.id; }); save(); }
        break;
      case "not-sent":
        markState(frame.id, TEXT["not-sent"]);
        break;
      case "reconnect":
        // This server is stopping: the socket closes (1012) and reconnecting at once reaches
        // another one, which resumes the chat after the last entry seen.
        retryMs = 100;
        break;
      case "error":
        problem.textContent = TEXT["error-" + frame.code] || TEXT["error-unavailable"];
        break;
    }
  }

  // --- The connection ------------------------------------------------------------------
  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }
  function flushOutbox() {
    if (!saved) return;
    saved.outbox.forEach(function (m) { send({ type: "message", id: m.id, text: m.text }); });
  }
  function connect(first) {
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/chat/ws";
    socket = new WebSocket(url);
    socket.onopen = function () {
      setStatus(TEXT.connecting);
      if (saved && saved.token) {
        socket.send(JSON.stringify({ type: "resume", token: saved.token, after: saved.seq }));
      } else {
        socket.send(JSON.stringify(first));
      }
    };
    socket.onmessage = function (event) {
      try { onFrame(JSON.parse(event.data)); } catch (e) {}
    };
    socket.onclose = function (event) {
      socket = null;
      if (finished) return;
      if (event.code === TAKEN_OVER) { showEnded("elsewhere"); return; }
      setStatus(TEXT.reconnecting);
      setTimeout(function () { if (!finished) connect(first); }, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }

  // --- What the visitor does -------------------------------------------------------------
  var startForm = el("chat-start");
  if (startForm) {
    startForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var safe = startForm.querySelector('input[name="safe"]:checked');
      if (!safe || safe.value !== "yes") {
        var no = el("chat-safe-no");
        if (no) no.focus();
        return;
      }
      var language = el("chat-language").value;
      saved = null;
      showLive();
      setStatus(TEXT.connecting);
      connect({ type: "start", language: language });
      input.focus();
    });
  }

  el("chat-compose").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    problem.textContent = "";
    if (!text.trim()) { problem.textContent = TEXT["error-empty"]; return; }
    if (text.length > 2000) { problem.textContent = TEXT["error-too-long"]; return; }
    var id = newId();
    if (!saved) saved = { chat: "", token: "", seq: 0, outbox: [] };
    saved.outbox.push({ id: id, text: text });
    save();
    line("visitor", TEXT.you, text, id);
    markState(id, TEXT.sending);
    input.value = "";
    lastTypingSent = 0;
    send({ type: "message", id: id, text: text });
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      el("chat-compose").requestSubmit();
    }
  });
  input.addEventListener("input", function () {
    var now = Date.now();
    if (now - lastTypingSent > TYPING_SENT_EVERY_MS && saved && saved.token) {
      lastTypingSent = now;
      send({ type: "typing" });
    }
  });
  el("chat-leave").addEventListener("click", function () {
    if (!window.confirm(TEXT["leave-confirm"])) return;
    send({ type: "leave", sudden: false });
    showEnded("visitor-left");
  });

  // Quick exit ends the chat at once and leaves nothing behind in this page.
  window.addEventListener("frontdoor:quick-exit", function () {
    send({ type: "leave", sudden: true });
    // The page is about to go: a beacon still arrives if the socket has no time to send.
    if (saved && saved.token && navigator.sendBeacon) navigator.sendBeacon("/chat/exit", saved.token);
    finished = true;
    forget();
    log.textContent = "";
    input.value = "";
  });

  // A chat already running in this tab (the page was reloaded, or the phone slept).
  if (saved && saved.token) {
    showLive();
    (saved.outbox || []).forEach(function (m) {
      line("visitor", TEXT.you, m.text, m.id);
      markState(m.id, TEXT.sending);
    });
    // Everything is replayed from the start, so the page shows the whole conversation.
    saved.seq = 0;
    connect(null);
  }
})();
