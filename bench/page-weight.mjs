// Page weight: bytes of each page's HTML and CSS, raw and as sent compressed (br and gzip),
// plus the script and wasm that load after the first view. Prints a table; asserts nothing.
// Run: ./bench/page-weight  (builds first, starts its own Redis and server)
import http from "node:http";
import { startRedis, startServer, LANGUAGES, PAGES } from "../end2end/tests/harness.js";

function fetchBytes(url, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { "accept-encoding": encoding } : {};
    http.get(url, { headers }, (response) => {
      let size = 0;
      let body = "";
      response.on("data", (chunk) => {
        size += chunk.length;
        if (!encoding) body += chunk;
      });
      response.on("end", () => resolve({ size, body, encoding: response.headers["content-encoding"] ?? "identity" }));
    }).on("error", reject);
  });
}

const kib = (n) => (n / 1024).toFixed(1);
const redis = await startRedis();
const server = await startServer(redis.url);
try {
  const rows = [];
  let assets;
  for (const lang of process.env.BENCH_ALL_LANGUAGES ? LANGUAGES : ["en", "ar"]) {
    for (const page of PAGES) {
      const url = `${server.base}/${lang}${page}`;
      const raw = await fetchBytes(url);
      const br = await fetchBytes(url, "br");
      const gzip = await fetchBytes(url, "gzip");
      const css = raw.body.match(/href="(\/pkg\/[^"]+\.css)"/)?.[1];
      const js = raw.body.match(/href="(\/pkg\/[^"]+\.js)"/)?.[1];
      const wasm = raw.body.match(/href="(\/pkg\/[^"]+\.wasm)"/)?.[1];
      if (!assets) {
        assets = {};
        for (const [name, path] of Object.entries({ css, js, wasm, "quick-exit.js": "/quick-exit.js" })) {
          assets[name] = { raw: (await fetchBytes(server.base + path)).size, br: (await fetchBytes(server.base + path, "br")).size };
        }
      }
      const firstView = br.size + assets.css.br + assets["quick-exit.js"].br;
      rows.push({ page: `/${lang}${page}`, html: raw.size, htmlBr: br.size, htmlGzip: gzip.size, firstView });
    }
  }
  console.log("page                          HTML KiB  br KiB  gzip KiB  first view br KiB (HTML+CSS+quick-exit.js)");
  for (const r of rows) {
    console.log(`${r.page.padEnd(30)}${kib(r.html).padStart(8)}${kib(r.htmlBr).padStart(8)}${kib(r.htmlGzip).padStart(10)}${kib(r.firstView).padStart(12)}`);
  }
  console.log("\nshared assets                 raw KiB   br KiB");
  for (const [name, a] of Object.entries(assets)) {
    console.log(`${name.padEnd(30)}${kib(a.raw).padStart(8)}${kib(a.br).padStart(8)}`);
  }
  const worst = Math.max(...rows.map((r) => r.firstView));
  console.log(`\nlargest first view before wasm: ${kib(worst)} KiB compressed (target ≤ 30 KiB)`);
} finally {
  await server.stop();
  await redis.stop();
}
