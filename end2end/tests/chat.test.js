// The webchat in Chromium, with visitors and advisers on two different server instances that
// share one real Redis: the offline path, queue position, routing, messages both ways, typing,
// transfer, end, a socket killed mid-chat, quick exit, and an instance killed under an adviser.
import assert from "node:assert/strict";
import { after, afterEach, before, test } from "node:test";
import {
  acceptNext, addAdviserTo, axeViolations, launchBrowser, newWatchedPage, onShift, redisCli, startChat, startRedis,
  startServer,
} from "./harness.js";

const ENV = { STAFF_COOKIE_SECURE: "false", CHAT_ADVISER_GRACE_SECONDS: "2" };
let redis, a, b, browser;
const secrets = {};

before(async () => {
  redis = await startRedis();
  [a, b] = [await startServer(redis.url, ENV), await startServer(redis.url, ENV)];
  browser = await launchBrowser();
  for (const name of ["amy", "ben", "cat"]) secrets[name] = await addAdviserTo(redis.url, name);
});
// Every page a test opened is closed after it, pass or fail, so no adviser stays on shift
// and no visitor stays queued into the next test.
const opened = [];
afterEach(async () => {
  while (opened.length) await opened.pop().close().catch(() => {});
  // A closed page's chat would wait for its visitor to come back: start each test afresh.
  await redisCli(redis.port, "FLUSHALL");
  for (const name of Object.keys(secrets)) secrets[name] = await addAdviserTo(redis.url, name);
});
after(async () => {
  await browser?.close();
  for (const server of [a, b]) await server?.stop().catch(() => {});
  await redis?.stop();
});

