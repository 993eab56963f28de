import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bookVisit, nearestFreeTimes } from '../../src/app/booking/index.ts';
import { officeTime } from '../../src/domain/organisation/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { testClock, type TestClock } from '../support/booking.ts';
import { decodeEscPos } from '../support/escpos-decode.ts';
import { registerDevice, serviceId, usePrinter } from '../support/queue.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

// Monday 23 November 2026, 08:00 in Warsaw: the booking is made now, for Tuesday morning.
const BOOKED_AT = '2026-11-23T07:00:00Z';

describe('checking in with a booking at the kiosk in Chromium (1080×1920)', () => {
  let server: TestServer;
  let printer: TestPrinter;
  let browser: Browser;
  let clock: TestClock;
  const contexts: BrowserContext[] = [];

  before(async () => {
    clock = testClock(BOOKED_AT);
    server = await startTestServer({ clock });
    printer = await startTestPrinter();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await printer.close();
    await server.close();
  });

  async function kioskPage(token: string): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.kiosk, locale: 'pl-PL' });
    contexts.push(context);
    await context.addCookies([{ name: 'okienko_urzadzenie', value: token, url: server.url }]);
    return context.newPage();
  }

  // The browser focuses an autofocus field at its first rendering, which may come after the load event:
  // a scanner's keystrokes before it would go to the page, so the test waits as the scanner's user would.
  async function codeFocused(page: Page): Promise<void> {
    await page.waitForFunction(() => document.activeElement?.id === 'code');
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], name);
    await screenshot(page, name);
  }

  it('types the code on the keyboard into the focused field, shows and prints the booked ticket; no axe violations in pl, en, uk', async () => {
    const office = await currentOffice(server.db);
    const deps = {
      db: server.db,
      clock: testClock(BOOKED_AT),
      actor: { kind: 'public' as const, id: null, label: 'test', role: '', address: '192.0.2.1', officeId: office.id },
    };
    const service = await serviceId(server.db, 'D');
    const [free] = await nearestFreeTimes(deps, { serviceId: service, around: new Date('2026-11-24T09:30:00Z'), limit: 1 });
    assert.ok(free);
    const visit = await bookVisit(deps, {
      serviceId: service,
      startsAt: free.startsAt,
      name: 'Anna Nowak',
      email: 'anna@example.pl',
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    clock.set(new Date(visit.startsAt.getTime() - 5 * 60_000));

    const device = await registerDevice(server.db, 'kiosk');
    await usePrinter(server.db, device.id, printer);
    const kiosk = await kioskPage(device.token);
    await kiosk.goto(`${server.url}/kiosk`);
    await kiosk.getByRole('link', { name: 'Mam rezerwację' }).click();
    await kiosk.waitForURL(`${server.url}/kiosk/rezerwacja`);
    for (const [locale, name] of [
      ['en', 'Booking code'],
      ['uk', 'Код бронювання'],
      ['pl', 'Kod rezerwacji'],
    ] as const) {
      await kiosk.getByRole('link', { name: { en: 'English', uk: 'Українська', pl: 'Polski' }[locale] }).click();
      await kiosk.getByLabel(name).waitFor();
      await noViolations(kiosk, `booking-kiosk-code-${locale}`);
    }

    // A wrong code first: the page says so at the top, keeps the field focused for the next try.
    await codeFocused(kiosk);
    await kiosk.keyboard.type('zzzz zzzz');
    await kiosk.keyboard.press('Enter');
    await kiosk.locator('.error-summary').waitFor();
    assert.match(await kiosk.title(), /^Błąd: Mam rezerwację — /);
    assert.equal(await kiosk.evaluate(() => document.activeElement?.id), 'code');
    await noViolations(kiosk, 'booking-kiosk-code-unknown');

    // As the scanner or a person types it: into the focused field, then Enter.
    const jobs = printer.jobs.length;
    await kiosk.locator('#code').fill('');
    await kiosk.keyboard.type(visit.code.toLowerCase());
    await kiosk.keyboard.press('Enter');
    await kiosk.waitForURL(/\/kiosk\/bilet\/[A-Z0-9]{12}\?druk=ok&rezerwacja=na-czas$/);
    assert.match(await kiosk.locator('.ticket__number').innerText(), /D\d{3}$/);
    assert.equal(await kiosk.locator('[data-field="visit"]').innerText(), `Wizyta o ${officeTime(visit.startsAt)}`);
    await noViolations(kiosk, 'booking-kiosk-ticket');
    const received = await printer.waitForJobs(jobs + 2);
    const { lines } = decodeEscPos(received[jobs + 1]!);
    assert.ok(
      lines.some((line) => line.trim() === `Wizyta o ${officeTime(visit.startsAt)}`),
      lines.join('\n'),
    );

    // The same code again: a refusal that gives the number already issued.
    await kiosk.goto(`${server.url}/kiosk/rezerwacja`);
    await codeFocused(kiosk);
    await kiosk.keyboard.type(visit.code);
    await kiosk.keyboard.press('Enter');
    await kiosk.getByRole('alert').waitFor();
    assert.match(await kiosk.getByRole('alert').innerText(), /Twój numer to D\d{3}/);
    await noViolations(kiosk, 'booking-kiosk-already-checked-in');
  });
});
