// The release archive: made by scripts/package from the build the other tests use, unpacked
// into an empty folder, and started there against Redis with only the environment the
// sample file gives (plus the values an operator fills in). No file of the checkout is used.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { freePort, startRedis, storedReferrals, TEST_DATA_KEY } from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let redis, folder, child, base;

/** The sample environment file's settings, as systemd's EnvironmentFile reads them. */
function sampleEnvironment(file) {
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() && !line.trim().startsWith("#"))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

before(async () => {
  const out = execFileSync("bash", [path.join(ROOT, "scripts/package")], {
    env: { ...process.env, FRONTDOOR_SKIP_BUILD: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const archive = out.trim().split("\n").pop();
  folder = mkdtempSync(path.join(os.tmpdir(), "frontdoor-unpacked-"));
  execFileSync("tar", ["-xzf", archive, "-C", folder]);
  rmSync(archive);
  const [unpacked] = readdirSync(folder);
  folder = path.join(folder, unpacked);

  redis = await startRedis();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = {
    PATH: "/usr/bin:/bin",
    ...sampleEnvironment(path.join(folder, "frontdoor.env.sample")),
    REDIS_URL: redis.url,
    DATA_KEY: TEST_DATA_KEY,
    LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
    RUST_LOG: "warn",
  };
  child = spawn(path.join(folder, "bin/frontdoor"), ["serve"], { cwd: folder, env, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the unpacked frontdoor never became ready");
});

after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await redis?.stop();
  if (folder) rmSync(path.dirname(folder), { recursive: true, force: true });
});

test("the archive holds what the unit and the proxy configuration need", () => {
  for (const file of ["bin/frontdoor", "bin/hash.txt", "site/pkg", "locales/en", "data/services.toml",
    "frontdoor.service", "frontdoor.env.sample", "nginx/frontdoor.conf", "nginx/proxy.conf", "README.md"]) {
    assert.ok(existsSync(path.join(folder, file)), `${file} is in the archive`);
  }
  const help = execFileSync(path.join(folder, "bin/frontdoor"), ["--help"], { encoding: "utf8" });
  assert.match(help, /rekey/);
  const unit = readFileSync(path.join(folder, "frontdoor.service"), "utf8");
  assert.match(unit, /^ExecStart=\/opt\/frontdoor\/bin\/frontdoor serve$/m);
  assert.match(unit, /^EnvironmentFile=\/etc\/frontdoor\/frontdoor\.env$/m);
});

test("unpacked, it serves pages with their built assets, probes and a referral", async () => {
  assert.equal((await fetch(`${base}/healthz`)).status, 200);
  assert.equal((await (await fetch(`${base}/readyz`)).text()).split("\n")[0], "ready");
  const page = await fetch(`${base}/en`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<h1/);
  const assets = [...html.matchAll(/(?:href|src)="(\/pkg\/[^"]+|\/quick-exit\.js)"/g)].map((m) => m[1]);
  assert.ok(assets.some((a) => a.endsWith(".css")), `a stylesheet is linked: ${assets}`);
  for (const asset of assets) {
    assert.equal((await fetch(`${base}${asset}`)).status, 200, asset);
  }
  const form = new URLSearchParams({
    "submission-id": "7d1f0c7e-2b1a-4c3d-9e8f-0a1b2c3d4e5f",
    name: "Packaged Test",
    "contact-method": "phone",
    phone: "07700 900222",
  });
  const sent = await fetch(`${base}/en/refer/self`, { method: "POST", body: form, redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded" } });
  assert.equal(sent.status, 303);
  assert.equal(await storedReferrals(redis.port), 1);
});
