// Fault drill: one client floods the referral endpoint at 1,000 requests/s while another
// browses. Prints how the flood was answered and the browsing client's latencies.
import { startRedis, startServer } from "../end2end/tests/harness.js";

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const RATE = Number(process.env.FLOOD_RATE || 1000);
const redis = await startRedis();
const server = await startServer(redis.url);
const statuses = {};
const browse = [];
const form = new URLSearchParams({ name: "Flood", "contact-method": "phone", phone: "07700 900000" }).toString();

async function flood(deadline) {
  const pending = [];
  const tick = 10;
  while (Date.now() < deadline) {
    for (let i = 0; i < (RATE * tick) / 1000; i++) {
      pending.push(fetch(`${server.base}/en/refer/self`, {
        method: "POST", redirect: "manual", body: form,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }).then(async (r) => { await r.arrayBuffer(); statuses[r.status] = (statuses[r.status] || 0) + 1; })
        .catch(() => { statuses.error = (statuses.error || 0) + 1; }));
    }
    await new Promise((r) => setTimeout(r, tick));
  }
  await Promise.all(pending);
}

async function browser(deadline) {
  const pages = ["/en", "/en/directory?audience=women", "/pl/refer/self", "/ar/chat"];
  let i = 0;
  while (Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(`${server.base}${pages[i++ % pages.length]}`);
    await response.arrayBuffer();
    browse.push(performance.now() - started);
  }
}

try {
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all([flood(deadline), browser(deadline)]);
  browse.sort((a, b) => a - b);
  const p = (q) => browse[Math.min(browse.length - 1, Math.round((browse.length - 1) * q))].toFixed(1);
  const sent = Object.values(statuses).reduce((a, b) => a + b, 0);
  console.log(`flood: ${sent} referral posts in ${SECONDS} s (${(sent / SECONDS).toFixed(0)}/s): ${JSON.stringify(statuses)}`);
  console.log(`browsing client: ${browse.length} pages, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${browse.at(-1).toFixed(1)} ms`);
} finally {
  await server.stop();
  await redis.stop();
}
