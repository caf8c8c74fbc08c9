// The referral forms in a real browser: with and without JavaScript, problems shown in the
// visitor's language with everything kept, and one referral per form however often it is sent.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { newWatchedPage, redisCli, startAll, storedReferrals } from "./harness.js";

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.stop(); });

test("a self-referral in Polish: 'not safe' shows 999 at once, the form is kept, and it is sent", async () => {
  const { page, context, consoleErrors, foreignRequests } = await newWatchedPage(env.browser, env.server.base);
  const before = await storedReferrals(env.redis.port);
  await page.goto(`${env.server.base}/pl/refer/self`);
  await page.waitForLoadState("networkidle");
  await page.fill("#field-name", "Ola");
  await page.getByTestId("form-safe-now-no").check();
  const alert = page.getByTestId("form-unsafe-alert");
  await alert.waitFor({ state: "visible", timeout: 10000 });
  assert.match(await alert.textContent(), /999/);
  assert.equal(await page.inputValue("#field-name"), "Ola", "the form keeps what was typed");
  await page.check("#field-contact-method-text");
  await page.fill("#field-phone", "07700 900456");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/pl\/refer\/self\/sent$/);
  assert.equal(await page.getByTestId("referral-sent").isVisible(), true);
  assert.equal(await page.locator("html").getAttribute("lang"), "pl");
  assert.equal(await page.locator("[data-quick-exit]").first().isVisible(), true, "quick exit repeated");
  assert.equal(await storedReferrals(env.redis.port), before + 1);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test("without JavaScript a professional referral shows each problem, keeps the typing, then goes through", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  const before = await storedReferrals(env.redis.port);
  await page.goto(`${env.server.base}/ar/refer/professional`);
  await page.fill("#field-name", "Layla");
  await page.fill("#field-agency", "Riverside School");
  await page.fill("#field-about", "Seen bruises twice this term.");
  await page.click("button[type=submit]");
  const summary = page.getByTestId("error-summary");
  assert.equal(await summary.isVisible(), true);
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  for (const field of ["contact-method", "role", "work-contact", "consent"]) {
    assert.equal(await summary.locator(`a[href="#field-${field}"]`).count(), 1, field);
  }
  assert.equal(await page.inputValue("#field-name"), "Layla");
  assert.equal(await page.inputValue("#field-agency"), "Riverside School");
  assert.equal(await page.inputValue("#field-about"), "Seen bruises twice this term.");
  assert.equal(await storedReferrals(env.redis.port), before, "nothing stored yet");

  await page.check("#field-contact-method-email");
  await page.fill("#field-email", "layla@example.org");
  await page.fill("#field-role", "Teacher");
  await page.fill("#field-work-contact", "safeguarding@example.org");
  await page.check("#field-consent");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/ar\/refer\/professional\/sent$/);
  assert.equal(await storedReferrals(env.redis.port), before + 1);
  await context.close();
});

test("a professional refers without consent because the risk is high: the reason is required, then it arrives high and marked", async () => {
  const { page, context, consoleErrors } = await newWatchedPage(env.browser, env.server.base);
  const before = await storedReferrals(env.redis.port);
  await page.goto(`${env.server.base}/pl/refer/professional`);
  await page.waitForLoadState("networkidle");
  await page.fill("#field-name", "Dana");
  await page.check("#field-contact-method");
  await page.fill("#field-phone", "07700 900321");
  await page.fill("#field-agency", "Westgate Surgery");
  await page.fill("#field-role", "Health visitor");
  await page.fill("#field-work-contact", "hv@example.org");
  await page.check("#field-consent-no-high-risk");
  await page.click("button[type=submit]");
  // The form is posted and shown again with its problems (by the page's own script or the
  // server): wait for it rather than look at once.
  const summary = page.getByTestId("error-summary");
  await summary.waitFor({ state: "visible" });
  assert.equal(await summary.locator('a[href="#field-no-consent-reason"]').count(), 1, "the reason is asked for");
  assert.match(await summary.textContent(), /dlaczego/i, "in Polish");
  assert.equal(await page.isChecked("#field-consent-no-high-risk"), true, "the choice is kept");
  assert.equal(await page.inputValue("#field-agency"), "Westgate Surgery", "the typing is kept");
  assert.equal(await storedReferrals(env.redis.port), before, "nothing stored yet");

  await page.fill("#field-no-consent-reason", "Threats to kill last week");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/pl\/refer\/professional\/sent$/);
  assert.match(await page.getByTestId("contact-by-promise").textContent(), /najpóźniej .*\d\d:\d\d/, "a concrete time");
  assert.equal(await storedReferrals(env.redis.port), before + 1);
  const entry = await redisCli(env.redis.port, "XREVRANGE", "{referrals}:intake", "+", "-", "COUNT", "1");
  assert.match(entry, /\bhigh\b/, "stored high");
  assert.match(entry, /no-consent/, "marked no consent");
  // The refused post is answered 422 on purpose (Chromium logs that); nothing else may fail.
  assert.deepEqual(consoleErrors.filter((e) => !/status of 422/.test(e)), []);
  await context.close();
});

test("sending the same form again (double click, retry after a timeout) makes one referral", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base);
  const before = await storedReferrals(env.redis.port);
  await page.goto(`${env.server.base}/en/refer/friend-or-family`);
  await page.fill("#field-name", "Chris");
  await page.check("#field-contact-method");
  await page.fill("#field-phone", "07700 900789");
  // Two retries of the very same form body, as a browser sends after a timeout...
  const statuses = await page.evaluate(async () => {
    const form = document.querySelector("[data-testid=referral-form]");
    const body = new URLSearchParams(new FormData(form));
    const send = () => fetch(form.action, { method: "POST", body, redirect: "manual" }).then((r) => r.type);
    return Promise.all([send(), send()]);
  });
  assert.deepEqual(statuses, ["opaqueredirect", "opaqueredirect"]);
  // ...and then the person's own double click.
  await page.dblclick("button[type=submit]");
  // The second click aborts the first navigation, which waitForURL may report as an error:
  // watch the address itself until the thank-you page has arrived.
  const deadline = Date.now() + 15000;
  while (!/\/sent$/.test(page.url())) {
    assert.ok(Date.now() < deadline, `reached the thank-you page (at ${page.url()})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(await storedReferrals(env.redis.port), before + 1);
  await context.close();
});
