// "Did this help?" after a chat, in Polish, with the keyboard alone: the adviser ends the chat
// with an outcome, the visitor answers and is thanked; every step is axe-clean, and what is
// kept is one sealed answer and the counts, tied to no chat.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  acceptNext, addAdviserTo, axeViolations, launchBrowser, newWatchedPage, onShift, redisCli, startChat, startRedis,
  startServer,
} from "./harness.js";

let redis, server, browser;

before(async () => {
  redis = await startRedis();
  server = await startServer(redis.url, { STAFF_COOKIE_SECURE: "false" });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop().catch(() => {});
  await redis?.stop();
});

/** Presses Tab until the element with `id` has focus (at most 40 times). */
async function tabTo(page, id) {
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement && document.activeElement.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached #${id}`);
}

test("after a chat ends, the visitor answers 'Did this help?' in Polish with the keyboard alone", async () => {
  const secret = await addAdviserTo(redis.url, "amy");
  const desk = await onShift(browser, server.base, "amy", secret, ["pl"], 2);
  const visitor = await newWatchedPage(browser, server.base);
  await startChat(visitor.page, server.base, "pl");
  const chat = await acceptNext(desk);
  assert.equal(await visitor.page.getByTestId("chat-feedback").isVisible(), false, "not asked during the chat");

  // The adviser chooses the outcome and ends the chat.
  await desk.page.selectOption(`#outcome-${chat}`, "information-given");
  await desk.page.locator(`#panel-${chat} [data-testid=desk-end]`).click();
  await visitor.page.getByTestId("chat-ended").waitFor();
  const form = visitor.page.getByTestId("chat-feedback");
  await form.waitFor();
  assert.match(await form.textContent(), /Czy to pomogło\?/);
  assert.deepEqual(await axeViolations(visitor.page), [], "the ended chat with its question is axe-clean");

  await tabTo(visitor.page, "feedback-helped-yes");
  await visitor.page.keyboard.press("Space");
  await tabTo(visitor.page, "feedback-comment");
  await visitor.page.keyboard.type("Dziękuję, pomogło mi to.");
  await visitor.page.keyboard.press("Tab");
  assert.equal(await visitor.page.evaluate(() => document.activeElement.dataset.testid), "feedback-send");
  await visitor.page.keyboard.press("Enter");
  await visitor.page.waitForURL(/\/pl\/feedback\/thanks$/);
  assert.match(await visitor.page.getByTestId("feedback-thanks").textContent(), /Dziękujemy/);
  assert.deepEqual(await axeViolations(visitor.page), [], "the thank-you page is axe-clean");
  assert.deepEqual(visitor.foreignRequests, []);
  assert.equal((await visitor.context.cookies()).length, 0, "no cookie");

  // One answer kept, its comment sealed; the counts name no chat.
  assert.equal((await redisCli(redis.port, "XLEN", "{voice}:feedback")).trim(), "1");
  const dump = await redisCli(redis.port, "XRANGE", "{voice}:feedback", "-", "+");
  assert.ok(!dump.includes("pomogło mi") && !dump.includes(chat), dump);
  const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(new Date());
  const counts = await redisCli(redis.port, "HGETALL", `{voice}:counts:${month}`);
  assert.match(counts, /feedback-chat:yes\s+1/);
  assert.match(counts, /chat-outcome:information-given\s+1/);
  await visitor.context.close();
  await desk.context.close();
});
