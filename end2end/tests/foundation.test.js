// The home page loads, hydrates, and breaks no Content-Security-Policy rule.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { newWatchedPage, startAll } from "./harness.js";

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.stop(); });

test("home page loads, hydrates and shows no CSP violation", async () => {
  const { page, consoleErrors, foreignRequests, context } = await newWatchedPage(env.browser, env.server.base);
  const response = await page.goto(`${env.server.base}/en`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()["content-security-policy"], /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+ 'wasm-unsafe-eval';/);
  await page.waitForLoadState("networkidle");

  // The island is interactive only once the wasm bundle has hydrated it.
  const alert = page.getByTestId("safe-now-alert");
  assert.equal(await alert.isVisible(), false);
  await page.waitForFunction(() => document.querySelector("leptos-island") !== null);
  await page.getByTestId("safe-now-no").click();
  await alert.waitFor({ state: "visible", timeout: 10000 });
  assert.equal(new URL(page.url()).hash, "", "handled in place, not by following the link");
  assert.match(await alert.textContent(), /999/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "safe-now-alert");

  const csp = consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
  assert.deepEqual(csp, [], "no CSP violations");
  assert.deepEqual(consoleErrors, [], "no console errors");
  assert.deepEqual(foreignRequests, [], "nothing requested from another host");
  await context.close();
});

test("a page without an island loads no wasm and runs no inline script", async () => {
  const { page, consoleErrors, context } = await newWatchedPage(env.browser, env.server.base);
  const loaded = [];
  page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
  const response = await page.goto(`${env.server.base}/en/directory`);
  assert.doesNotMatch(response.headers()["content-security-policy"], /wasm-unsafe-eval|nonce/);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(loaded.filter((path) => path.startsWith("/pkg/") && !path.endsWith(".css")), [], "no wasm, no hydration script");
  assert.ok(loaded.includes("/quick-exit.js"), "the quick exit still loads");
  // The quick exit is on the page (its behaviour is tested in quick-exit.test.js).
  assert.equal(await page.locator("[data-quick-exit]").first().isVisible(), true);
  assert.deepEqual(consoleErrors, [], "no console errors");
  await context.close();
});

test("without JavaScript the 'not safe' answer jumps to the emergency options", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  await page.goto(`${env.server.base}/en`);
  await page.getByTestId("safe-now-no").click();
  assert.equal(new URL(page.url()).hash, "#emergency");
  assert.equal(await page.locator("#emergency").isVisible(), true);
  await context.close();
});
