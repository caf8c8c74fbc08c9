// Issue 16 items 4–7 in Chromium: repeat referrals linked by phone and by email (and a
// Redis scan finding no readable number), disabling an account while its console is open,
// an MFA reset, and the audit view's filters and CSV export.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { PASSWORD, addAdviserTo, axeViolations, newWatchedPage, redisCli, signInAs, startAll, totp } from "./harness.js";

let env;
before(async () => { env = await startAll({ STAFF_COOKIE_SECURE: "false", REFERRAL_POSTS_PER_MINUTE: "1000" }); });
after(async () => { await env?.stop(); });

async function refer(fields) {
  const visitor = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  const { page } = visitor;
  await page.goto(`${env.server.base}/en/refer/self`);
  await page.fill("#field-name", fields.name);
  if (fields.phone) await page.fill("#field-phone", fields.phone);
  if (fields.email) await page.fill("#field-email", fields.email);
  await page.check(fields.phone ? "#field-contact-method" : "#field-contact-method-email");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/sent$/);
  await visitor.context.close();
}

/** Every key and value in the test Redis, as text. */
async function redisDump() {
  const port = env.redis.port;
  const keys = (await redisCli(port, "--scan")).split("\n").filter(Boolean);
  let dump = "";
  for (const key of keys) {
    const type = await redisCli(port, "TYPE", key);
    const read = {
      string: ["GET", key], hash: ["HGETALL", key], list: ["LRANGE", key, "0", "-1"], set: ["SMEMBERS", key],
      zset: ["ZRANGE", key, "0", "-1"], stream: ["XRANGE", key, "-", "+"],
    }[type];
    dump += `${key} ${read ? await redisCli(port, ...read) : ""}\n`;
  }
  return dump;
}

async function signInFails(name, code) {
  const visitor = await newWatchedPage(env.browser, env.server.base);
  const { page } = visitor;
  await page.goto(`${env.server.base}/staff/login`);
  await page.fill("#name", name);
  await page.fill("#password", PASSWORD);
  await page.fill("#code", code);
  await page.click("button[type=submit]");
  await page.waitForLoadState();
  const failed = /\/staff\/login$/.test(page.url()) && (await page.getByText("Name, password or code is wrong").count()) === 1;
  await visitor.context.close();
  return failed;
}

