// The kiosk in Chromium at 1080×1920 as people meet it: a wheelchair user asks for priority and the ground floor;
// the printable ticket has its way back and, once printed, the kiosk is back at the start; an idle screen goes
// back to the start by itself (the browser's clock is driven by the test, nothing waits for real time); the
// booking code is typed on the screen's own keyboard, and without JavaScript in the plain field.
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { openAllDay, registerDevice } from '../support/queue.ts';

describe('the kiosk in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let kiosk: { id: number; token: string };
  const contexts: BrowserContext[] = [];

  before(async () => {
    // The pages load their scripts from dist/public/js.
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer();
    await openAllDay(server.db);
    kiosk = await registerDevice(server.db, 'kiosk');
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  });

  async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.kiosk, locale: 'pl-PL', ...options });
    contexts.push(context);
    await context.addCookies([{ name: 'okienko_urzadzenie', value: kiosk.token, url: server.url }]);
    return context.newPage();
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], name);
    await screenshot(page, name);
  }

  it('gives a wheelchair user a priority ticket served on the ground floor, and says both on the ticket', async () => {
    const page = await open();
    await page.goto(`${server.url}/kiosk`);
    await page.getByRole('link', { name: 'Potrzebuję pierwszeństwa' }).click();
    await page.getByRole('link', { name: 'Ograniczona sprawność ruchowa' }).click();
    await page.waitForURL(/\/kiosk\/parter\?/);
    await noViolations(page, 'kiosk-ground-floor-question');
    await page.getByRole('link', { name: /obsłużcie mnie na parterze/ }).click();
    assert.match(await page.locator('.kiosk__banner--choice').innerText(), /Obsługa na parterze/);
    await page.getByRole('link', { name: /Referat Podatków/ }).click();
    await page.waitForURL(/\/kiosk\/wydzial\//);
    await noViolations(page, 'kiosk-unit-ground-floor');
    await page.locator('.kiosk__choice button').first().click();
    await page.waitForURL(/\/kiosk\/bilet\/[A-Z0-9]{12}$/);
    assert.match(await page.locator('[data-field="care"]').innerText(), /poza kolejnością \(Ograniczona sprawność ruchowa\), na parterze/);
    assert.match(await page.locator('[data-field="where"]').innerText(), /parter — urzędnik zejdzie do Ciebie/);
    await noViolations(page, 'kiosk-ticket-ground-floor');

    // The printable ticket says it too, and has its way back to the ticket's screen.
    await page.getByRole('link', { name: 'Bilet do wydruku' }).click();
    assert.deepEqual(await page.locator('.print-ticket__care').allInnerTexts(), [
      'Poza kolejnością: Ograniczona sprawność ruchowa',
      'Obsługa na parterze',
    ]);
    await noViolations(page, 'kiosk-print-ground-floor');
    await page.getByRole('link', { name: /Wróć do biletu/ }).click();
    await page.waitForURL(/\/kiosk\/bilet\/[A-Z0-9]{12}$/);
    // Once printed through the browser, the kiosk is back at the start at once.
    await page.getByRole('link', { name: 'Bilet do wydruku' }).click();
    await page.locator('[data-print]').waitFor();
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.waitForURL(`${server.url}/kiosk`);
  });

  it('goes back to the start after the screen’s idle time, warning first, and a touch starts the count again', async () => {
    const page = await open();
    await page.clock.install();
    await page.goto(`${server.url}/kiosk/pierwszenstwo`);
    const idle = Number(await page.locator('body').getAttribute('data-idle-seconds'));
    assert.ok(idle > 10, 'the screen names its idle time');
    const notice = page.locator('[data-idle-notice]');
    await page.clock.runFor((idle - 5) * 1000);
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /\d/);
    // A touch: the warning goes, the count starts again.
    await page.mouse.click(540, 1500);
    assert.equal(await notice.isHidden(), true);
    await page.clock.runFor((idle - 15) * 1000);
    assert.match(page.url(), /\/kiosk\/pierwszenstwo$/);
    await page.clock.runFor(16_000);
    await page.waitForURL(`${server.url}/kiosk`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
  });

  it('types the booking code on the screen’s own keys, the dash put in by itself', async () => {
    const page = await open();
    await page.goto(`${server.url}/kiosk/rezerwacja`);
    const keyboard = page.getByRole('group', { name: /klawiatura/i });
    await keyboard.waitFor();
    for (const key of 'K7QX3M9P') await keyboard.getByRole('button', { name: key, exact: true }).click();
    assert.equal(await page.locator('#code').inputValue(), 'K7QX-3M9P');
    await keyboard.getByRole('button', { name: /Usuń znak/ }).click();
    assert.equal(await page.locator('#code').inputValue(), 'K7QX-3M9');
    await noViolations(page, 'kiosk-check-in-keyboard');
    await keyboard.getByRole('button', { name: 'Wyczyść' }).click();
    assert.equal(await page.locator('#code').inputValue(), '');
    // "Wstecz" at the foot of the screen, clear of the tiles above it.
    const back = await page.getByRole('link', { name: 'Wstecz' }).boundingBox();
    const submit = await page.getByRole('button', { name: 'Pobierz bilet' }).boundingBox();
    assert.ok(back && submit && back.y > submit.y + submit.height + 24, 'Wstecz is apart from the tile above');
  });

  it('keeps the plain field without JavaScript: no keyboard, the code typed and sent as a form', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}/kiosk/rezerwacja`);
    assert.equal(await page.locator('[data-keyboard]').isHidden(), true);
    await page.locator('#code').fill('k7qx3m9p');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Pobierz bilet' }).click()]);
    assert.match(await page.locator('.error-summary, [role=alert]').first().innerText(), /\S/);
    assert.equal(await page.locator('#code').inputValue(), 'k7qx3m9p');
  });
});
