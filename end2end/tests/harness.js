// Test harness: a private redis-server and the release build of frontdoor on free ports,
// and Debian's Chromium driven by playwright-core. Nothing here reaches another host: the
// neutral quick-exit page is answered by the browser itself (page.route).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const NEUTRAL_URL = "https://neutral.test/weather";
export const LANGUAGES = ["en", "ur", "ar", "pl", "sk", "ro"];
export const RTL = new Set(["ur", "ar"]);
/** "Help for your situation" with its topics, the privacy notice, the accessibility statement. */
export const HELP_PAGES = [
  "/help-for",
  "/help-for/honour-based-abuse",
  "/help-for/stalking",
  "/help-for/after-separation-and-money",
  "/help-for/young-people",
  "/help-for/older-people",
  "/help-for/children",
  "/help-for/lgbt",
  "/help-for/disabled-and-deaf-people",
  "/privacy",
  "/accessibility",
];
export const PAGES = [
  "",
  "/directory",
  "/is-this-abuse",
  "/browse-safely",
  "/safe-accommodation",
  "/your-behaviour",
  "/professionals",
  "/chat",
  "/refer",
  "/refer/self",
  "/refer/professional",
  "/refer/friend-or-family",
  ...HELP_PAGES,
];
/** Encrypts referrals in tests; the real key comes from scripts/run or the operator. */
export const TEST_DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(check, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "frontdoor-redis-"));
  const child = spawn("redis-server", [
    "--bind", "127.0.0.1", "--port", String(port), "--dir", dir,
    "--save", "", "--appendonly", "yes", "--appendfsync", "always",
  ], { stdio: "ignore" });
  await waitFor(() => new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => { socket.end(); resolve(true); });
    socket.on("error", () => resolve(false));
  }), "redis-server");
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// `cores` (a taskset list) starts it pinned, so its runtime sizes itself to those cores as a
// deployment's would, rather than running a thread per machine core on one core.
export async function startServer(redisUrl, env = {}, { cores } = {}) {
  // A given LEPTOS_SITE_ADDR restarts an instance where it was (behind a proxy).
  const port = env.LEPTOS_SITE_ADDR ? Number(env.LEPTOS_SITE_ADDR.split(":").pop()) : await freePort();
  const bin = process.env.FRONTDOOR_BIN;
  if (!bin) throw new Error("FRONTDOOR_BIN is not set: run the tests with scripts/test");
  const [program, args] = cores ? ["taskset", ["-c", cores, bin]] : [bin, []];
  const child = spawn(program, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      QUICK_EXIT_URL: NEUTRAL_URL,
      DATA_KEY: TEST_DATA_KEY,
      RUST_LOG: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, "frontdoor /healthz");
  return {
    base,
    pid: child.pid,
    async stop() {
      // Already gone (a test killed it): waiting for "exit" would wait for ever.
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A page that answers the neutral site itself and records anything sent elsewhere. */
export async function newWatchedPage(browser, base, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const foreignRequests = [];
  const consoleErrors = [];
  await context.route("https://neutral.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }),
  );
  await context.route("https://start.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Start</title><h1>Start</h1>" }),
  );
  page.on("request", (request) => {
    const url = new URL(request.url());
    const ours = url.origin === base || url.protocol === "data:" || url.protocol === "blob:";
    const allowed = ["neutral.test", "start.test"].includes(url.hostname);
    if (!ours && !allowed) foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  return { context, page, foreignRequests, consoleErrors };
}

/** Runs one redis-cli command against the test Redis and returns its output. */
export async function redisCli(port, ...args) {
  const child = spawn("redis-cli", ["-p", String(port), ...args]);
  let out = "";
  child.stdout.on("data", (chunk) => { out += chunk; });
  await new Promise((resolve) => child.once("exit", resolve));
  return out.trim();
}

/** How many referrals the intake stream (the record) holds. */
export async function storedReferrals(port) {
  return Number(await redisCli(port, "XLEN", "{referrals}:intake")) || 0;
}

/** Starts Redis, the server and the browser once for a test file. */
export async function startAll(env = {}) {
  const redis = await startRedis();
  const server = await startServer(redis.url, env);
  const browser = await launchBrowser();
  return {
    redis, server, browser,
    async stop() {
      await browser.close();
      await server.stop();
      await redis.stop();
    },
  };
}

export const PASSWORD = "a long enough password";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 A/AA violations on the current page, as short strings. */
export async function axeViolations(page) {
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

export function totp(secret) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const mac = createHmac("sha1", base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/**
 * Creates a staff account with the real CLI; returns its TOTP secret. `role` is `true` for
 * an admin, or a role slug ("adviser", "team-leader", "admin").
 */
export async function addAdviserTo(redisUrl, name, role = false) {
  const roleArgs = role === true ? ["--admin"] : typeof role === "string" ? ["--role", role] : [];
  const child = spawn(process.env.FRONTDOOR_BIN, ["adviser", "add", name, ...roleArgs], {
    env: { ...process.env, REDIS_URL: redisUrl, DATA_KEY: TEST_DATA_KEY },
  });
  let out = "";
  child.stdout.on("data", (chunk) => { out += chunk; });
  child.stdin.end(`${PASSWORD}\n`);
  const code = await new Promise((resolve) => child.once("exit", resolve));
  assert.equal(code, 0, out);
  return out.match(/secret: ([A-Z2-7]+)/)[1];
}

/** Signs in to the staff console in a new browser context; returns the watched page. */
export async function signInAs(browser, base, name, secret) {
  const watched = await newWatchedPage(browser, base);
  const { page } = watched;
  await page.goto(`${base}/staff`);
  await page.waitForURL(/\/staff\/login$/);
  await page.fill("#name", name);
  await page.fill("#password", PASSWORD);
  await page.fill("#code", totp(secret));
  await page.click("button[type=submit]");
  await page.waitForURL(/\/staff$/);
  return watched;
}

/** An adviser signed in on `base`, on shift in `languages`, with room for `capacity` chats. */
export async function onShift(browser, base, name, secret, languages, capacity) {
  const watched = await signInAs(browser, base, name, secret);
  const { page } = watched;
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(`${base}/staff/chats`);
  await page.check("#status-on-shift");
  await page.fill("#capacity", String(capacity));
  for (const tag of ["en", "ur", "ar", "pl", "sk", "ro"]) {
    if (languages.includes(tag)) await page.check(`#speaks-${tag}`);
    else await page.uncheck(`#speaks-${tag}`);
  }
  await page.getByTestId("save-shift").click();
  await page.waitForURL(/\/staff\/chats$/);
  await page.locator("#desk-status", { hasText: "You are on shift" }).waitFor({ timeout: 10000 });
  return watched;
}

/** Opens the chat from the entry on a page, answers the safety question and starts. */
export async function startChat(page, base, lang) {
  await page.goto(`${base}/${lang}/directory`);
  for (let i = 0; i < 40 && (await page.getByTestId("chat-entry").getAttribute("data-chat")) !== "open"; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
  await page.locator(".chat-entry__link").click();
  await page.waitForURL(new RegExp(`/${lang}/chat$`));
  await page.check("#chat-safe-yes");
  await page.selectOption("#chat-language", lang);
  await page.getByTestId("chat-start-button").click();
  await page.locator("#chat-live").waitFor();
}

/** Opens the tab of the first chat offered to this adviser and accepts it. */
export async function acceptNext(desk) {
  const tab = desk.page.locator("[data-testid=desk-tab]", { hasText: "offered" }).first();
  await tab.waitFor({ timeout: 15000 });
  const chat = await tab.getAttribute("data-chat");
  await tab.click();
  await desk.page.locator(`#panel-${chat} [data-testid=desk-accept]`).click();
  // Accepted: the reply box appears in place of the offer.
  await desk.page.locator(`#panel-${chat} [data-testid=desk-message]`).waitFor();
  return chat;
}
