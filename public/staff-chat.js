// Staff console only: the adviser's live chat desk over /staff/chat/ws. Several chats side by
// side as tabs with unread counts; offers to accept; canned replies, transfer, return to the
// queue, end, and "create a referral". Every message is set as text, never as HTML.
(function () {
  "use strict";
  var desk = document.getElementById("chat-desk");
  if (!desk || !window.WebSocket) return;
  var tabs = document.getElementById("desk-tabs");
  var panels = document.getElementById("desk-panels");
  var statusLine = document.getElementById("desk-status");
  var outcomes = Array.prototype.map.call(document.querySelectorAll("#outcome-source option"), function (o) {
    return { value: o.value, label: o.label };
  });
  var canned = Array.prototype.map.call(document.querySelectorAll("#canned-source option"), function (o) {
    return { title: o.textContent, text: o.value };
  });
  var chats = {};
  var selected = null;
  var colleagues = [];
  var socket = null;
  var retryMs = 500;

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }
  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function select(id) {
    selected = id;
    Object.keys(chats).forEach(function (key) {
      var chat = chats[key];
      var on = key === id;
      chat.tab.setAttribute("aria-selected", on ? "true" : "false");
      chat.tab.tabIndex = on ? 0 : -1;
      chat.panel.hidden = !on;
      if (on) {
        chat.unread = 0;
        paintTab(chat);
        if (chat.lastSeq) send({ type: "read", chat: key, seq: chat.lastSeq });
      }
    });
  }
  function paintTab(chat) {
    var label = "Chat " + chat.number + " (" + chat.language + ")" + (chat.state === "offered" ? " · offered" : "") +
      (chat.closed ? " · closed" : "");
    chat.tab.textContent = label + (chat.unread ? " · " + chat.unread + " unread" : "");
  }

  function button(text, testid, onClick) {
    var b = make("button", { type: "button", "data-testid": testid }, text);
    b.addEventListener("click", onClick);
    return b;
  }

  function addChat(row) {
    var id = row.chat;
    var number = Object.keys(chats).length + 1;
    var tab = make("button", { type: "button", role: "tab", id: "tab-" + id, "aria-controls": "panel-" + id, "data-chat": id, "data-testid": "desk-tab" });
    tab.addEventListener("click", function () { select(id); });
    var panel = make("section", { role: "tabpanel", id: "panel-" + id, "aria-labelledby": "tab-" + id, "data-chat": id, "data-testid": "desk-panel", "class": "desk-panel" });
    panel.hidden = true;
    var meta = make("p", { "data-testid": "desk-language" }, "Visitor's language: " + row.language);
    var offer = make("div", { "class": "desk-offer" });
    offer.appendChild(make("p", {}, "New chat offered to you."));
    offer.appendChild(button("Accept", "desk-accept", function () { send({ type: "accept", chat: id }); }));
    offer.appendChild(button("Decline", "desk-decline", function () { send({ type: "decline", chat: id }); }));
    var logBox = make("div", { role: "log", tabindex: "0", "class": "chat-log", "aria-label": "Messages" });
    var log = make("ol", { "data-testid": "desk-log" });
    logBox.appendChild(log);
    var typing = make("p", { "class": "chat-typing", "aria-live": "polite", "data-testid": "desk-typing" });
    var form = make("form", { "class": "desk-compose" });
    var label = make("label", { "for": "message-" + id }, "Reply");
    var input = make("textarea", { id: "message-" + id, rows: "3", maxlength: "2000", "data-testid": "desk-message" });
    var sendButton = make("button", { type: "submit", "data-testid": "desk-send" }, "Send");
    var cannedLabel = make("label", { "for": "canned-" + id }, "Canned reply");
    var cannedSelect = make("select", { id: "canned-" + id, "data-testid": "desk-canned" });
    cannedSelect.appendChild(make("option", { value: "" }, "Choose…"));
    canned.forEach(function (c) { cannedSelect.appendChild(make("option", { value: c.text }, c.title)); });
    cannedSelect.addEventListener("change", function () {
      if (cannedSelect.value) input.value = (input.value ? input.value + "\n" : "") + cannedSelect.value;
      cannedSelect.value = "";
      input.focus();
    });
    form.appendChild(cannedLabel);
    form.appendChild(cannedSelect);
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(sendButton);
    var lastTyping = 0;
    input.addEventListener("input", function () {
      if (Date.now() - lastTyping > 2000) { lastTyping = Date.now(); send({ type: "typing", chat: id }); }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!input.value.trim()) return;
      send({ type: "message", chat: id, id: newId(), text: input.value });
      input.value = "";
      lastTyping = 0;
    });
    var actions = make("div", { "class": "desk-actions" });
    var transferLabel = make("label", { "for": "transfer-" + id }, "Transfer to");
    var transferSelect = make("select", { id: "transfer-" + id, "data-testid": "desk-transfer-to" });
    actions.appendChild(transferLabel);
    actions.appendChild(transferSelect);
    actions.appendChild(button("Transfer", "desk-transfer", function () {
      if (transferSelect.value) send({ type: "transfer", chat: id, to: transferSelect.value });
    }));
    actions.appendChild(button("Return to queue", "desk-return", function () { send({ type: "return", chat: id }); }));
    // The outcome is chosen before ending (or, when the visitor ended it, saved after).
    var outcomeBox = make("div", { "class": "desk-outcome" });
    var outcomeSelect = make("select", { id: "outcome-" + id, "data-testid": "desk-outcome" });
    outcomeSelect.appendChild(make("option", { value: "" }, "Choose…"));
    outcomes.forEach(function (o) { outcomeSelect.appendChild(make("option", { value: o.value }, o.label)); });
    outcomeBox.appendChild(make("label", { "for": "outcome-" + id }, "Outcome of this chat"));
    outcomeBox.appendChild(outcomeSelect);
    var saveOutcome = button("Save outcome", "desk-save-outcome", function () {
      if (!outcomeSelect.value) { statusLine.textContent = "Choose the outcome of this chat first."; outcomeSelect.focus(); return; }
      chats[id].outcomeSent = true;
      send({ type: "outcome", chat: id, outcome: outcomeSelect.value });
      paintChat(chats[id], null);
    });
    outcomeBox.appendChild(saveOutcome);
    actions.appendChild(button("End chat", "desk-end", function () {
      var outcome = outcomeSelect.value;
      if (!window.confirm(outcome ? "End this chat?" : "End this chat without an outcome? You can save one afterwards.")) return;
      if (outcome) {
        chats[id].outcomeSent = true;
        send({ type: "end", chat: id, outcome: outcome });
      } else {
        send({ type: "end", chat: id });
      }
    }));
    actions.appendChild(make("a", { href: "/staff/chat/" + id + "/referral", "data-testid": "desk-referral" }, "Create a referral from this chat"));
    var dismiss = button("Close this tab", "desk-dismiss", function () { removeChat(id); });
    dismiss.hidden = true;
    [meta, offer, logBox, typing, form, outcomeBox, actions, dismiss].forEach(function (n) { panel.appendChild(n); });
    tabs.appendChild(tab);
    panels.appendChild(panel);
    chats[id] = { number: number, tab: tab, panel: panel, log: log, typing: typing, offer: offer, form: form,
      actions: actions, dismiss: dismiss, outcomeBox: outcomeBox, saveOutcome: saveOutcome, outcomeSent: false, transfer: transferSelect, meta: meta, unread: 0, lastSeq: 0,
      language: row.language, state: row.state, closed: false, typingTimer: null };
    if (!selected) select(id);
    return chats[id];
  }
  function removeChat(id) {
    var chat = chats[id];
    if (!chat) return;
    chat.tab.remove();
    chat.panel.remove();
    delete chats[id];
    if (selected === id) { selected = null; var first = Object.keys(chats)[0]; if (first) select(first); }
  }
  function paintChat(chat, row) {
    chat.state = row ? row.state : chat.state;
    if (row && row.language) {
      chat.language = row.language;
      chat.meta.textContent = "Visitor's language: " + row.language;
    }
    chat.closed = !row;
    var active = row && row.state === "active";
    chat.offer.hidden = !(row && row.state === "offered");
    chat.form.hidden = !active;
    chat.actions.hidden = !active;
    chat.dismiss.hidden = !chat.closed;
    chat.outcomeBox.hidden = !(active || (chat.closed && !chat.outcomeSent));
    chat.saveOutcome.hidden = !chat.closed;
    chat.transfer.textContent = "";
    colleagues.forEach(function (name) { chat.transfer.appendChild(make("option", { value: name }, name)); });
    paintTab(chat);
  }

  function onDesk(frame) {
    // Left out when unchanged since the last desk.
    if (frame.colleagues) colleagues = frame.colleagues;
    var open = frame.chats.filter(function (c) { return c.state === "active"; }).length;
    var offers = frame.chats.filter(function (c) { return c.state === "offered"; }).length;
    statusLine.textContent = "You are " + frame.status.replace("-", " ") + ". Chats: " + open + " of " + frame.capacity +
      ". Waiting in the queue: " + frame.waiting + "." + (offers ? " New chat offered to you: open its tab to accept." : "");
    var seen = {};
    frame.chats.forEach(function (row) {
      seen[row.chat] = true;
      var chat = chats[row.chat] || addChat(row);
      paintChat(chat, row);
    });
    Object.keys(chats).forEach(function (id) { if (!seen[id]) paintChat(chats[id], null); });
  }
  function describe(entry) {
    if (entry.from === "visitor") return "Visitor: " + entry.text;
    if (entry.from === "adviser") return "Adviser: " + entry.text;
    var events = {
      "joined": "An adviser joined the chat.", "transferred": "The chat was transferred.",
      "visitor-disconnected": "The visitor's connection dropped; they may come back.",
      "visitor-back": "The visitor is back.", "requeued": "The chat went back to the queue.",
      "adviser-lost": "The previous adviser's connection was lost.",
      "inactive-warning": "The visitor was warned the chat will close if nobody writes.",
      "referral-created": "A referral was created from this chat.",
      "ended:visitor-exit": "The visitor left suddenly (quick exit). Do not contact them through this chat.",
      "ended:visitor-left": "The visitor left the chat.", "ended:adviser-ended": "The chat was ended.",
      "ended:inactive": "The chat closed after no activity.", "ended:visitor-gone": "The visitor did not come back.",
      "ended:wait-over": "The visitor waited too long."
    };
    return events[entry.event] || entry.event;
  }
  function onEntry(frame) {
    var chat = chats[frame.chat] || addChat({ chat: frame.chat, language: "?", state: "active" });
    var entry = frame.entry;
    if (entry.seq <= chat.lastSeq) return;
    chat.lastSeq = entry.seq;
    var item = make("li", { "class": "chat-line chat-line--" + entry.from, "data-seq": entry.seq }, describe(entry));
    item.setAttribute("dir", "auto");
    chat.log.appendChild(item);
    if (entry.from === "visitor") chat.typing.textContent = "";
    if (selected === frame.chat && !document.hidden) {
      send({ type: "read", chat: frame.chat, seq: entry.seq });
    } else if (entry.from === "visitor") {
      chat.unread += 1;
      paintTab(chat);
    }
  }
  function onFrame(frame) {
    if (frame.type === "desk") onDesk(frame);
    else if (frame.type === "entry") onEntry(frame);
    else if (frame.type === "typing" && chats[frame.chat]) {
      var chat = chats[frame.chat];
      chat.typing.textContent = "The visitor is typing…";
      clearTimeout(chat.typingTimer);
      chat.typingTimer = setTimeout(function () { chat.typing.textContent = ""; }, 4000);
    } else if (frame.type === "reconnect") {
      // This server is stopping: reconnect at once; another one sends the desk and entries again.
      retryMs = 100;
    } else if (frame.type === "ok") {
      // The frame was taken and nothing on the desk changed: nothing to show.
    } else if (frame.type === "error" || frame.type === "not-sent") {
      statusLine.textContent = "That did not work (" + (frame.code || frame.type) + "). The chat may have moved or ended.";
    }
  }

  function connect() {
    socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/staff/chat/ws");
    socket.onopen = function () { retryMs = 500; };
    socket.onmessage = function (event) { try { onFrame(JSON.parse(event.data)); } catch (e) {} };
    socket.onclose = function (event) {
      // 1008: the session ended (signed out, by an admin, or the account disabled).
      if (event.code === 1008) { location.assign("/staff/login"); return; }
      statusLine.textContent = "Connection lost. Reconnecting…";
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }
  connect();
})();
