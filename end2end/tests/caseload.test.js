// Caseloads and callbacks with two advisers on two instances of one Redis: a person gives
// safe days and times (a mistake is explained in their language, nothing typed is lost),
// an adviser takes the referral on, schedules a callback inside and outside those times,
// hands it over to a colleague on the other instance, and an overdue callback rises to
// the top of the colleague's cases and shows on the queue row.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  addAdviserTo, axeViolations, launchBrowser, newWatchedPage, redisCli, signInAs, startRedis, startServer,
} from "./harness.js";

const ENV = { STAFF_COOKIE_SECURE: "false" };
let redis, a, b, browser;

before(async () => {
  redis = await startRedis();
  [a, b] = [await startServer(redis.url, ENV), await startServer(redis.url, ENV)];
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await a?.stop();
  await b?.stop();
  await redis?.stop();
});

/** A date `days` from today in the UK, as a date field takes it. */
function ukDate(days) {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(at);
}

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Sends a Polish self-referral, safe every day from 09:00 to 12:00, with or without
 * JavaScript; the first try may end before it starts. */
async function refer(name, phone, { firstTryWrong, javaScript }) {
  const visitor = await newWatchedPage(browser, a.base, { javaScriptEnabled: javaScript });
  const { page } = visitor;
  await page.goto(`${a.base}/pl/refer/self`);
  await page.fill("#field-name", name);
  await page.check("#field-contact-method");
  await page.fill("#field-phone", phone);
  for (const day of DAYS) await page.check(`#field-safe-day-${day}`);
  await page.fill("#field-safe-times", "nie po 18");
  if (firstTryWrong) {
    await page.selectOption("#field-safe-from-1", "12:00");
    await page.selectOption("#field-safe-until-1", "09:00");
    await page.click("button[type=submit]");
    await page.getByTestId("error-summary").waitFor();
    assert.match(await page.getByTestId("error-summary").textContent(), /Godzina końca musi być późniejsza/);
    assert.equal(await page.inputValue("#field-safe-from-1"), "12:00", "the choice is kept");
    assert.equal(await page.inputValue("#field-name"), name);
    assert.equal(await page.isChecked("#field-safe-day-wed"), true);
    assert.equal(await page.inputValue("#field-safe-times"), "nie po 18");
    // axe runs in the page, so only where the page runs scripts.
    if (javaScript) assert.deepEqual(await axeViolations(page), []);
  }
  await page.selectOption("#field-safe-from-1", "09:00");
  await page.selectOption("#field-safe-until-1", "12:00");
  await page.click("button[type=submit]");
  await page.waitForURL(/\/sent$/);
  await visitor.context.close();
}

