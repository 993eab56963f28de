// Announcements and devices that report their own failure, in Chromium, end to end with the real TCP test
// printer: paper out → the outage banner within N seconds on the board (live, no reload) and the public page →
// paper back → the banner gone after the hold; heartbeats stopped → the banner again; a scheduled announcement
// appears on the board at its time without a reload. Axe on every new page and the screens; screenshots.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import { testClock } from '../support/booking.ts';
import { openAllDay, registerDevice, usePrinter } from '../support/queue.ts';
import { PRINTER_STATUSES, startTestPrinter, type TestPrinter } from '../support/test-printer.ts';
import { checkDeviceOutages } from '../../src/app/announcements/index.ts';
import { systemActor } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';

/** The office's default: a kiosk or board silent this long has failed; the banner must be up within it. */
const N_SECONDS = 60;
const SHOTS = process.env.SHOTS_DIR;

describe('announcements and failed devices in Chromium', () => {
  const clock = testClock('2026-12-03T10:00:00Z');
  let server: TestServer;
  let browser: Browser;
  let printer: TestPrinter;
  let kiosk: { id: number; token: string };
  let otherKiosk: { id: number; token: string };
  let board: { id: number; token: string };
  let officeId: number;
  const contexts: BrowserContext[] = [];
  const beat = (device: { token: string }) =>
    fetch(`${server.url}/api/urzadzenie/heartbeat`, {
      method: 'POST',
      headers: { cookie: `okienko_urzadzenie=${device.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ health: 'ok' }),
    });
  const runJob = () => checkDeviceOutages({ db: server.db, clock, actor: systemActor(officeId) });
  const advance = (seconds: number) => clock.set(new Date(clock.now().getTime() + seconds * 1000));

  async function open(viewport: { width: number; height: number }, path: string, cookie?: { name: string; value: string }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'pl-PL' });
    contexts.push(context);
    if (cookie) await context.addCookies([{ ...cookie, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function look(page: Page, name: string): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], name);
    const file = await screenshot(page, `announcements-${name}`);
    if (SHOTS) {
      // For a person to look at: the whole page, and what the screen shows first.
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(file, path.join(SHOTS, path.basename(file)));
      await page.screenshot({ path: path.join(SHOTS, `announcements-${name}-screen.png`) });
    }
  }

  const boardText = (page: Page) => page.locator('[data-announcements]').innerText();

  before(async () => {
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer({ clock });
    await openAllDay(server.db);
    officeId = (await currentOffice(server.db)).id;
    browser = await launchBrowser();
    printer = await startTestPrinter();
    kiosk = await registerDevice(server.db, 'kiosk', 'Biletomat A');
    otherKiosk = await registerDevice(server.db, 'kiosk', 'Biletomat ratusz');
    board = await registerDevice(server.db, 'board', 'Tablica sala A');
    const buildingA = await server.db.selectFrom('building').select('id').where('name', '=', 'Budynek A').executeTakeFirstOrThrow();
    await server.db.updateTable('device').set({ building_id: buildingA.id }).where('id', 'in', [kiosk.id, board.id]).execute();
    await usePrinter(server.db, kiosk.id, printer);
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await printer.close();
    await server.close();
  });

  it('puts up the outage banner live on the board and on the public page when the printer runs out of paper, and takes it down after', async () => {
    const boardPage = await open(VIEWPORTS.board, `/tablica/${board.id}`, { name: 'okienko_urzadzenie', value: board.token });
    await boardPage.waitForFunction(() => document.querySelector('[data-announcements]') !== null);
    assert.doesNotMatch(await boardText(boardPage), /nie drukuje/);
    await beat(kiosk);

    printer.setStatus(PRINTER_STATUSES.paperEnd);
    advance(N_SECONDS);
    await beat(kiosk);
    // On the board without a reload, well within N seconds of real time.
    await boardPage.waitForFunction(
      () => document.querySelector('[data-announcements]')?.textContent?.includes('nie drukuje biletów') === true,
      undefined,
      { timeout: N_SECONDS * 1000 },
    );
    const text = await boardText(boardPage);
    assert.match(text, /Awaria: Biletomat \(Budynek A\) nie drukuje biletów/);
    assert.match(text, /Punkt Informacyjny, pok\. A\.0\.1 \(Budynek A\), albo zarezerwuj wizytę online/);
    assert.equal(await boardPage.locator('[role="status"][aria-live="polite"] > [data-announcements]').count(), 1);
    await look(boardPage, 'board-outage');

    const phone = await open(VIEWPORTS.phone, '/');
    assert.match(await phone.locator('.announcements').innerText(), /Biletomat \(Budynek A\) nie drukuje biletów/);
    await look(phone, 'public-phone-outage');

    // Another kiosk shows it too; the failed kiosk says it in its own way.
    const other = await open(VIEWPORTS.kiosk, '/kiosk', { name: 'okienko_urzadzenie', value: otherKiosk.token });
    assert.match(await other.locator('[data-announcements]').innerText(), /nie drukuje biletów/);
    await look(other, 'other-kiosk-outage');
    const failed = await open(VIEWPORTS.kiosk, '/kiosk', { name: 'okienko_urzadzenie', value: kiosk.token });
    assert.match(await failed.locator('.kiosk__printer-paused').innerText(), /nie drukuje teraz biletów/);
    await look(failed, 'failed-kiosk');

    // Paper back: the next heartbeat sees it; after the hold the banner goes by itself.
    printer.setStatus(PRINTER_STATUSES.normal);
    advance(N_SECONDS);
    await beat(kiosk);
    advance(120);
    await beat(kiosk);
    await runJob();
    await boardPage.waitForFunction(() => document.querySelector('[data-announcements]')?.textContent?.includes('nie drukuje') === false);
    assert.doesNotMatch(await (await fetch(`${server.url}/`)).text(), /nie drukuje biletów/);
  });

  it('announces a kiosk whose heartbeats stopped, and shows a scheduled announcement at its time without a reload', async () => {
    const boardPage = await open(VIEWPORTS.board, `/tablica/${board.id}`, { name: 'okienko_urzadzenie', value: board.token });
    await boardPage.waitForFunction(() => document.querySelector('[data-announcements]') !== null);
    await beat(board);
    advance(N_SECONDS);
    await beat(board);
    await runJob();
    await boardPage.waitForFunction(() => document.querySelector('[data-announcements]')?.textContent?.includes('jest nieczynny') === true);
    assert.match(await boardText(boardPage), /Biletomat \(Budynek A\) jest nieczynny\. Bilet weźmiesz w: Punkt Informacyjny/);

    // A closure announced for three seconds from now (by the server's clock) shows then, by itself.
    const from = new Date(clock.now().getTime() + 3000);
    await server.db
      .insertInto('announcement')
      .values({
        office_id: officeId,
        severity: 'warning',
        text_pl: 'Jutro urząd czynny do 12:00.',
        places: ['board'],
        shown_from: from,
        shown_until: new Date(from.getTime() + 3_600_000),
        created_at: clock.now(),
        updated_at: clock.now(),
      })
      .execute();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.doesNotMatch(await boardText(boardPage), /Jutro urząd czynny/);
    await boardPage.waitForFunction(
      () => document.querySelector('[data-announcements]')?.textContent?.includes('Jutro urząd czynny') === true,
      undefined,
      {
        timeout: 10_000,
      },
    );
    // Most severe first: the outage above the notice.
    const items = await boardPage
      .locator('[data-announcement]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.severity));
    // (The other kiosk, whose page beat once in the first test, has gone silent too.)
    assert.deepEqual(items, [...items.slice(0, -1).map(() => 'outage'), 'warning']);
    assert.ok(items.length >= 2);
    await look(boardPage, 'board-outage-and-closure');
  });

  it('has no axe violations on the staff pages of announcements and device health', async () => {
    const admin = await loginAs(server, 'admin');
    const cookie = { name: 'okienko_sesja', value: admin.cookie.split('=')[1]! };
    for (const [url, name] of [
      ['/komunikaty', 'list'],
      ['/komunikaty/nowy', 'form'],
      ['/admin/stan-urzadzen', 'device-health'],
    ] as const) {
      const page = await open(VIEWPORTS.desk, url, cookie);
      await look(page, name);
    }
    const form = await open(VIEWPORTS.desk, '/komunikaty/nowy', cookie);
    await form.locator('#text_pl').fill('');
    await form.locator('main button[type="submit"]').click();
    await form.waitForSelector('.error-summary');
    await look(form, 'form-errors');
    const phone = await open(VIEWPORTS.phone, '/komunikaty', cookie);
    await look(phone, 'list-phone');
  });
});
