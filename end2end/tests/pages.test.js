// Every page in every language: works without JavaScript, right direction, axe-core clean,
// nothing fetched from another host, and a keyboard walk with visible focus.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { HELP_PAGES, LANGUAGES, PAGES, RTL, newWatchedPage, startAll } from "./harness.js";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.stop(); });

test("every page works with JavaScript off, in every language", async () => {
  const { page, context, foreignRequests } = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  for (const lang of LANGUAGES) {
    for (const path of PAGES) {
      const response = await page.goto(`${env.server.base}/${lang}${path}`);
      assert.equal(response.status(), 200, `${lang}${path}`);
      assert.equal(await page.getAttribute("html", "lang"), lang);
      assert.equal(await page.getAttribute("html", "dir"), RTL.has(lang) ? "rtl" : "ltr");
      assert.equal(await page.locator("main h1").count(), 1, `${lang}${path}: one h1`);
      assert.ok((await page.locator("main h1").textContent()).trim().length > 0);
      assert.equal(await page.locator(".quick-exit__button").count(), 1);
      // The picker lists each language in its own name and keeps the page.
      const picker = page.locator(".language-picker a");
      assert.equal(await picker.count(), LANGUAGES.length);
      for (const other of LANGUAGES) {
        assert.equal(await page.locator(`.language-picker a[lang="${other}"]`).getAttribute("href"), `/${other}${path}`);
      }
    }
  }
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test("the directory filters with a plain GET form and keeps the filter across languages", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  await page.goto(`${env.server.base}/en/directory`);
  const all = await page.locator(".service").count();
  assert.ok(all >= 10, `at least the seed services (${all})`);
  await page.check("#audience-men");
  await page.check("#channel-phone");
  await page.locator(".filters button[type=submit]").click();
  await page.waitForURL(/audience=men/);
  const filtered = await page.locator(".service").count();
  assert.ok(filtered > 0 && filtered < all, `filtered ${filtered} of ${all}`);
  assert.ok(await page.isChecked("#audience-men"), "the choice stays ticked");
  const names = await page.locator(".service h2").allTextContents();
  assert.ok(names.some((n) => /Men's Advice Line/.test(n)), names.join(", "));
  // Every listed service shows whether it is open and how to reach it.
  for (const card of await page.locator(".service").all()) {
    assert.ok((await card.locator(".status").textContent()).trim().length > 0);
    assert.ok((await card.locator(".service__contacts a").count()) > 0);
  }
  const tel = await page.locator(".service__contacts a[href^='tel:']").first().getAttribute("href");
  assert.match(tel, /^tel:\+?[0-9]+$/);
  const polish = await page.locator('.language-picker a[lang="pl"]').getAttribute("href");
  assert.match(polish, /^\/pl\/directory\?.*audience=men/);
  await context.close();
});

test("axe-core finds no WCAG A/AA violations on any page in any language", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base);
  const failures = [];
  for (const lang of LANGUAGES) {
    for (const path of PAGES) {
      await page.goto(`${env.server.base}/${lang}${path}`);
      await page.addScriptTag({ content: AXE_SOURCE }).catch(async () => {
        // The page's CSP forbids injected inline scripts; evaluate instead.
        await page.evaluate(AXE_SOURCE);
      });
      const result = await page.evaluate(async () =>
        // eslint-disable-next-line no-undef
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
      );
      for (const v of result.violations) {
        failures.push(`${lang}${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
      }
    }
  }
  assert.deepEqual(failures, []);
  await context.close();
});

test("a keyboard-only walk reaches every control in order with a visible focus", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base);
  // The help pages in every language (right-to-left too); the others in English.
  const walks = [["en", ""], ["en", "/directory"], ...LANGUAGES.flatMap((lang) => HELP_PAGES.map((p) => [lang, p]))];
  for (const [lang, path] of walks) {
    await page.goto(`${env.server.base}/${lang}${path}`);
    await page.waitForLoadState("networkidle");
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")]
        .filter((el) => !el.closest("[hidden]") && el.getClientRects().length > 0 || el.classList.contains("skip-link"))
        .length,
    );
    const seen = new Set();
    const invisible = [];
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const target = el.matches("input[type=checkbox]") ? el : el;
        const ts = getComputedStyle(target);
        const visible = ts.outlineStyle !== "none" && ts.outlineWidth !== "0px"
          || ts.boxShadow !== "none"
          || style.backgroundColor === "rgb(255, 221, 0)";
        if (!el.dataset.walkId) el.dataset.walkId = String(Math.random());
        return { id: el.dataset.walkId, tag: el.tagName, text: (el.textContent || el.name || "").trim().slice(0, 30), visible };
      });
      if (!info) continue;
      if (!info.visible) invisible.push(`${info.tag} ${info.text}`);
      seen.add(info.id);
    }
    assert.ok(seen.size >= expected, `${lang}${path}: reached ${seen.size} of ${expected} controls`);
    assert.deepEqual(invisible, [], `${lang}${path}: focus visible on every control`);
  }
  await context.close();
});