async function claimNextAndTakeOn(page, base) {
  await page.goto(`${base}/staff`);
  await page.getByTestId("queue-row").first().waitFor({ timeout: 15000 });
  await page.getByTestId("claim-next").click();
  await page.waitForURL(/\/staff\/referral\//);
  const id = page.url().split("/").pop();
  await page.getByTestId("take-on").click();
  await page.getByTestId("in-caseload").waitFor();
  return id;
}

async function scheduleCallback(page, date, time, reason) {
  await page.fill("#callback-date", date);
  await page.fill("#callback-time", time);
  if (reason) {
    await page.check("#callback-confirm");
    await page.fill("#callback-reason", reason);
  }
  await page.getByTestId("schedule-callback").click();
}

test("take on, callbacks at safe times, hand over across instances, an overdue callback rises", async () => {
  const amiraSecret = await addAdviserTo(redis.url, "amira", "adviser");
  const benSecret = await addAdviserTo(redis.url, "ben", "adviser");
  await refer("Ola", "07700 900701", { firstTryWrong: true, javaScript: false });
  await refer("Ewa", "07700 900702", { firstTryWrong: true, javaScript: true });

  const amira = await signInAs(browser, a.base, "amira", amiraSecret);
  const first = await claimNextAndTakeOn(amira.page, a.base);
  assert.match(await amira.page.getByTestId("safe-windows").textContent(), /Mon, Tue, Wed, Thu, Fri, Sat, Sun 09:00–12:00 \(UK time\)/);
  await amira.page.goto(`${a.base}/staff/cases`);
  assert.equal(await amira.page.getByTestId("case-row").getAttribute("data-referral"), first);

  // Inside the safe times: accepted at once.
  await amira.page.goto(`${a.base}/staff/referral/${first}`);
  await scheduleCallback(amira.page, ukDate(1), "10:30");
  await amira.page.waitForURL(new RegExp(`/staff/referral/${first}$`));
  assert.match(await amira.page.getByTestId("next-callback").textContent(), /10:30 (GMT|BST)/);
  // Outside them: refused with what was typed kept, then accepted with a confirmed reason.
  await scheduleCallback(amira.page, ukDate(2), "19:00");
  assert.match(await amira.page.getByTestId("action-problem").textContent(), /outside the person's safe times/);
  assert.equal(await amira.page.inputValue("#callback-time"), "19:00");
  // The next safe time: 09:00 on a later day, or now while today's window is open.
  const nextSafe = (await amira.page.getByTestId("next-safe").textContent()).match(/(\d\d):(\d\d) (GMT|BST)/);
  assert.ok(nextSafe && Number(nextSafe[1]) >= 9 && Number(nextSafe[1]) < 12, `inside 09:00–12:00: ${nextSafe}`);
  await scheduleCallback(amira.page, ukDate(2), "19:00", "She asked for an evening call");
  await amira.page.waitForURL(new RegExp(`/staff/referral/${first}$`));
  assert.match(await amira.page.getByTestId("next-callback").textContent(), /19:00 .*outside their safe times/);
  assert.match(await amira.page.getByTestId("notes").textContent(), /She asked for an evening call/);

  // Hand over to Ben, who works on the other instance.
  await amira.page.fill("#hand-over-to", "ben");
  await amira.page.fill("#hand-over-note", "Evening call agreed; speak Polish");
  await amira.page.getByTestId("hand-over").click();
  await amira.page.waitForURL(/\/staff\/cases$/);
  await amira.page.getByTestId("no-cases").waitFor();
  assert.deepEqual(await axeViolations(amira.page), []);

  const ben = await signInAs(browser, b.base, "ben", benSecret);
  const second = await claimNextAndTakeOn(ben.page, b.base);
  // Earlier than the handed-over callback (day 2, 19:00), so it lists first until that one is overdue.
  await scheduleCallback(ben.page, ukDate(1), "11:00");
  await ben.page.waitForURL(new RegExp(`/staff/referral/${second}$`));
  await ben.page.goto(`${b.base}/staff/referral/${first}`);
  assert.match(await ben.page.getByTestId("notes").textContent(), /Handed over from amira to ben: Evening call agreed; speak Polish/);

  // The handed-over callback's time passes (as a clock would leave it): it rises to the top.
  await ben.page.goto(`${b.base}/staff/cases`);
  let order = await ben.page.getByTestId("case-row").evaluateAll((rows) => rows.map((r) => r.dataset.referral));
  assert.deepEqual(order, [second, first], "by time while nothing is due");
  await redisCli(redis.port, "HSET", `{triage}:referral:${first}`, "callback", String(Date.now() - 3_600_000));
  await ben.page.reload();
  order = await ben.page.getByTestId("case-row").evaluateAll((rows) => rows.map((r) => r.dataset.referral));
  assert.deepEqual(order, [first, second]);
  assert.match(await ben.page.getByTestId("case-due").first().textContent(), /Overdue/);
  assert.deepEqual(await axeViolations(ben.page), []);
  await ben.page.goto(`${b.base}/staff`);
  const row = ben.page.locator(`[data-testid=queue-row][data-referral="${first}"]`);
  await row.waitFor();
  assert.match(await row.getByTestId("row-callback").textContent(), /Callback overdue/);
  assert.match(await row.getByTestId("row-attempts").textContent(), /No attempts yet/);
  await amira.context.close();
  await ben.context.close();
});
