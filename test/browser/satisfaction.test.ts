import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { signFeedbackToken } from '../../src/app/satisfaction/index.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { insertBooking } from '../support/mail.ts';
import {
  callNextAt,
  clerkAtDesk,
  deskServing,
  deviceFetch,
  finishAt,
  issueAt,
  registerDevice,
  startQueueServer,
} from '../support/queue.ts';
import { loginAs, type TestServer } from '../support/server.ts';

const TABLET = { width: 1280, height: 800 } as const;

describe('the satisfaction question in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let finished: () => Promise<{ code: string; id: number }>;
  let issueAndServe: () => Promise<{ code: string; serve: () => Promise<void> }>;

  before(async () => {
    // The tablet's script (and the follow page's) are bundled from src/ui/client.
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    const started = await startQueueServer();
    server = started.server;
    browser = await launchBrowser();
    const desk = await clerkAtDesk(server, await deskServing(server.db, 'A'));
    finished = async () => {
      await issueAt(started.kiosk, server.db, 'A');
      const called = await callNextAt(desk);
      await finishAt(desk, called.ticketId);
      const row = await server.db.selectFrom('ticket').select('public_code').where('id', '=', called.ticketId).executeTakeFirstOrThrow();
      return { code: row.public_code, id: called.ticketId };
    };
    issueAndServe = async () => {
      await issueAt(started.kiosk, server.db, 'A');
      const row = await server.db.selectFrom('ticket').select('public_code').orderBy('id', 'desc').executeTakeFirstOrThrow();
      return {
        code: row.public_code,
        serve: async () => {
          const called = await callNextAt(desk);
          await finishAt(desk, called.ticketId);
        },
      };
    };
  });

  it('shows the question on an open follow page as soon as the visit ends', async () => {
    const ticket = await issueAndServe();
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${server.url}/bilet/${ticket.code}`);
    assert.equal(await page.locator('.satisfaction').count(), 0);
    await page.waitForFunction(() => document.querySelector('.follow')?.getAttribute('data-status') === 'waiting');
    await ticket.serve();
    await page.locator('.satisfaction input[name=score]').first().waitFor({ timeout: 15_000 });
    await context.close();
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`asks on the follow page after the visit in ${locale}, by keyboard, with no axe violations`, async () => {
      const ticket = await finished();
      for (const [size, viewport] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desk })) {
        const context = await browser.newContext({ viewport });
        await context.addCookies([{ name: 'jezyk', value: locale, url: server.url }]);
        const page = await context.newPage();
        assert.equal((await page.goto(`${server.url}/bilet/${ticket.code}`))?.status(), 200);
        assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
        await screenshot(page, `satisfaction-follow-${locale}-${size}`);
        if (size === 'phone') {
          // Refused without a face: the error summary and the field's message, still no violations.
          await page.locator('.satisfaction button[type=submit]').click();
          await page.waitForURL(/\/ocena$/);
          assert.equal(await page.locator('.error-summary').count(), 1);
          assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
          await screenshot(page, `satisfaction-follow-error-${locale}`);
          // The keyboard: Tab into the group, arrows choose a face, Enter in the group sends the form.
          await page.locator('#score-5').focus();
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
          assert.equal(await page.locator('#score-3').isChecked(), true);
          await page.keyboard.press('Enter');
          await page.waitForURL(/oceniono=1/);
          assert.equal(await page.locator('.satisfaction--done').count(), 1);
          assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
          await screenshot(page, `satisfaction-follow-thanks-${locale}`);
        }
        await context.close();
      }
      const row = await server.db
        .selectFrom('satisfaction_answer')
        .select('score')
        .where('ticket_id', '=', ticket.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.score, 3);
    });
  }

  it('shows the mail link page, the feedback tablet and the opinions page with no axe violations', async () => {
    const ticket = await finished();
    const booking = await insertBooking(server.db, { startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    await server.db.updateTable('ticket').set({ booking_id: booking.id }).where('id', '=', ticket.id).execute();
    await server.db
      .updateTable('booking')
      .set({ status: 'checked_in', checked_in_at: new Date(), ticket_id: ticket.id })
      .where('id', '=', booking.id)
      .execute();
    const token = await signFeedbackToken(server.db, booking.code, new Date(Date.now() + 86_400_000));
    const tablet = await registerDevice(server.db, 'feedback');
    await deviceFetch(server.url, tablet.token)('GET', '/ankieta');
    const head = await loginAs(server, 'unit_head', 'admin');

    for (const locale of ['pl', 'en', 'uk'] as const) {
      const context = await browser.newContext({ viewport: VIEWPORTS.phone });
      await context.addCookies([{ name: 'jezyk', value: locale, url: server.url }]);
      const page = await context.newPage();
      assert.equal((await page.goto(`${server.url}/ocena/wizyta/${booking.code}?t=${encodeURIComponent(token)}`))?.status(), 200);
      assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
      await screenshot(page, `satisfaction-booking-${locale}`);
      await context.close();

      const device = await browser.newContext({ viewport: TABLET });
      await device.addCookies([
        { name: 'jezyk', value: locale, url: server.url },
        { name: 'okienko_urzadzenie', value: tablet.token, url: server.url },
      ]);
      const screen = await device.newPage();
      assert.equal((await screen.goto(`${server.url}/ankieta`))?.status(), 200);
      if (locale === 'pl') {
        // The tablet's page beats with the tablet's own cookie, so its silence would be noticed.
        const seen = async () =>
          server.db.selectFrom('device').select(['last_seen_at', 'health_details']).where('id', '=', tablet.id).executeTakeFirstOrThrow();
        for (let i = 0; i < 100 && (await seen()).last_seen_at === null; i += 1) await new Promise((r) => setTimeout(r, 100));
        const device = await seen();
        assert.ok(device.last_seen_at !== null, 'the tablet sent a heartbeat');
        assert.deepEqual(device.health_details, { language: 'pl', screen: 'question' });
      }
      assert.deepEqual(await axeViolations(screen, { also: ['best-practice'] }), []);
      await screenshot(screen, `satisfaction-tablet-${locale}`);
      await screen.locator('label[for=score-4]').click();
      await screen.locator('#comment').fill('Miła obsługa, ale brakuje krzeseł.');
      await screen.locator('.satisfaction button[type=submit]').click();
      await screen.waitForURL(/dziekujemy=1/);
      assert.deepEqual(await axeViolations(screen, { also: ['best-practice'] }), []);
      await screenshot(screen, `satisfaction-tablet-thanks-${locale}`);
      // The thank-you returns to the question for the next person by itself.
      await screen.waitForURL(/\/ankieta$/, { timeout: 15_000 });
      assert.equal(await screen.locator('input[name=score]:checked').count(), 0);
      await device.close();

      const staff = await browser.newContext({ viewport: VIEWPORTS.desk });
      const [name, value] = head.cookie.split('=') as [string, string];
      await staff.addCookies([
        { name: 'jezyk', value: locale, url: server.url },
        { name, value, url: server.url },
      ]);
      const opinions = await staff.newPage();
      assert.equal((await opinions.goto(`${server.url}/opinie`))?.status(), 200);
      assert.deepEqual(await axeViolations(opinions, { also: ['best-practice'] }), []);
      await screenshot(opinions, `satisfaction-opinions-${locale}`);
      await staff.close();
    }
  });
});
