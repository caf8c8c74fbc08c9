// Quick exit: the button, the Shift x3 shortcut, the skip link and the no-JS link; and with
// JavaScript on, no path through the site (links, forms, errors) leaves a page of ours in Back.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LANGUAGES, NEUTRAL_URL, newWatchedPage, startAll, storedReferrals } from "./harness.js";

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.stop(); });

/** Entries in history when the visitor reached our first page. */
let arrived = 0;

async function openFromStart(options = {}, path = "/en") {
  const watched = await newWatchedPage(env.browser, env.server.base, options);
  // The visitor arrives from somewhere else, then reads two of our pages.
  await watched.page.goto("https://start.test/");
  await watched.page.goto(`${env.server.base}${path}`);
  await watched.page.waitForLoadState("networkidle");
  // The tab's history on arrival (Chromium keeps the new tab's blank page as an entry too):
  // moves inside the site must never make it longer.
  arrived = await historyLength(watched.page);
  return watched;
}

/** Entries in this tab's history: the start page and one of ours, however far they went. */
function historyLength(page) {
  return page.evaluate(() => history.length);
}

/** Quick exit, then Back: the start page, not one of ours. */
async function exitThenBack(page) {
  await page.locator(".quick-exit__button").click();
  await page.waitForURL(NEUTRAL_URL);
  await page.goBack().catch(() => {});
  await page.waitForLoadState();
  assert.ok(!page.url().startsWith(env.server.base), `Back showed ${page.url()}`);
  assert.equal(page.url(), "https://start.test/");
}

/** POSTs the page sent to our referral forms, by the page's script or by the browser. */
function watchPosts(page) {
  const posts = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/refer\//.test(request.url())) posts.push(request.resourceType());
  });
  return posts;
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

test("after a self-referral, exit from the thank-you page and Back leaves the site", async () => {
  const { page, context, consoleErrors, foreignRequests } = await openFromStart({}, "/en/refer/self");
  const before = await storedReferrals(env.redis.port);
  const posts = watchPosts(page);
  await page.fill("#field-name", "Sam");
  await page.check("#field-contact-method-text");
  await page.fill("#field-phone", "07700 900123");
  await page.locator("[data-testid=referral-form] button[type=submit]").click();
  await page.waitForURL(/\/en\/refer\/self\/sent$/);
  assert.equal(await page.getByTestId("referral-sent").isVisible(), true);
  assert.equal(await historyLength(page), arrived, "the thank-you page replaced the form");
  assert.deepEqual(posts, ["fetch"], "sent once, by the script");
  assert.equal(await storedReferrals(env.redis.port), before + 1);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await exitThenBack(page);
  await context.close();
});

test("after a directory filter, exit and Back leaves the site", async () => {
  const { page, context, consoleErrors } = await openFromStart({}, "/en/directory");
  const all = await page.locator(".service").count();
  await page.check("#audience-men");
  await page.check("#channel-phone");
  await page.locator(".filters button[type=submit]").click();
  await page.waitForURL(/\/en\/directory\?audience=men&channel=phone$/);
  const filtered = await page.locator(".service").count();
  assert.ok(filtered > 0 && filtered < all, `filtered ${filtered} of ${all}`);
  assert.ok(await page.isChecked("#audience-men"), "the choice stays ticked");
  assert.equal(await historyLength(page), arrived, "the filtered list replaced the unfiltered one");
  assert.deepEqual(consoleErrors, []);
  await exitThenBack(page);
  await context.close();
});

