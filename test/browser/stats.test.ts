import { sql } from 'kysely';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addQueueHistory } from '../../src/app/demo/queue-history.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import type { Role } from '../../src/http/types.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw; four weeks of history before it.
const NOW = new Date('2026-12-03T10:00:00Z');
const SHOTS = process.env.STATS_SHOTS;

describe('service figures in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    const office = await currentOffice(server.db);
    await addQueueHistory(server.db, { officeId: office.id, from: '2026-11-02', to: '2026-12-02', ticketsPerDay: 150, bookingsPerDay: 12 });
    await server.db.updateTable('service').set({ wait_target_minutes: 15 }).where('office_id', '=', office.id).execute();
    // Every seventh served visit answered the satisfaction question when it ended, scores 1 to 5.
    await sql`
      INSERT INTO satisfaction_answer (office_id, ticket_id, service_id, unit_id, desk_id, answered_at, score)
      SELECT t.office_id, t.id, t.service_id, s.unit_id, t.desk_id, t.ended_at, 1 + t.id % 5
      FROM ticket t JOIN service s ON s.id = t.service_id
      WHERE t.status = 'done' AND t.id % 7 = 0
      ON CONFLICT DO NOTHING`.execute(server.db);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(
    role: Role,
    locale: string,
    viewport: { width: number; height: number },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale });
    const client = await loginAs(server, role);
    if (role === 'unit_head') {
      const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow();
      await server.db.updateTable('staff').set({ unit_id: unit.id }).where('id', '=', client.staffId).execute();
    }
    const [name, value] = client.cookie.split('=') as [string, string];
    await context.addCookies([
      { name: 'jezyk', value: locale, url: server.url },
      { name, value, url: server.url },
    ]);
    return { context, page: await context.newPage() };
  }

  async function shot(page: Page, name: string): Promise<void> {
    const file = await screenshot(page, name);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(file, `${SHOTS}/${name}.png`);
    }
  }

  const SIZES = { desktop: VIEWPORTS.desk, phone: VIEWPORTS.phone } as const;
  // Bars (by service) and lines (by day) as the administrator, lines by hour as a unit head.
  const PAGES = {
    admin: [
      ['service', '/statystyki?from=2026-11-02&to=2026-12-02&by=service'],
      ['day', '/statystyki?from=2026-11-02&to=2026-12-02&by=day'],
    ],
    unit_head: [['hour', '/statystyki?from=2026-11-02&to=2026-12-02&by=hour']],
  } as const;

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows the figures, their charts and their data in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        for (const role of ['admin', 'unit_head'] as const) {
          const { context, page } = await pageAs(role, locale, viewport);
          for (const [name, path] of PAGES[role]) {
            const response = await page.goto(`${server.url}${path}`);
            assert.equal(response?.status(), 200, path);
            assert.equal(await page.getAttribute('html', 'lang'), locale);
            assert.equal(await page.locator('svg.chart__svg[role="img"]').count(), 3, 'with the satisfaction chart');
            assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), [], `${path} as ${role} in ${locale}`);
            await shot(page, `stats-${name}-${role}-${locale}-${size}`);
          }
          await context.close();
        }
      }
    });
  }

  // The page has no script: the form is a plain GET whether or not the browser runs JavaScript.
  it('shows a refused period with its error summary, worded', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'pl-PL' });
    const client = await loginAs(server, 'admin');
    const [name, value] = client.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/statystyki`);
    await page.fill('#from', '2026-12-10');
    await page.fill('#to', '2026-12-01');
    await page.locator('form.stats-form button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    assert.match(await page.title(), /^Błąd/);
    assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
    await shot(page, 'stats-error-pl-phone');
    await context.close();
  });
});