/** A visitor's page whose websockets the test can reach, to cut one as a network would. */
async function visitorPage(base) {
  const watched = await newWatchedPage(browser, base);
  opened.push(watched.context);
  await watched.context.addInitScript(() => {
    const Native = window.WebSocket;
    window.__sockets = [];
    const Wrapped = function (url, protocols) {
      const socket = new Native(url, protocols);
      window.__sockets.push(socket);
      return socket;
    };
    Wrapped.prototype = Native.prototype;
    Object.assign(Wrapped, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
    window.WebSocket = Wrapped;
  });
  watched.page.on("dialog", (dialog) => dialog.accept());
  return watched;
}

/** An adviser signed in on `server`, on shift in `languages`, with room for `capacity` chats. */
async function adviserDesk(server, name, languages, capacity) {
  const watched = await onShift(browser, server.base, name, secrets[name], languages, capacity);
  opened.push(watched.context);
  return watched;
}

function logLines(page, testid = "chat-log") {
  return page.$$eval(`[data-testid=${testid}] li`, (items) => items.map((i) => i.textContent));
}

test("with nobody on shift, every page offers the helpline and the referral form instead", async () => {
  const { page, context } = await newWatchedPage(browser, a.base);
  await page.goto(`${a.base}/en`);
  assert.equal(await page.getByTestId("chat-entry").getAttribute("data-chat"), "closed");
  assert.match(await page.getByTestId("chat-entry").textContent(), /0808 2000 247/);
  await page.goto(`${a.base}/ur/chat`);
  await page.getByTestId("chat-closed").waitFor();
  assert.equal(await page.getByTestId("chat-start-button").count(), 0);
  assert.equal(await page.getByTestId("chat-closed-refer").getAttribute("href"), "/ur/refer");
  await context.close();
});

test("visitor on one instance, advisers on the other: queue, routing, messages, typing, transfer, end", async () => {
  const amy = await adviserDesk(b, "amy", ["en", "pl"], 1);
  // Someone else is already talking to amy, so our visitor waits in the queue.
  const first = await visitorPage(a.base);
  await startChat(first.page, a.base, "en");
  const firstChat = await acceptNext(amy);

  const visitor = await visitorPage(a.base);
  await startChat(visitor.page, a.base, "pl");
  await visitor.page.getByTestId("chat-status").filter({ hasText: /1/ }).waitFor();
  assert.match(await visitor.page.getByTestId("chat-status").textContent(), /1/, "place in the queue, in Polish");
  // While waiting they may already write; the message waits for the adviser.
  await visitor.page.fill("#chat-message", "Dzień dobry <b>pomocy</b>");
  await visitor.page.getByTestId("chat-send").click();
  assert.deepEqual(await axeViolations(visitor.page), [], "the live chat is axe-clean");

  // Amy ends the first chat; the waiting visitor is offered to her and she accepts.
  await amy.page.locator(`#tab-${firstChat}`).click();
  await amy.page.locator(`#panel-${firstChat} [data-testid=desk-end]`).click();
  const chat = await acceptNext(amy);
  await first.page.getByTestId("chat-ended").waitFor();
  const panel = amy.page.locator(`#panel-${chat}`);
  await amy.page.locator(`#tab-${chat}`).click();
  assert.match(await panel.getByTestId("desk-language").textContent(), /pl/);
  const shown = panel.locator("[data-testid=desk-log] li", { hasText: "pomocy" });
  await shown.waitFor();
  assert.equal(await shown.textContent(), "Visitor: Dzień dobry <b>pomocy</b>", "shown as text, never as HTML");
  assert.equal(await panel.locator("[data-testid=desk-log] b").count(), 0);

  // Typing both ways, then a reply with a canned text.
  await visitor.page.type("#chat-message", "Czy");
  await panel.getByTestId("desk-typing").filter({ hasText: "typing" }).waitFor();
  await panel.getByTestId("desk-message").type("Hello, ");
  await visitor.page.getByTestId("chat-typing").filter({ hasText: /\S/ }).waitFor();
  await panel.getByTestId("desk-canned").selectOption({ label: "999 and 55" });
  await panel.getByTestId("desk-send").click();
  await visitor.page.locator("[data-testid=chat-log] li.chat-line--adviser", { hasText: "press 55" }).waitFor();
  await visitor.page.getByTestId("chat-send").click();
  await panel.locator("[data-testid=desk-log] li", { hasText: "Visitor: Czy" }).waitFor();

  // Ben comes on shift on the other instance; amy hands the chat over.
  const ben = await adviserDesk(a, "ben", ["en"], 3);
  await panel.getByTestId("desk-transfer-to").locator('option[value="ben"]').waitFor({ state: "attached", timeout: 10000 });
  await panel.getByTestId("desk-transfer-to").selectOption("ben");
  await panel.getByTestId("desk-transfer").click();
  await visitor.page.locator("[data-testid=chat-log] li.chat-line--system").nth(1).waitFor();
  const benPanel = ben.page.locator(`#panel-${chat}`);
  await benPanel.locator("[data-testid=desk-log] li", { hasText: "pomocy" }).waitFor();
  assert.deepEqual(await axeViolations(ben.page), [], "the chat desk is axe-clean");
  await benPanel.getByTestId("desk-end").click();
  await visitor.page.getByTestId("chat-ended").waitFor();
  assert.equal(await visitor.page.evaluate(() => sessionStorage.getItem("frontdoor-chat")), null, "nothing kept after the end");
  assert.deepEqual([...visitor.consoleErrors, ...amy.consoleErrors, ...ben.consoleErrors], []);
  assert.deepEqual([...visitor.foreignRequests, ...amy.foreignRequests], []);
  for (const w of [first, visitor, amy, ben]) await w.context.close();
});

test("a socket cut mid-chat resumes: every message arrives once, in order, on both sides", async () => {
  const cat = await adviserDesk(b, "cat", ["en"], 3);
  const visitor = await visitorPage(a.base);
  await startChat(visitor.page, a.base, "en");
  const chat = await acceptNext(cat);
  const panel = cat.page.locator(`#panel-${chat}`);
  await cat.page.locator(`#tab-${chat}`).click();
  await visitor.page.fill("#chat-message", "before the cut");
  await visitor.page.getByTestId("chat-send").click();
  await panel.locator("[data-testid=desk-log] li", { hasText: "before the cut" }).waitFor();

  // The network drops: the socket closes under the page, and messages flow meanwhile.
  await visitor.page.evaluate(() => window.__sockets.forEach((s) => s.close()));
  for (const n of [1, 2, 3]) {
    await panel.getByTestId("desk-message").fill(`reply ${n}`);
    await panel.getByTestId("desk-send").click();
  }
  await visitor.page.fill("#chat-message", "sent while cut off");
  await visitor.page.getByTestId("chat-send").click();

  await visitor.page.locator("[data-testid=chat-log] li", { hasText: "reply 3" }).waitFor({ timeout: 15000 });
  await panel.locator("[data-testid=desk-log] li", { hasText: "sent while cut off" }).waitFor({ timeout: 15000 });
  const seen = (await logLines(visitor.page)).filter((l) => /reply|before the cut|sent while/.test(l));
  assert.deepEqual(seen.map((l) => l.replace(/ \(.*\)$/, "")), [
    "You: before the cut", "Adviser: reply 1", "Adviser: reply 2", "Adviser: reply 3", "You: sent while cut off",
  ]);
  const desk = (await logLines(cat.page, `desk-log`)).filter((l) => /reply|before the cut|sent while/.test(l));
  assert.deepEqual(desk, ["Visitor: before the cut", "Adviser: reply 1", "Adviser: reply 2", "Adviser: reply 3", "Visitor: sent while cut off"]);
  assert.ok(await visitor.page.evaluate(() => window.__sockets.length) >= 2, "a new socket was opened");

  // Quick exit ends the chat at once; the adviser is told the visitor left suddenly.
  await visitor.page.keyboard.press("Shift");
  await visitor.page.keyboard.press("Shift");
  await visitor.page.keyboard.press("Shift");
  await visitor.page.waitForURL(/neutral\.test/);
  await panel.locator("[data-testid=desk-log] li", { hasText: "left suddenly" }).waitFor();
  assert.equal(await redisCli(redis.port, "HGET", `{chat}:c:${chat}`, "end_reason"), "visitor-exit");
  await visitor.context.close();
  await cat.context.close();
});

test("killing the instance that holds an adviser re-queues their chats for another adviser", async () => {
  const amy = await adviserDesk(b, "amy", ["en"], 3);
  const visitor = await visitorPage(a.base);
  await startChat(visitor.page, a.base, "en");
  const chat = await acceptNext(amy);
  await visitor.page.locator("[data-testid=chat-log] li.chat-line--system").first().waitFor();

  process.kill(b.pid, "SIGKILL");
  await visitor.page.locator("[data-testid=chat-log] li.chat-line--system").nth(1).waitFor({ timeout: 15000 });
  assert.equal(await redisCli(redis.port, "HGET", `{chat}:c:${chat}`, "state"), "waiting");
  const ben = await adviserDesk(a, "ben", ["en"], 3);
  assert.equal(await acceptNext(ben), chat, "the same conversation, picked up by another adviser");
  await ben.page.locator(`#tab-${chat}`).click();
  await ben.page.locator(`#panel-${chat} [data-testid=desk-message]`).fill("I am here now.");
  await ben.page.locator(`#panel-${chat} [data-testid=desk-send]`).click();
  await visitor.page.locator("[data-testid=chat-log] li", { hasText: "I am here now." }).waitFor();
  await visitor.context.close();
  await ben.context.close();
  await amy.context.close().catch(() => {});
});
