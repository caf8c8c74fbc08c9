// One desk in Chromium: the High alert reaching two on-shift advisers on two instances
// (sharing one Redis) within 2 s and clearing when one claims; the shared header navigation
// by keyboard; the desk's side-by-side layout, axe-clean at 1280 and 768 px. With
// FRONTDOOR_SCREENSHOTS=1 it also writes the README's screenshots to docs/.
import assert from "node:assert/strict";
import { after, afterEach, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { addAdviserTo, axeViolations, launchBrowser, onShift, startRedis, startServer } from "./harness.js";

const ENV = { STAFF_COOKIE_SECURE: "false" };
const HIGH = { name: "Alex Private", "contact-method": "phone", phone: "07700 900456", "risk-strangled": "yes" };
const STANDARD = { name: "Sam Private", "contact-method": "phone", phone: "07700 900457" };
const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));
let redis, a, b, browser;
const secrets = {};
const opened = [];

before(async () => {
  redis = await startRedis();
  [a, b] = [await startServer(redis.url, ENV), await startServer(redis.url, ENV)];
  browser = await launchBrowser();
  for (const name of ["amy", "ben", "cal"]) secrets[name] = await addAdviserTo(redis.url, name);
});
// Each test's advisers leave (their sockets close) before the next test starts.
afterEach(async () => {
  while (opened.length) await opened.pop().close().catch(() => {});
});
after(async () => {
  await browser?.close();
  for (const server of [a, b]) await server?.stop().catch(() => {});
  await redis?.stop();
});

/** Sends a self-referral as a browser without JavaScript would. */
async function refer(base, fields) {
  const response = await fetch(`${base}/en/refer/self`, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });
  assert.equal(response.status, 303);
}

async function desk(server, name) {
  const watched = await onShift(browser, server.base, name, secrets[name], ["en"], 2);
  opened.push(watched.context);
  return watched;
}

test("a High referral's alert reaches both on-shift consoles on two instances within 2 s, until one claims it", async () => {
  const amy = await desk(a, "amy");
  const ben = await desk(b, "ben");
  // Amy is on the queue page, Ben on the chat desk: the alert reaches any staff page.
  await amy.page.goto(`${a.base}/staff`);
  const banners = [amy, ben].map((w) => w.page.getByTestId("high-alert"));
  for (const banner of banners) assert.equal(await banner.isVisible(), false, "no alert before");
  assert.equal(await amy.page.locator("#high-alert").getAttribute("aria-live"), "assertive");
  assert.equal(await amy.page.locator("#alert-sound").isChecked(), false, "sound is off until switched on");

  await refer(a.base, STANDARD);
  await refer(a.base, HIGH);
  await Promise.all(banners.map((banner) => banner.waitFor({ state: "visible", timeout: 2000 })));
  for (const banner of banners) assert.match(await banner.textContent(), /high-priority referral is waiting/);
  assert.doesNotMatch(await amy.page.content(), /Alex|900456/, "nothing personal");

  // Ben claims the most urgent (the High one): Amy's banner clears without a reload.
  await ben.page.getByTestId("claim-next").click();
  await ben.page.waitForURL(/\/staff\/referral\//);
  await amy.page.getByTestId("high-alert").waitFor({ state: "hidden", timeout: 2000 });
  assert.equal(await ben.page.getByTestId("high-alert").isVisible(), false);
  assert.deepEqual([...amy.consoleErrors, ...ben.consoleErrors], []);
});

test("the header works by keyboard, the desk sits side by side when wide, axe-clean at 1280 and 768 px", async () => {
  // Another adviser: a one-time code is accepted once, and Amy's was used a moment ago.
  const cal = await desk(a, "cal");
  const { page } = cal;
  const violations = [];
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${a.base}/staff/chats`);
    await page.locator("#desk-status", { hasText: "You are on shift" }).waitFor({ timeout: 10000 });
    const chats = await page.locator("#chat-desk").boundingBox();
    const queue = await page.getByTestId("desk-queue").boundingBox();
    if (width === 1280) assert.ok(queue.x > chats.x + chats.width - 1 && Math.abs(queue.y - chats.y) < 5, "side by side");
    else assert.ok(queue.y >= chats.y + chats.height, "one above the other");
    assert.equal(await page.locator("details.shift-settings").getAttribute("open"), null, "on shift: settings tucked away");
    violations.push(...await axeViolations(page));
    if (process.env.FRONTDOOR_SCREENSHOTS === "1") await page.screenshot({ path: `${DOCS}desk-${width}.png` });
  }

  // From the top of the page: the skip link, then the header's links in order.
  await page.goto(`${a.base}/staff/chats`);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to the page");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), "/staff");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/staff$/);
  assert.equal(await page.locator("nav[aria-label='Staff pages'] [aria-current=page]").textContent(), "Queue");
  violations.push(...await axeViolations(page));
  assert.deepEqual(violations, []);
  assert.deepEqual(cal.consoleErrors, []);
});
