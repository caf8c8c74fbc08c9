// Test harness: a private redis-server and the release build of frontdoor on free ports,
// and Debian's Chromium driven by playwright-core. Nothing here reaches another host: the
// neutral quick-exit page is answered by the browser itself (page.route).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const NEUTRAL_URL = "https://neutral.test/weather";
export const LANGUAGES = ["en", "ur", "ar", "pl", "sk", "ro"];
export const RTL = new Set(["ur", "ar"]);
export const PAGES = [
  "",
  "/directory",
  "/is-this-abuse",
  "/browse-safely",
  "/safe-accommodation",
  "/your-behaviour",
  "/professionals",
  "/refer",
  "/refer/self",
  "/refer/professional",
  "/refer/friend-or-family",
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

export async function startServer(redisUrl, env = {}) {
  const port = await freePort();
  const bin = process.env.FRONTDOOR_BIN;
  if (!bin) throw new Error("FRONTDOOR_BIN is not set: run the tests with scripts/test");
  const child = spawn(bin, [], {
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
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
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
  return Number(await redisCli(port, "XLEN", "referrals:intake")) || 0;
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
