// Lighthouse mobile scores (performance, accessibility) for home, directory and a referral
// form, against a freshly started frontdoor and Redis, with Debian's Chromium.
import { spawn } from "node:child_process";
import path from "node:path";
import { startRedis, startServer } from "../end2end/tests/harness.js";

const PAGES = ["/en", "/en/directory?audience=women", "/en/refer/self", "/ar", "/en/chat"];
const bin = path.resolve(import.meta.dirname, "lighthouse/node_modules/.bin/lighthouse");

function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [
      url, "--quiet", "--output=json", "--output-path=stdout", "--only-categories=performance,accessibility",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" } });
    let out = "";
    child.stdout.on("data", (c) => { out += c; });
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`lighthouse exited ${code}`))));
  });
}

const redis = await startRedis();
const server = await startServer(redis.url);
try {
  console.log("| page | performance | accessibility | FCP | LCP | TBT | CLS |");
  console.log("|---|---|---|---|---|---|---|");
  for (const page of PAGES) {
    const report = await lighthouse(`${server.base}${page}`);
    const score = (c) => Math.round(report.categories[c].score * 100);
    const audit = (a) => report.audits[a].displayValue;
    console.log(`| \`${page}\` | ${score("performance")} | ${score("accessibility")} | ${audit("first-contentful-paint")} | ${audit("largest-contentful-paint")} | ${audit("total-blocking-time")} | ${audit("cumulative-layout-shift")} |`);
    const failed = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && report.categories.accessibility.auditRefs.some((r) => r.id === a.id));
    for (const a of failed) console.log(`  accessibility: ${a.id}: ${a.title}`);
  }
} finally {
  await server.stop();
  await redis.stop();
}
