import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import type { Role } from '../../src/http/types.ts';

// Thursday 3 December 2026, 11:00 in Warsaw: the demo's complaint received on 5 November is near its deadline.
const NOW = new Date('2026-12-03T10:00:00Z');

describe('complaints and difficult situations in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let complaintId: number;
  let situationId: number;
  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    browser = await launchBrowser();
    complaintId = (await server.db.selectFrom('complaint').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    situationId = (await server.db.selectFrom('difficult_situation').select('id').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(
    roles: Role[],
    locale: string,
    viewport: { width: number; height: number },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale });
    const cookies = [{ name: 'jezyk', value: locale, url: server.url }];
    if (roles.length > 0) {
      const client = await loginAs(server, ...roles);
      const [name, value] = client.cookie.split('=') as [string, string];
      cookies.push({ name, value, url: server.url });
      if (roles.includes('unit_head')) {
        const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow();
        await server.db.updateTable('staff').set({ unit_id: unit.id }).where('id', '=', client.staffId).execute();
      }
    }
    await context.addCookies(cookies);
    return { context, page: await context.newPage() };
  }

  const SIZES = { desktop: VIEWPORTS.desk, phone: VIEWPORTS.phone } as const;

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows every page of the register in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const { context, page } = await pageAs(['contact_centre'], locale, viewport);
        for (const [name, path] of [
          ['register', '/skargi'],
          ['new', '/skargi/nowa'],
          ['entry', `/skargi/${complaintId}`],
          ['settings', '/skargi/ustawienia'],
        ] as const) {
          const response = await page.goto(`${server.url}${path}`);
          assert.equal(response?.status(), 200, path);
          assert.equal(await page.getAttribute('html', 'lang'), locale);
          assert.deepEqual(await axeViolations(page), [], `${path} in ${locale}`);
          await screenshot(page, `complaints-${name}-${locale}-${size}`);
        }
        await page.goto(`${server.url}/skargi/nowa`);
        await page.locator('form[method="post"] button[type="submit"]').last().click();
        await page.locator('.error-summary').waitFor();
        assert.match(await page.title(), /^(Błąd|Error|Помилка)/);
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, `complaints-new-error-${locale}-${size}`);
        await context.close();
      }
    });

    it(`shows the difficult situations in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const { context, page } = await pageAs(['unit_head'], locale, viewport);
        for (const [name, path] of [
          ['list', '/trudne-sytuacje'],
          ['new', '/trudne-sytuacje/nowa'],
          ['detail', `/trudne-sytuacje/${situationId}`],
          ['figures', '/trudne-sytuacje/zestawienie'],
        ] as const) {
          const response = await page.goto(`${server.url}${path}`);
          assert.equal(response?.status(), 200, path);
          assert.deepEqual(await axeViolations(page), [], `${path} in ${locale}`);
          await screenshot(page, `situations-${name}-${locale}-${size}`);
        }
        await page.goto(`${server.url}/trudne-sytuacje/nowa`);
        await page.locator('form[method="post"] button[type="submit"]').last().click();
        await page.locator('.error-summary').waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, `situations-new-error-${locale}-${size}`);
        await context.close();
      }
    });

    it(`shows the public form in ${locale}, with and without JavaScript, with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        for (const javaScriptEnabled of [true, false]) {
          const context = await browser.newContext({ viewport, locale, javaScriptEnabled });
          await context.addCookies([{ name: 'jezyk', value: locale, url: server.url }]);
          const page = await context.newPage();
          await page.goto(`${server.url}/skargi-i-wnioski`);
          assert.equal(await page.locator('.notice--warning').count(), 1);
          if (javaScriptEnabled) assert.deepEqual(await axeViolations(page), []);
          await screenshot(page, `complaints-public-${locale}-${size}${javaScriptEnabled ? '' : '-nojs'}`);
          if (!javaScriptEnabled) {
            await page.locator('#subject').fill('Treść');
            await page.locator('form[method="post"] button[type="submit"]').last().click();
            await page.locator('.error-summary').waitFor();
            assert.ok((await page.locator('#antiBot-error').count()) === 1, 'the missing answer is named');
          }
          await context.close();
        }
      }
      const { context, page } = await pageAs([], locale, VIEWPORTS.phone);
      await page.goto(`${server.url}/skargi-i-wnioski/przyjeto?nr=7&termin=2027-01-04`);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `complaints-public-done-${locale}-phone`);
      await context.close();
    });
  }
});
