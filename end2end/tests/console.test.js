// A referral sent from the public form appears in the adviser console, is claimed and its
// details read; the console signs in with a password and a TOTP code (RFC 6238).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PASSWORD, addAdviserTo, axeViolations, newWatchedPage, signInAs, startAll, totp } from "./harness.js";

let env;
before(async () => { env = await startAll({ STAFF_COOKIE_SECURE: "false" }); });
after(async () => { await env?.stop(); });

async function submitPath(path, lang, fields, javaScriptEnabled) {
  const visitor = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled });
  await visitor.page.goto(`${env.server.base}/${lang}/refer/${path}`);
  for (const [selector, value] of Object.entries(fields)) {
    if (value === true) await visitor.page.check(selector);
    else await visitor.page.fill(selector, value);
  }
  await visitor.page.click("button[type=submit]");
  await visitor.page.waitForURL(/\/sent$/);
  await visitor.context.close();
}

function signIn(name, secret) {
  return signInAs(env.browser, env.server.base, name, secret);
}

function addAdviser(name) {
  return addAdviserTo(env.redis.url, name);
}

test("every path reaches the console, and the queue updates without reloading", async () => {
  const secret = await addAdviser("eve");
  await submitPath("self", "pl", { "#field-name": "Ola", "#field-contact-method": true, "#field-phone": "07700 900601" }, true);
  await submitPath("professional", "en", {
    "#field-name": "Jo", "#field-contact-method-email": true, "#field-email": "jo@example.org",
    "#field-agency": "Surgery", "#field-role": "Nurse", "#field-work-contact": "nurse@example.org", "#field-consent": true,
  }, false);
  const { page, context } = await signIn("eve", secret);
  const rows = page.getByTestId("queue-row");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=queue-row]").length >= 2, null, { timeout: 15000 });
  const before = await rows.count();
  const marker = await page.evaluate(() => { window.__notReloaded = true; return true; });
  assert.ok(marker);
  await submitPath("friend-or-family", "ro", { "#field-name": "Ana", "#field-contact-method": true, "#field-phone": "07700 900602" }, true);
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=queue-row]").length > n, before, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.__notReloaded), true, "updated in place");
  const cells = await page.$$eval("[data-testid=queue-row]", (rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent.trim())));
  const pathAndLanguage = cells.map((row) => `${row[2]} ${row[3]}`);
  for (const expected of ["Self-referral Polish", "Professional English", "Friend or family Romanian"]) {
    assert.ok(pathAndLanguage.includes(expected), `${expected} in ${JSON.stringify(pathAndLanguage)}`);
  }
  assert.doesNotMatch(await page.locator("#queue-rows").textContent(), /Ola|Jo |Ana/);
  await context.close();
});

test("a referral from the public form is claimed and read in the console", async () => {
  const secret = await addAdviser("dana");
  const visitor = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  await visitor.page.goto(`${env.server.base}/ur/refer/self`);
  await visitor.page.fill("#field-name", "Saba");
  await visitor.page.check("#field-contact-method");
  await visitor.page.fill("#field-phone", "07700 900333");
  await visitor.page.click("button[type=submit]");
  await visitor.page.waitForURL(/\/sent$/);
  await visitor.context.close();

  const { page, context, consoleErrors } = await newWatchedPage(env.browser, env.server.base);
  await page.goto(`${env.server.base}/staff`);
  await page.waitForURL(/\/staff\/login$/);
  const violations = await axeViolations(page);
  await page.fill("#name", "dana");
  await page.fill("#password", PASSWORD);
  await page.fill("#code", totp(secret));
  await page.click("button[type=submit]");
  await page.waitForURL(/\/staff$/);
  // The queue shows the referral (filed by the intake worker) without personal details.
  const row = page.getByTestId("queue-row").filter({ has: page.locator("td", { hasText: /^Urdu$/ }) });
  await row.waitFor({ timeout: 15000 });
  assert.match(await row.textContent(), /Standard/);
  assert.doesNotMatch(await page.content(), /Saba/);
  violations.push(...await axeViolations(page));
  await row.getByRole("button", { name: "Claim" }).click();
  await page.waitForURL(/\/staff\/referral\//);
  violations.push(...await axeViolations(page));
  assert.deepEqual(violations, [], "the staff console is axe-clean too");
  const details = await page.getByTestId("referral-details").textContent();
  assert.match(details, /Saba/);
  assert.match(details, /07700 900333/);
  await page.getByTestId("close").click();
  await page.waitForURL(/\/staff$/);
  assert.equal(await page.getByTestId("queue-row").filter({ has: page.locator("td", { hasText: /^Urdu$/ }) }).count(), 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
