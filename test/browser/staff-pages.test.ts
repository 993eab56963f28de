import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { STAFF_ROLES } from '../../src/domain/auth/roles.ts';
import { START_PAGE } from '../../src/ui/staff/nav.ts';
import { axeViolations, launchBrowser, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';

// The staff side of the office, page by page: every start page and every administrator page a link leads to.
const STAFF_AREAS = [
  '/admin',
  '/personel',
  '/punkt-informacyjny',
  '/kierownik',
  '/sekretarz',
  '/rejestr-upowaznien',
  '/centrum-kontaktu',
  '/rezerwacje',
  '/konto',
];
// The desk panel (/stanowisko) is the queue's own screen with its own browser test (test/browser/queue.test.ts).
// Documents (PDF, JSON) and exports (CSV, XLSX) download rather than show a page; so does any link marked `download`.
const SKIP = [/^\/stanowisko/, /^\/wyloguj/, /\.(pdf|json|csv|xlsx)(\?|$)/];
// A bound, so a page that links to ever new addresses cannot keep the test walking.
const MAX_PAGES = 150;
// One page of each shape: /admin/uslugi/3 stands for every service's page, a query for its page without it.
const shapeOf = (path: string): string => path.split('?')[0]!.replace(/\/\d+(?=\/|$)/g, '/:id');

describe('every staff page in Chromium, axe with best practices', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  it('finds no violation (region included: nothing outside a landmark) on any start or administrator page', async () => {
    const client = await loginAs(server, ...STAFF_ROLES);
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'pl-PL' });
    const [name, value] = client.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();

    const queue = Object.values(START_PAGE).filter((href) => !SKIP.some((skip) => skip.test(href)));
    const seen = new Set(queue.map(shapeOf));
    const found: string[] = [];
    let visited = 0;
    while (queue.length > 0 && visited < MAX_PAGES) {
      const address = queue.shift()!;
      visited += 1;
      const response = await page.goto(`${server.url}${address}`);
      assert.equal(response?.status(), 200, address);
      for (const violation of await axeViolations(page, { also: ['best-practice'] })) found.push(`${address}: ${violation}`);
      const links = await page
        .locator('a[href^="/"]:not([download])')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      for (const link of links) {
        const path = link.split('#')[0]!;
        if (
          seen.has(shapeOf(path)) ||
          !STAFF_AREAS.some((area) => path === area || path.startsWith(`${area}/`) || path.startsWith(`${area}?`))
        )
          continue;
        if (SKIP.some((skip) => skip.test(path)) || /[?&]page=/.test(path)) continue;
        seen.add(shapeOf(path));
        queue.push(path);
      }
    }
    await context.close();
    assert.equal(queue.length, 0, `more than ${MAX_PAGES} staff pages`);
    assert.deepEqual(found, []);
    // 36 kinds of staff page when this test was written: far fewer means the walk lost its way.
    assert.ok(visited >= 30, `visited only ${visited} staff pages: ${[...seen].join(' ')}`);
  });
});
