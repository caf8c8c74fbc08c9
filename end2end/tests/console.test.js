// A referral sent from the public form appears in the adviser console, is claimed and its
// details read; the console signs in with a password and a TOTP code (RFC 6238).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { after, before, test } from "node:test";
import { newWatchedPage, startAll, TEST_DATA_KEY } from "./harness.js";

let env;
before(async () => { env = await startAll({ STAFF_COOKIE_SECURE: "false" }); });
after(async () => { await env?.stop(); });

const PASSWORD = "a long enough password";

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
  await page.fill("#name", "dana");
  await page.fill("#password", PASSWORD);
  await page.fill("#code", totp(secret));
  await page.click("button[type=submit]");
  await page.waitForURL(/\/staff$/);
  // The queue shows the referral (filed by the intake worker) without personal details.
  const row = page.getByTestId("queue-row").first();
  await row.waitFor({ timeout: 15000 });
  assert.match(await row.textContent(), /standard/);
  assert.match(await row.textContent(), /ur/);
  assert.doesNotMatch(await page.content(), /Saba/);
  await page.getByTestId("claim-next").click();
  await page.waitForURL(/\/staff\/referral\//);
  const details = await page.getByTestId("referral-details").textContent();
  assert.match(details, /Saba/);
  assert.match(details, /07700 900333/);
  await page.getByTestId("close").click();
  await page.waitForURL(/\/staff$/);
  assert.equal(await page.getByTestId("queue-row").count(), 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
