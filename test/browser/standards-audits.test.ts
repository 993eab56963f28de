import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { Role } from '../../src/http/types.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';

describe('the audits of the standards in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let auditId: number;

  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    auditId = (await server.db.selectFrom('standard_audit').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(roles: Role[], locale: string, viewport: { width: number; height: number }) {
    const client = await loginAs(server, ...roles);
    if (roles.includes('unit_head')) {
      const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow();
      await server.db.updateTable('staff').set({ unit_id: unit.id }).where('id', '=', client.staffId).execute();
    }
    const context = await browser.newContext({ viewport });
    const [name, value] = client.cookie.split('=') as [string, string];
    await context.addCookies([
      { name: 'jezyk', value: locale, url: server.url },
      { name, value, url: server.url },
    ]);
    return { context, page: await context.newPage() };
  }

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows the audits, the form, an audit, the checklist and the unit head's opinions in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries({ desktop: VIEWPORTS.desk, phone: VIEWPORTS.phone })) {
        for (const [roles, pages] of [
          [
            ['auditor'],
            [
              ['audits', '/audyty'],
              ['form', '/audyty/nowy'],
              ['audit', `/audyty/${auditId}`],
            ],
          ],
          [['admin'], [['checklist', '/audyty/lista-kontrolna']]],
          [
            ['unit_head'],
            [
              ['unit-audits', '/audyty'],
              ['unit-opinions', '/opinie'],
            ],
          ],
        ] as [Role[], [string, string][]][]) {
          const { context, page } = await pageAs(roles, locale, viewport);
          for (const [name, path] of pages) {
            const response = await page.goto(`${server.url}${path}`);
            assert.equal(response?.status(), 200, path);
            assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), [], `${path} ${size}`);
            await screenshot(page, `standards-audit-${name}-${locale}-${size}`);
          }
          await context.close();
        }
      }
    });
  }

  it('shows the form again with its errors, still accessible', async () => {
    const { context, page } = await pageAs(['auditor'], 'pl', VIEWPORTS.desk);
    await page.goto(`${server.url}/audyty/nowy`);
    await page.locator('form button[type=submit]').last().click();
    await page.locator('.error-summary').waitFor();
    assert.ok((await page.title()).startsWith('Błąd:'));
    assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
    await screenshot(page, 'standards-audit-form-errors-pl-desktop');
    await context.close();
  });
});
