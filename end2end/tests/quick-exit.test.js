// Quick exit: the button, the Shift x3 shortcut, the skip link and the no-JS link.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LANGUAGES, NEUTRAL_URL, newWatchedPage, startAll } from "./harness.js";

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.stop(); });

async function openFromStart(options = {}) {
  const watched = await newWatchedPage(env.browser, env.server.base, options);
  // The visitor arrives from somewhere else, then reads two of our pages.
  await watched.page.goto("https://start.test/");
  await watched.page.goto(`${env.server.base}/en`);
  await watched.page.waitForLoadState("networkidle");
  return watched;
}

test("the button leaves for the neutral page and Back does not return to frontdoor", async () => {
  const { page, context } = await openFromStart();
  await page.getByRole("link", { name: "Who can help" }).first().click();
  await page.waitForURL(/\/en\/directory$/);
  await page.evaluate(() => sessionStorage.setItem("chat", "something private"));
  await page.locator(".quick-exit__button").click();
  await page.waitForURL(NEUTRAL_URL);
  await page.goBack().catch(() => {});
  await page.waitForLoadState();
  assert.ok(!page.url().startsWith(env.server.base), `Back showed ${page.url()}`);
  await page.goto(`${env.server.base}/en`);
  assert.equal(await page.evaluate(() => sessionStorage.getItem("chat")), null, "sessionStorage cleared");
  await context.close();
});

test("pressing Shift three times exits, with progress announced", async () => {
  const { page, context } = await openFromStart();
  await page.locator("main h1").click();
  await page.keyboard.press("Shift");
  const progress = page.locator("[data-quick-exit-progress]");
  assert.match(await progress.textContent(), /Shift/);
  assert.equal(await progress.getAttribute("aria-live"), "polite");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.waitForURL(NEUTRAL_URL);
  await context.close();
});

test("Shift used with another key does not exit", async () => {
  const { page, context } = await openFromStart();
  await page.locator("main h1").click();
  await page.keyboard.press("Shift+A");
  await page.keyboard.press("Shift+B");
  await page.keyboard.press("Shift+C");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift+D");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(env.server.base), `left for ${page.url()}`);
  await context.close();
});

test("the first Tab reaches a skip link that exits", async () => {
  const { page, context } = await openFromStart();
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.hasAttribute("data-quick-exit"));
  assert.ok(focused, "first focusable control is the quick exit skip link");
  await page.keyboard.press("Enter");
  await page.waitForURL(NEUTRAL_URL);
  await context.close();
});

test("without JavaScript the button is a plain link that sends no referrer", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  await page.goto(`${env.server.base}/en`);
  const button = page.locator(".quick-exit__button");
  assert.match(await button.getAttribute("rel"), /noreferrer/);
  const request = page.waitForRequest(NEUTRAL_URL);
  await button.click();
  const sent = await request;
  assert.equal(sent.headers()["referer"], undefined, "no referrer sent to the neutral site");
  await page.waitForURL(NEUTRAL_URL);
  await context.close();
});

test("the button is visible without scrolling on a 360px phone in every language", async () => {
  for (const lang of LANGUAGES) {
    const { page, context } = await newWatchedPage(env.browser, env.server.base, {
      viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true,
    });
    for (const path of ["", "/directory", "/refer/professional"]) {
      await page.goto(`${env.server.base}/${lang}${path}`);
      const box = await page.locator(".quick-exit__button").boundingBox();
      assert.ok(box, `${lang}${path}: button rendered`);
      assert.ok(box.y >= 0 && box.y + box.height <= 640, `${lang}${path}: in view (${JSON.stringify(box)})`);
      assert.ok(box.x >= 0 && box.x + box.width <= 360, `${lang}${path}: fits the width`);
      // Still in view after scrolling down: it is sticky.
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(100);
      const after = await page.locator(".quick-exit__button").boundingBox();
      assert.ok(after.y >= 0 && after.y + after.height <= 640, `${lang}${path}: sticky`);
    }
    await context.close();
  }
});
