// On a small phone the help comes first: in every language the quick exit, the page's
// heading, "Are you safe right now?" and a helpline number to tap are on the first screen,
// because the language list and the menu fold into disclosures that work without
// JavaScript, by keyboard, and right to left.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LANGUAGES, RTL, axeViolations, newWatchedPage, startAll } from "./harness.js";

const PHONE = { width: 360, height: 640 };

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.stop(); });

/** Where `selector`'s first match sits, and whether it is what a tap at its centre reaches. */
async function placement(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: box.height,
      text: el.textContent.trim().slice(0, 60),
      reachable: hit !== null && (hit === el || el.contains(hit)),
    };
  }, selector);
}

function assertOnFirstScreen(where, what, box) {
  assert.ok(box, `${where}: ${what} is on the page`);
  const inside = box.top >= 0 && box.left >= 0 && box.bottom <= PHONE.height && box.right <= PHONE.width;
  assert.ok(inside, `${where}: ${what} "${box.text}" lies within ${PHONE.width}×${PHONE.height}: ${JSON.stringify(box)}`);
  assert.ok(box.reachable, `${where}: ${what} "${box.text}" is not covered by anything`);
}

test("the help is on the first screen of a 360 × 640 phone in every language", async () => {
  const { page, context, consoleErrors } = await newWatchedPage(env.browser, env.server.base, {
    viewport: PHONE, isMobile: true, hasTouch: true,
  });
  const failures = [];
  for (const lang of LANGUAGES) {
    await page.goto(`${env.server.base}/${lang}`);
    await page.waitForLoadState("networkidle");
    const where = `/${lang}`;
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${where}: nothing sticks out sideways`,
    );
    assertOnFirstScreen(where, "quick exit", await placement(page, ".quick-exit__button"));
    assertOnFirstScreen(where, "heading", await placement(page, "main h1"));
    assertOnFirstScreen(where, "are you safe", await placement(page, "#safe-now-question"));
    // A helpline (not 999, which has its own place) as a link a thumb can hit.
    const helpline = 'main a[href^="tel:"]:not([href="tel:999"])';
    const tel = await placement(page, helpline);
    assertOnFirstScreen(where, "helpline number", tel);
    assert.ok(tel.height >= 24, `${where}: the number is at least 24px tall (${tel.height})`);
    // Folded: the menu and the languages are buttons, their links hidden until opened.
    assert.equal(await page.locator(".site-nav summary").isVisible(), true, `${where}: menu button`);
    assert.equal(await page.locator(".language-picker summary").isVisible(), true, `${where}: language button`);
    assert.equal(await page.locator(".site-nav a").first().isVisible(), false, `${where}: menu folded`);
    assert.equal(await page.locator(".language-picker a").first().isVisible(), false, `${where}: languages folded`);
    // axe-core clean folded, and with each disclosure open over the page.
    failures.push(...await axeViolations(page));
    for (const fold of [".site-nav", ".language-picker"]) {
      await page.locator(`${fold} summary`).click();
      assert.equal(await page.locator(`${fold} a`).first().isVisible(), true, `${where}: ${fold} opens`);
      failures.push(...(await axeViolations(page)).map((v) => `${fold} open: ${v}`));
      await page.locator(`${fold} summary`).click();
    }
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

/** Presses Tab until `selector` has the focus; fails after `limit` presses. */
async function tabTo(page, selector, limit = 20) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

for (const lang of ["en", "ar"]) {
  test(`the folded menu and language list open with the keyboard, without JavaScript (${lang})`, async () => {
    const { page, context } = await newWatchedPage(env.browser, env.server.base, {
      viewport: PHONE, javaScriptEnabled: false,
    });
    await page.goto(`${env.server.base}/${lang}/directory`);
    assert.equal(await page.getAttribute("html", "dir"), RTL.has(lang) ? "rtl" : "ltr");
    const menu = page.locator(".site-nav details");
    const languages = page.locator(".language-picker details");

    // The menu button: Enter opens it, its links follow it in the tab order and lie on
    // the screen, the current page is marked, and Enter on the button closes it again.
    await tabTo(page, ".site-nav summary");
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "SUMMARY", "a native disclosure");
    await page.keyboard.press("Enter");
    assert.equal(await menu.evaluate((d) => d.open), true, "Enter opens the menu");
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      return { inNav: el.closest(".site-nav") !== null, left: box.left, right: box.right, bottom: box.bottom, tag: el.tagName };
    });
    assert.ok(first.inNav && first.tag === "A", `focus moved into the menu: ${JSON.stringify(first)}`);
    assert.ok(first.left >= 0 && first.right <= PHONE.width && first.bottom <= PHONE.height, JSON.stringify(first));
    assert.equal(await page.locator('.site-nav a[aria-current="page"]').isVisible(), true);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    assert.equal(await menu.evaluate((d) => d.open), false, "Enter closes it again");

    // The language button: Space opens it; the panel lies within the screen in either direction.
    await page.keyboard.press("Shift+Tab");
    assert.ok(await page.evaluate(() => document.activeElement.matches(".language-picker summary")));
    await page.keyboard.press("Space");
    assert.equal(await languages.evaluate((d) => d.open), true, "Space opens the languages");
    for (const link of await page.locator(".language-picker a").all()) {
      const box = await link.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${await link.textContent()}: ${JSON.stringify(box)}`);
    }
    await page.keyboard.press("Tab");
    assert.ok(await page.evaluate(() => document.activeElement.closest(".language-picker a") !== null));
    await context.close();
  });
}

test("on a wide screen the menu and languages show open, with no buttons", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.server.base}/ur`);
  assert.equal(await page.locator(".site-nav summary").isVisible(), false);
  assert.equal(await page.locator(".site-nav a").count(), await page.locator(".site-nav a:visible").count());
  assert.equal(await page.locator(".language-picker a:visible").count(), 6);
  const question = await placement(page, "#safe-now-question");
  assert.ok(question.top >= 0 && question.bottom <= 800 && question.reachable, JSON.stringify(question));
  await context.close();
});

test("the footer says what a visit leaves behind and links to browsing safely", async () => {
  const { page, context } = await newWatchedPage(env.browser, env.server.base, { javaScriptEnabled: false });
  for (const lang of LANGUAGES) {
    await page.goto(`${env.server.base}/${lang}`);
    const footer = page.getByTestId("footer-traces");
    assert.equal(await footer.locator(`a[href="/${lang}/browse-safely"]`).count(), 1, lang);
    const text = await footer.textContent();
    assert.doesNotMatch(text, /not recorded|nie jest zapisywana|nikde nezaznamená|nu este înregistrată|لا تُسجَّل|ریکارڈ نہیں/, lang);
  }
  await page.goto(`${env.server.base}/en`);
  assert.match(await page.getByTestId("footer-traces").textContent(), /history/);
  assert.match(await page.getByTestId("footer-traces").textContent(), /private or incognito window/);
  await context.close();
});
