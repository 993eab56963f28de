import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import { openAllDay, registerDevice } from '../support/queue.ts';

describe('the queue in Chromium: kiosk, follow page, desk panel, board', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    // The pages load their scripts from dist/public/js.
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer();
    await openAllDay(server.db);
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  });

  async function open(size: keyof typeof VIEWPORTS, cookies: { name: string; value: string }[] = []): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[size], locale: 'pl-PL' });
    contexts.push(context);
    if (cookies.length > 0) await context.addCookies(cookies.map((c) => ({ ...c, url: server.url })));
    return context.newPage();
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], name);
    await screenshot(page, name);
  }

  it('issues a ticket at the kiosk, follows it, calls it at the desk, shows it on the board and finishes it', async () => {
    // Kiosk: the device logs in with its token, then two touches issue a ticket.
    const kioskDevice = await registerDevice(server.db, 'kiosk');
    const kiosk = await open('kiosk');
    await kiosk.goto(`${server.url}/urzadzenie`);
    await noViolations(kiosk, 'queue-device-login-kiosk');
    await kiosk.getByLabel('Kod urządzenia').fill(kioskDevice.token);
    await kiosk.getByRole('button', { name: 'Włącz urządzenie' }).click();
    await kiosk.waitForURL(`${server.url}/kiosk`);
    await noViolations(kiosk, 'queue-kiosk-home');
    const unit = await server.db.selectFrom('service').innerJoin('unit', 'unit.id', 'service.unit_id')
      .select(['unit.name_pl as unit', 'service.name_pl as service']).where('service.ticket_letter', '=', 'H').executeTakeFirstOrThrow();
    await kiosk.getByRole('link', { name: unit.unit }).click();
    await noViolations(kiosk, 'queue-kiosk-unit');
    await kiosk.getByRole('button', { name: new RegExp(unit.service.slice(0, 20)) }).click();
    await kiosk.waitForURL(/\/kiosk\/bilet\/[A-Z0-9]{12}$/);
    assert.match(await kiosk.locator('.ticket__number').innerText(), /H001$/);
    assert.equal(await kiosk.locator('.qr svg').count(), 1);
    await noViolations(kiosk, 'queue-kiosk-ticket');
    const code = kiosk.url().split('/').pop()!;

    // The follow page on a phone: waiting.
    const phone = await open('phone');
    await phone.goto(`${server.url}/bilet/${code}`);
    assert.match(await phone.locator('[data-field="status"]').innerText(), /czeka w kolejce/);
    await noViolations(phone, 'queue-follow-waiting-phone');

    // The board, listening.
    const boardDevice = await registerDevice(server.db, 'board');
    const board = await open('board', [{ name: 'okienko_urzadzenie', value: boardDevice.token }]);
    await board.goto(`${server.url}/tablica/${boardDevice.id}`);
    await board.locator('[data-calls-empty]').waitFor();
    await noViolations(board, 'queue-board-empty');

    // The desk panel: open desk 6 (it serves H) and call the next ticket.
    const clerk = await loginAs(server, 'clerk');
    const [name, value] = clerk.cookie.split('=') as [string, string];
    const desk = await open('desktop', [{ name, value }]);
    await desk.goto(`${server.url}/stanowisko`);
    await noViolations(desk, 'queue-desk-closed');
    await desk.getByLabel('Twoje stanowisko na dziś').selectOption({ label: 'Stanowisko 6' });
    await desk.getByRole('button', { name: 'Otwórz stanowisko' }).click();
    await desk.getByRole('button', { name: /Wezwij następny/ }).click();
    assert.equal(await desk.locator('.desk__number').innerText(), 'H001');
    await noViolations(desk, 'queue-desk-called');

    // The board shows the call and sounds the gong; the follow page says the desk.
    const call = board.locator('[data-calls] .board__call--newest');
    await call.locator('.board__number', { hasText: 'H001' }).waitFor();
    assert.equal(await call.locator('.board__desk').innerText(), 'stanowisko 6');
    await board.waitForFunction(() => Number(document.body.dataset.gongs ?? 0) >= 1);
    await noViolations(board, 'queue-board-called');
    await phone.locator('[data-field="status"]', { hasText: 'wywołany do stanowiska 6' }).waitFor();
    await noViolations(phone, 'queue-follow-called-phone');

    // The clerk serves and finishes; the follow page follows.
    await desk.getByRole('button', { name: /Rozpocznij obsługę/ }).click();
    await desk.getByRole('button', { name: /Zakończ — sprawa załatwiona/ }).click();
    await desk.locator('.notice', { hasText: 'Obsługa zakończona.' }).waitFor();
    await phone.locator('[data-field="status"]', { hasText: 'sprawa zakończona' }).waitFor();
    await board.locator('[data-calls-empty]').waitFor({ state: 'visible' });
  });
});
