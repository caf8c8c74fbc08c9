// Two instances behind Debian's nginx, run with the reference proxy settings themselves
// (deploy/nginx/proxy.conf): pages and probes pass through unchanged, a referral is stored,
// rate limits still tell two clients apart (and ignore a forged X-Forwarded-For), staff
// forms and both chat sockets work through it, and a chat survives an instance restarting.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import {
  acceptNext, addAdviserTo, freePort, launchBrowser, newWatchedPage, onShift, startChat, startRedis, startServer,
  storedReferrals,
} from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";
// Per instance: nginx spreads posts over both, so one client gets at most twice this.
const ENV = { TRUSTED_PROXIES: "127.0.0.1/32", REFERRAL_POSTS_PER_MINUTE: "3", STAFF_COOKIE_SECURE: "false" };
let redis, instances, nginx, dir, proxy, browser;

function nginxConfig(port, upstreams) {
  // Workers run as whoever runs the test, so they can use the temporary folders.
  return `user ${os.userInfo().username};
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream frontdoor {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 16;
  }
  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
  server {
    listen 127.0.0.1:${port};
    location / { include ${ROOT}/deploy/nginx/proxy.conf; }
  }
}
`;
}

before(async () => {
  redis = await startRedis();
  instances = [await startServer(redis.url, ENV), await startServer(redis.url, ENV)];
  dir = mkdtempSync(path.join(os.tmpdir(), "frontdoor-nginx-"));
  const port = await freePort();
  const upstreams = instances.map((i) => new URL(i.base).host);
  writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(port, upstreams));
  nginx = spawn(NGINX, ["-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`, "-g", "daemon off;"], { stdio: "inherit" });
  proxy = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${proxy}/healthz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.once("exit", r));
    nginx.kill("SIGQUIT");
    await exited;
  }
  for (const instance of instances ?? []) await instance.stop().catch(() => {});
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A referral post from the loopback address `from`, as nginx sees that client. */
function referFrom(from, n, headers = {}) {
  const body = new URLSearchParams({
    "submission-id": `3f0e6a52-9c1d-4b7e-8a2f-${String(n).padStart(12, "0")}`,
    name: `Client ${n}`, "contact-method": "phone", phone: "07700 900333",
  }).toString();
  const url = new URL(`${proxy}/en/refer/self`);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: url.hostname, port: url.port, path: url.pathname, method: "POST", localAddress: from,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), ...headers },
    }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("error", reject);
    request.end(body);
  });
}

test("pages and probes pass through the proxy with frontdoor's own headers and compression", async () => {
  const page = await fetch(`${proxy}/en`, { headers: { "accept-encoding": "br" } });
  assert.equal(page.status, 200);
  assert.equal(page.headers.get("content-encoding"), "br", "compressed by frontdoor, not re-encoded");
  assert.match(page.headers.get("content-security-policy") ?? "", /'sha256-/);
  assert.equal(page.headers.get("cache-control"), "no-store");
  assert.match(await page.text(), /<h1/);
  assert.equal((await (await fetch(`${proxy}/readyz`)).text()).split("\n")[0], "ready");
});

test("behind the proxy, rate limits tell two clients apart and a forged X-Forwarded-For changes nothing", async () => {
  const statuses = [];
  for (let n = 0; n < 8; n++) {
    // Each post claims to come from somewhere new; nginx replaces the header.
    statuses.push(await referFrom("127.0.0.2", n, { "x-forwarded-for": `198.51.100.${n}` }));
  }
  const accepted = statuses.filter((s) => s === 303).length;
  assert.ok(accepted >= 3 && accepted <= 6, `3 per instance at most: ${statuses}`);
  assert.ok(statuses.slice(6).every((s) => s === 429), `the flood is refused: ${statuses}`);
  assert.equal(await referFrom("127.0.0.3", 100), 303, "another client is not held back by the first");
  assert.equal(await storedReferrals(redis.port), accepted + 1);
});

test("staff sign-in and both chat sockets work through the proxy, and a chat survives an instance restart", async () => {
  const secret = await addAdviserTo(redis.url, "pat");
  const desk = await onShift(browser, proxy, "pat", secret, ["en"], 2);
  const visitor = await newWatchedPage(browser, proxy);
  visitor.page.on("dialog", (dialog) => dialog.accept());
  await startChat(visitor.page, proxy, "en");
  const chat = await acceptNext(desk);
  const panel = desk.page.locator(`#panel-${chat}`);
  await visitor.page.fill("#chat-message", "hello through the proxy");
  await visitor.page.getByTestId("chat-send").click();
  await panel.locator("[data-testid=desk-log] li", { hasText: "hello through the proxy" }).waitFor();

  // One instance is replaced (stopped, then started on the same address) mid-chat: its
  // SIGTERM drains it (both sockets are asked to reconnect, README "Upgrades"), both sides
  // resume through nginx and nothing is lost.
  const [first] = instances;
  const address = new URL(first.base).host;
  await first.stop();
  instances[0] = await startServer(redis.url, { ...ENV, LEPTOS_SITE_ADDR: address });
  await visitor.page.fill("#chat-message", "still here after the restart");
  await visitor.page.getByTestId("chat-send").click();
  await panel.locator("[data-testid=desk-log] li", { hasText: "still here after the restart" }).waitFor({ timeout: 20000 });
  await panel.getByTestId("desk-message").fill("so am I");
  await panel.getByTestId("desk-send").click();
  await visitor.page.locator("[data-testid=chat-log] li.chat-line--adviser", { hasText: "so am I" }).waitFor({ timeout: 20000 });
  assert.deepEqual([...visitor.foreignRequests, ...desk.foreignRequests], []);
  await visitor.context.close();
  await desk.context.close();
});
