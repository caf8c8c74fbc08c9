// Throughput and latency of server-rendered pages against nginx serving the same HTML bytes
// as static files, side by side in one run, with Debian's wrk at 1, 16 and 64 connections,
// raw and with `Accept-Encoding: br` (nginx then sends the page brotli-compressed ahead of
// time at the quality frontdoor uses on the fly, as a precompressed static file).
// Prints requests/s and p99 for both and the ratio. Run: ./bench/pages-vs-nginx
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import zlib from "node:zlib";
import os from "node:os";
import path from "node:path";
import { freePort, startRedis, startServer } from "../end2end/tests/harness.js";

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS || "1,16,64").split(",").map(Number);
const PAGES = { home: "/en", directory: "/en/directory?audience=women&channel=phone", "referral form": "/en/refer/self" };

const ENCODINGS = (process.env.BENCH_ENCODINGS || "raw,br").split(",");

function wrk(url, connections, encoding) {
  const threads = Math.min(2, connections);
  const header = encoding === "br" ? ["-H", "Accept-Encoding: br"] : [];
  const out = execFileSync("taskset", ["-c", "1", "wrk", "--latency", "-t", String(threads), "-c", String(connections),
    ...header, "-d", `${SECONDS}s`, url], { encoding: "utf8" });
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]);
  const p99 = out.match(/99%\s+([\d.]+)(us|ms|s)/);
  const ms = Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2]];
  const errors = out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? "0";
  return { rps, p99: ms, errors: Number(errors) };
}

const redis = await startRedis();
// Started on core 0, as nginx gets one worker there: pinned only after start, its runtime
// would run two worker threads on the one core.
const server = await startServer(redis.url, { RUST_LOG: "error" }, { cores: "0" });
const root = mkdtempSync(path.join(os.tmpdir(), "frontdoor-nginx-"));
const nginxPort = await freePort();
mkdirSync(path.join(root, "html"));
const files = {};
for (const [name, url] of Object.entries(PAGES)) {
  const html = await (await fetch(server.base + url)).text();
  const file = `${name.replace(/\W+/g, "-")}.html`;
  writeFileSync(path.join(root, "html", file), html);
  writeFileSync(path.join(root, "html", `${file}.br`),
    zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }));
  files[name] = file;
}
writeFileSync(path.join(root, "nginx.conf"), `
worker_processes 1; daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log crit;
events { worker_connections 1024; }
http { access_log off; server_tokens off; gzip off;
  server { listen 127.0.0.1:${nginxPort}; root ${root}/html; default_type text/html;
    location / { add_header Cache-Control no-store; }
    location ~ [.]br$ { default_type text/html; add_header Content-Encoding br; add_header Cache-Control no-store; } } }`);
const nginx = spawn("taskset", ["-c", "0", "nginx", "-c", path.join(root, "nginx.conf"), "-p", root], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
try {
  console.log(`wrk ${SECONDS}s per run; frontdoor and nginx both pinned to core 0, wrk to core 1`);
  console.log("page            enc  conns  frontdoor req/s  p99 ms   nginx req/s  p99 ms   ratio");
  for (const [name, url] of Object.entries(PAGES)) {
    for (const encoding of ENCODINGS) for (const c of CONNECTIONS) {
      const ours = wrk(server.base + url, c, encoding);
      const theirs = wrk(`http://127.0.0.1:${nginxPort}/${files[name]}${encoding === "br" ? ".br" : ""}`, c, encoding);
      console.log(`${name.padEnd(16)}${encoding.padEnd(4)}${String(c).padStart(6)}${ours.rps.toFixed(0).padStart(17)}${ours.p99.toFixed(2).padStart(8)}` +
        `${theirs.rps.toFixed(0).padStart(14)}${theirs.p99.toFixed(2).padStart(8)}${(ours.rps / theirs.rps * 100).toFixed(0).padStart(7)}%` +
        (ours.errors ? `  (${ours.errors} non-2xx)` : ""));
    }
  }
} finally {
  nginx.kill("SIGTERM");
  await server.stop();
  await redis.stop();
  // Its pages and log are only for this run (left behind, the logs of a few runs filled a disk).
  rmSync(root, { recursive: true, force: true });
}