test("a repeat referral is linked by phone and by email, found by search, and Redis holds no readable contact detail", async () => {
  const secret = await addAdviserTo(env.redis.url, "lena");
  await refer({ name: "Rhea First", phone: "07700 900321", email: "Rhea.Moss@Example.org" });
  await refer({ name: "Rhea Again", phone: "+44 7700-900321" });
  await refer({ name: "Rhea Email", email: " rhea.moss@example.ORG" });
  await refer({ name: "Someone Else", phone: "07700 900654" });
  const { page, context, consoleErrors } = await signInAs(env.browser, env.server.base, "lena", secret);
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=queue-row]").length >= 4, null, { timeout: 15000 });

  // The oldest is claimed first: its page links to the two later referrals from the same details.
  await page.getByTestId("claim-next").click();
  await page.waitForURL(/\/staff\/referral\//);
  assert.match(await page.getByTestId("referral-details").textContent(), /Rhea First/);
  const linked = page.getByTestId("linked-referral");
  assert.equal(await linked.count(), 2);
  assert.match(await linked.first().textContent(), /Also referred on/);
  await linked.first().click();
  await page.waitForURL(/\/staff\/record\//);
  assert.match(await page.getByTestId("record").textContent(), /Rhea (Again|Email)/);
  assert.deepEqual(await axeViolations(page), []);

  // Search by phone in another spelling, and by email.
  for (const [query, names] of [["07700900321", ["Rhea Again", "Rhea First"]], ["RHEA.MOSS@example.org", ["Rhea Email", "Rhea First"]]]) {
    await page.goto(`${env.server.base}/staff/search`);
    await page.fill("#q", query);
    await page.click("form[role=search] button[type=submit]");
    await page.getByTestId("found-count").waitFor();
    assert.equal(await page.getByTestId("found").count(), 2, query);
    const found = [];
    for (const link of await page.locator("[data-testid=found] a").all()) {
      await link.click();
      found.push((await page.getByTestId("record").textContent()).match(/Rhea (First|Again|Email)/)[0]);
      await page.goBack();
    }
    assert.deepEqual(found.sort(), names);
    assert.doesNotMatch(page.url(), /7700|rhea/i, "the search is posted, not in the address");
  }
  assert.deepEqual(await axeViolations(page), []);

  const dump = await redisDump();
  assert.match(dump, /\{contacts\}:d:[0-9a-f]{64}/, "the index is there");
  for (const readable of ["900321", "7700 9", "rhea.moss", "example.org", "Rhea"]) {
    assert.ok(!dump.toLowerCase().includes(readable.toLowerCase()), `${readable} readable in Redis`);
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("disabling an account closes its open console; enabling lets it sign in again", async () => {
  const adminSecret = await addAdviserTo(env.redis.url, "ada", true);
  const nedSecret = await addAdviserTo(env.redis.url, "ned");
  const ned = await signInAs(env.browser, env.server.base, "ned", nedSecret);
  await ned.page.goto(`${env.server.base}/staff/chats`);
  await ned.page.locator("#desk-status").waitFor();
  const admin = await signInAs(env.browser, env.server.base, "ada", adminSecret);
  await admin.page.goto(`${env.server.base}/staff/team`);
  assert.deepEqual(await axeViolations(admin.page), []);
  await admin.page.getByRole("button", { name: "Disable ned" }).click();
  await admin.page.waitForURL(/\/staff\/team$/);
  assert.equal(await admin.page.locator("[data-account=ned] [data-testid=account-status]").textContent(), "Disabled");
  // The open chat console re-reads its session at each heartbeat and goes to sign-in. Both
  // the desk's socket and the header's poll may send it there, the second navigation
  // cutting the first short (which `waitForURL` reports as an error): look at where it is.
  const deadline = Date.now() + 15000;
  while (!/\/staff\/login$/.test(ned.page.url())) {
    assert.ok(Date.now() < deadline, `the console went to sign-in, not ${ned.page.url()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(await signInFails("ned", totp(nedSecret)), "a disabled account cannot sign in");
  await admin.page.getByRole("button", { name: "Enable ned" }).click();
  await admin.page.waitForURL(/\/staff\/team$/);
  await new Promise((r) => setTimeout(r, 30000 - (Date.now() % 30000) + 500)); // a fresh code
  const again = await signInAs(env.browser, env.server.base, "ned", nedSecret);
  await again.context.close();
  await ned.context.close();
  await admin.context.close();
});

test("an MFA reset shows the new secret once: its code works and the old one does not", async () => {
  const adminSecret = await addAdviserTo(env.redis.url, "ava", true);
  const oldSecret = await addAdviserTo(env.redis.url, "otto");
  const admin = await signInAs(env.browser, env.server.base, "ava", adminSecret);
  await admin.page.goto(`${env.server.base}/staff/team`);
  await admin.page.getByRole("button", { name: "Reset second factor of otto" }).click();
  const newSecret = (await admin.page.getByTestId("secret").textContent()).trim();
  assert.match(newSecret, /^[A-Z2-7]{16,}$/);
  assert.notEqual(newSecret, oldSecret);
  await admin.page.goto(`${env.server.base}/staff/team`);
  assert.equal(await admin.page.getByTestId("new-secret").count(), 0, "shown once");
  if (totp(oldSecret) !== totp(newSecret)) assert.ok(await signInFails("otto", totp(oldSecret)), "the old code fails");
  const otto = await signInAs(env.browser, env.server.base, "otto", newSecret);
  await otto.context.close();
  await admin.context.close();
});

test("the audit view filters by person, action and day, and exports the selection as CSV", async () => {
  const adminSecret = await addAdviserTo(env.redis.url, "aria", true);
  const admin = await signInAs(env.browser, env.server.base, "aria", adminSecret);
  const { page } = admin;
  await page.goto(`${env.server.base}/staff/audit`);
  assert.ok((await page.getByTestId("audit-row").count()) > 5);
  await page.fill("#who", "ada");
  await page.fill("#action", "account-disabled");
  const today = new Date().toISOString().slice(0, 10);
  await page.fill("#from", today);
  await page.fill("#to", today);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/who=ada/);
  const rows = await page.$$eval("[data-testid=audit-row]", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
  assert.deepEqual(rows.map((r) => r.slice(1)), [["ada", "Account disabled", "account:ned"]], "the action in words; filtered by its slug");
  assert.deepEqual(await axeViolations(page), []);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-csv").click()]);
  const csv = readFileSync(await download.path(), "utf8");
  const lines = csv.trim().split("\r\n");
  assert.equal(lines[0], "time (UTC),who,action,referral");
  assert.equal(lines.length, 2, csv);
  assert.match(lines[1], /,ada,account-disabled,account:ned$/);
  await page.goto(`${env.server.base}/staff/audit?action=audit-exported`);
  assert.equal(await page.getByTestId("audit-row").count(), 1, "the export is itself audited");
  await admin.context.close();
});
