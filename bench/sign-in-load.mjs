// Sign-in load: 16 clients sign in at once, over and over (each from its own loopback
// address, with a fresh unknown name each time, so every post reaches argon2 and neither the
// per-address limit nor the lockout cuts the work short), while one client polls /healthz.
// Prints /healthz latency before and during: argon2 runs on the blocking pool, two at a
// time, so pages and sockets should not notice.
import http from "node:http";
import { startRedis, startServer } from "../end2end/tests/harness.js";

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 16);
const redis = await startRedis();
const server = await startServer(redis.url, { STAFF_COOKIE_SECURE: "false" });
const { hostname, port } = new URL(server.base);

/** One request from `localAddress`; resolves with status, headers and body. */
function request(localAddress, method, path, headers = {}, body = "") {
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path, headers, localAddress, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => { text += chunk; });
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const statuses = {};
async function signInLoop(client, deadline) {
  const from = `127.0.1.${client + 1}`;
  let n = 0;
  while (Date.now() < deadline) {
    const form = await request(from, "GET", "/staff/login");
    const cookie = String(form.headers["set-cookie"]).split(";")[0];
    const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
    const body = new URLSearchParams({ name: `load-${client}-${n++}`, password: "not the password", code: "000000", csrf }).toString();
    const answer = await request(from, "POST", "/staff/login", {
      cookie, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body),
    }, body);
    statuses[answer.status] = (statuses[answer.status] || 0) + 1;
    // The per-address limit allows ten posts in six seconds; stay just under it.
    if (answer.status === 429) await new Promise((r) => setTimeout(r, 600));
  }
}

async function healthz(deadline) {
  const times = [];
  while (Date.now() < deadline) {
    const started = performance.now();
    await request("127.0.0.1", "GET", "/healthz");
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 10));
  }
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.round((times.length - 1) * q))].toFixed(1);
  return `${times.length} requests, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${times.at(-1).toFixed(1)} ms`;
}

try {
  const quiet = await healthz(Date.now() + 3000);
  const deadline = Date.now() + SECONDS * 1000;
  const [during] = await Promise.all([healthz(deadline), ...Array.from({ length: CLIENTS }, (_, i) => signInLoop(i, deadline))]);
  const posts = Object.values(statuses).reduce((a, b) => a + b, 0);
  console.log(`/healthz alone: ${quiet}`);
  console.log(`/healthz during ${CLIENTS} parallel sign-ins: ${during}`);
  console.log(`sign-in posts: ${posts} in ${SECONDS} s, answered ${JSON.stringify(statuses)}`);
} finally {
  await server.stop();
  await redis.stop();
}