test("a form with a problem comes back in place, typed text kept, focus on the summary; exit and Back leave", async () => {
  const { page, context, consoleErrors } = await openFromStart({}, "/en/refer/self");
  const before = await storedReferrals(env.redis.port);
  const submissionId = await page.inputValue("input[name=submission-id]");
  await page.fill("#field-name", "Sam");
  await page.fill("#field-about", "He reads my messages.\nI can talk after 3pm.");
  await page.fill("#field-safe-times", "weekdays after 3");
  await page.check("#field-risk-frightened");
  const title = await page.title();
  await page.locator("[data-testid=referral-form] button[type=submit]").click(); // no way to contact: a problem
  const summary = page.getByTestId("error-summary");
  await summary.waitFor({ state: "visible", timeout: 10000 });
  assert.equal(await summary.locator('a[href="#field-contact-method"]').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "error-summary",
    "focus on the error summary, so it is read out");
  assert.equal(await page.title(), title, "the answer's title");
  assert.equal(await page.inputValue("#field-name"), "Sam");
  assert.equal(await page.inputValue("#field-about"), "He reads my messages.\nI can talk after 3pm.");
  assert.equal(await page.inputValue("#field-safe-times"), "weekdays after 3");
  assert.ok(await page.isChecked("#field-risk-frightened"));
  assert.equal(await page.inputValue("input[name=submission-id]"), submissionId, "same submission id");
  assert.equal(await page.locator("main").count(), 1, "one main, swapped in place");
  assert.match(page.url(), /\/en\/refer\/self$/);
  assert.equal(await historyLength(page), arrived, "the form shown again added no entry");
  // The summary's links jump within the page: no entry for that either.
  await summary.locator('a[href="#field-contact-method"]').click();
  assert.match(page.url(), /#field-contact-method$/);
  assert.equal(await historyLength(page), arrived, "an in-page jump added no entry");
  assert.equal(await storedReferrals(env.redis.port), before, "nothing stored");
  // Chromium logs every 4xx answer to fetch(); the 422 is the expected answer here.
  assert.deepEqual(consoleErrors.filter((e) => !/status of 422/.test(e)), []);
  await exitThenBack(page);
  await context.close();
});

test("a double click on Send stores the referral exactly once", async () => {
  const { page, context } = await openFromStart({}, "/en/refer/friend-or-family");
  const before = await storedReferrals(env.redis.port);
  const posts = watchPosts(page);
  await page.fill("#field-name", "Chris");
  await page.check("#field-contact-method");
  await page.fill("#field-phone", "07700 900789");
  // Held back a little, so the second click lands while the first is still on its way.
  await page.route("**/en/refer/friend-or-family", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.dblclick("button[type=submit]");
  await page.keyboard.press("Enter"); // and Enter, for good measure
  await page.waitForURL(/\/en\/refer\/friend-or-family\/sent$/);
  assert.deepEqual(posts, ["fetch"], "one request, by the script");
  assert.equal(await storedReferrals(env.redis.port), before + 1);
  assert.equal(await historyLength(page), arrived);
  await exitThenBack(page);
  await context.close();
});

test("when the script cannot send (offline), the browser sends the form the ordinary way", async () => {
  const { page, context } = await openFromStart({}, "/en/refer/self");
  const before = await storedReferrals(env.redis.port);
  const posts = watchPosts(page);
  await page.route("**/en/refer/self", (route) =>
    route.request().resourceType() === "fetch" ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.fill("#field-name", "Alex");
  await page.check("#field-contact-method-text");
  await page.fill("#field-phone", "07700 900321");
  await page.locator("[data-testid=referral-form] button[type=submit]").click();
  await page.waitForURL(/\/en\/refer\/self\/sent$/);
  assert.deepEqual(posts, ["fetch", "document"], "tried by the script, then sent by the browser");
  assert.equal(await storedReferrals(env.redis.port), before + 1, "nothing lost, nothing doubled");
  await context.close();
});

test("links, in-page jumps and the language picker keep one entry in history", async () => {
  const { page, context } = await openFromStart();
  await page.keyboard.press("Tab"); // the quick exit skip link
  await page.keyboard.press("Tab"); // skip to main content
  await page.keyboard.press("Enter");
  await page.waitForURL(/#main$/);
  assert.equal(await historyLength(page), arrived, "skip to content added no entry");
  await page.getByRole("link", { name: "Who can help" }).first().click();
  await page.waitForURL(/\/en\/directory$/);
  await page.locator('.language-picker a[lang="pl"]').click();
  await page.waitForURL(/\/pl\/directory$/);
  assert.equal(await page.locator("html").getAttribute("lang"), "pl");
  assert.equal(await historyLength(page), arrived, "links and the language picker replaced the entry");
  await exitThenBack(page);
  await context.close();
});
