import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSession } from '../../src/storage/session-repository.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw.
const NOW = new Date('2026-12-03T10:00:00Z');

describe('home visits in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const request: Record<string, number> = {};
  const authorisation: Record<string, number> = {};
  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    browser = await launchBrowser();
    for (const row of await server.db.selectFrom('home_visit_request').select(['id', 'status']).orderBy('id').execute())
      request[row.status] ??= row.id;
    for (const row of await server.db.selectFrom('home_visit_authorisation').select(['id', 'status']).orderBy('id', 'desc').execute())
      authorisation[row.status] ??= row.id;
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  /** A page logged in as one of the demo office's staff. */
  async function pageAs(
    login: string,
    locale: string,
    viewport: { width: number; height: number },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale });
    const staff = await server.db.selectFrom('staff').select('id').where('login', '=', login).executeTakeFirstOrThrow();
    const session = await createSession(server.db, staff.id, NOW);
    await context.addCookies([
      { name: 'jezyk', value: locale, url: server.url },
      { name: 'okienko_sesja', value: session.token, url: server.url },
    ]);
    return { context, page: await context.newPage() };
  }

  const PAGES: [string, string, () => string][] = [
    ['demo.informacja', 'point-list', () => '/wizyty-domowe'],
    ['demo.informacja', 'point-new', () => '/wizyty-domowe/nowy'],
    ['demo.informacja', 'point-request', () => `/wizyty-domowe/${request.registered}`],
    ['demo.informacja', 'point-start', () => '/punkt-informacyjny'],
    ['demo.kierownik', 'head-start', () => '/kierownik'],
    ['demo.kierownik', 'head-inbox', () => '/wizyty-domowe'],
    ['demo.kierownik', 'head-request', () => `/wizyty-domowe/${request.sent}`],
    ['demo.urzednik', 'clerk-list', () => '/wizyty-domowe'],
    ['demo.urzednik', 'clerk-authorised', () => `/wizyty-domowe/${request.authorised}`],
    ['demo.urzednik', 'clerk-scheduled', () => `/wizyty-domowe/${request.scheduled}`],
    ['demo.sekretarz', 'secretary-start', () => '/sekretarz'],
    ['demo.sekretarz', 'secretary-pending', () => `/sekretarz/upowaznienia/${authorisation.requested}`],
    ['demo.sekretarz', 'secretary-granted', () => `/sekretarz/upowaznienia/${authorisation.granted}`],
    ['demo.rejestr', 'register', () => '/rejestr-upowaznien'],
    ['demo.admin', 'admin-settings', () => '/admin/wizyty-domowe'],
  ];

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows every home-visit page in ${locale} with no axe violations`, async () => {
      const sizes: Record<string, { width: number; height: number }> =
        locale === 'pl' ? { desktop: VIEWPORTS.desk, phone: VIEWPORTS.phone } : { desktop: VIEWPORTS.desk };
      for (const [size, viewport] of Object.entries(sizes)) {
        const contexts = new Map<string, { context: BrowserContext; page: Page }>();
        for (const [login, name, path] of PAGES) {
          if (!contexts.has(login)) contexts.set(login, await pageAs(login, locale, viewport));
          const { page } = contexts.get(login)!;
          const response = await page.goto(`${server.url}${path()}`);
          assert.equal(response?.status(), 200, `${name} ${path()}`);
          assert.equal(await page.getAttribute('html', 'lang'), locale);
          assert.deepEqual(await axeViolations(page), [], `${name} in ${locale}`);
          await screenshot(page, `home-visits-${name}-${locale}-${size}`);
        }
        const { page } = contexts.get('demo.informacja')!;
        await page.goto(`${server.url}/wizyty-domowe/nowy`);
        await page.locator('form[method="post"] button[type="submit"]').last().click();
        await page.locator('.error-summary').waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, `home-visits-new-error-${locale}-${size}`);
        for (const { context } of contexts.values()) await context.close();
      }
    });
  }
});
