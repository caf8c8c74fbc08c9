// A referral sent from the public form appears in the adviser console, is claimed and its
// details read; the console signs in with a password and a TOTP code (RFC 6238).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { newWatchedPage, startAll, TEST_DATA_KEY } from "./harness.js";

let env;
before(async () => { env = await startAll({ STAFF_COOKIE_SECURE: "false" }); });
after(async () => { await env?.stop(); });

const PASSWORD = "a long enough password";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 A/AA violations on the current page, as short strings. */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return result.violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target}`);
}

function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const mac = createHmac("sha1", base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

async function addAdviser(name) {
  const child = spawn(process.env.FRONTDOOR_BIN, ["adviser", "add", name], {
    env: { ...process.env, REDIS_URL: env.redis.url, DATA_KEY: TEST_DATA_KEY },
  });
  let out = "";
  child.stdout.on("data", (chunk) => { out += chunk; });
  child.stdin.end(`${PASSWORD}\n`);
  const code = await new Promise((resolve) => child.once("exit", resolve));
  assert.equal(code, 0, out);
  return out.match(/secret: ([A-Z2-7]+)/)[1];
}

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

async function signIn(name, secret) {
  const watched = await newWatchedPage(env.browser, env.server.base);
  const { page } = watched;
  await page.goto(`${env.server.base}/staff`);
  await page.waitForURL(/\/staff\/login$/);
  await page.fill("#name", name);
  await page.fill("#password", PASSWORD);
  await page.fill("#code", totp(secret));
  await page.click("button[type=submit]");
  await page.waitForURL(/\/staff$/);
  return watched;
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
  for (const expected of ["self pl", "professional en", "friend-or-family ro"]) {
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
  const row = page.getByTestId("queue-row").filter({ has: page.locator("td", { hasText: /^ur$/ }) });
  await row.waitFor({ timeout: 15000 });
  assert.match(await row.textContent(), /standard/);
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
  assert.equal(await page.getByTestId("queue-row").filter({ has: page.locator("td", { hasText: /^ur$/ }) }).count(), 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
