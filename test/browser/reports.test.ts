import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';
import { challengeAnswer } from '../../src/domain/booking/index.ts';
import type { Role } from '../../src/http/types.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';

const SIZES = { phone: VIEWPORTS.phone, desktop: VIEWPORTS.desk } as const;

describe('problem reports in Chromium: the form, a report’s page, the inbox, a report, the figures, the categories and Open311 keys', () => {
  let server: TestServer;
  let browser: Browser;
  let photoCode = '';
  let photoReportId = 0;
  let attributesReportId = 0;
  let rubbishId = 0;
  before(async () => {
    server = await startTestServer();
    rubbishId = (await server.db.selectFrom('report_category').select('id').where('code', '=', 'rubbish').executeTakeFirstOrThrow()).id;
    // A demo report of street lighting, with its pole number.
    attributesReportId = (
      await server.db.selectFrom('problem_report').select('id').where('code', '=', 'D2RB-7HNP').executeTakeFirstOrThrow()
    ).id;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(
    roles: Role[],
    locale: string,
    viewport: { width: number; height: number },
    javaScript = true,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale, javaScriptEnabled: javaScript });
    const cookies = [{ name: 'jezyk', value: locale, url: server.url }];
    if (roles.length > 0) {
      const client = await loginAs(server, ...roles);
      const [name, value] = client.cookie.split('=') as [string, string];
      cookies.push({ name, value, url: server.url });
    }
    await context.addCookies(cookies);
    return { context, page: await context.newPage() };
  }

  async function check(page: Page, path: string, name: string, locale: string, size: string): Promise<void> {
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.deepEqual(await axeViolations(page), [], `${path} in ${locale} (${size})`);
    // Nothing pushes the page sideways on a phone.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${path} scrolls sideways`);
    await screenshot(page, `reports-${name}-${locale}-${size}`);
  }

  it('files a report with a photo without JavaScript (a multipart form post), and shows its errors first', async () => {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await pageAs([], 'pl', viewport, false);
      await page.goto(`${server.url}/zglos-problem?strona=%2F`);
      await page.locator('form[method="post"] button[type="submit"]').last().click();
      await page.locator('.error-summary').waitFor();
      assert.match(await page.title(), /^Błąd/);
      // axe runs in the page's JavaScript, which this context has switched off: the error page's axe check is in the
      // locale tests below.
      await screenshot(page, `reports-form-error-pl-${size}`);
      await page.locator('input[name="category"][value="roads"]').check();
      await page.fill('#description', 'Głęboka dziura w jezdni przed przejściem dla pieszych.');
      await page.fill('#address', 'ul. Słowackiego 12');
      const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 120, g: 120, b: 110 } } })
        .jpeg()
        .toBuffer();
      await page.setInputFiles('#photo', { name: 'dziura.jpg', mimeType: 'image/jpeg', buffer: photo });
      const questionId = await page.getAttribute('input[name="antiBotId"]', 'value');
      const challenge = await openTextChallenge(server.db, questionId!);
      await page.fill('input[name="antiBotAnswer"]', String(challengeAnswer(challenge!)));
      await page.locator('form[method="post"] button[type="submit"]').last().click();
      await page.waitForURL(/\/zglos-problem\/wyslano/);
      await screenshot(page, `reports-sent-pl-${size}`);
      photoCode = /kod=([A-Z0-9-]+)/.exec(page.url())![1]!;
      await context.close();
    }
    photoReportId = (await server.db.selectFrom('problem_report').select('id').where('code', '=', photoCode).executeTakeFirstOrThrow()).id;
    const photos = await server.db.selectFrom('report_photo').select('report_id').where('report_id', '=', photoReportId).execute();
    assert.equal(photos.length, 1);
  });

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows the public pages in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const { context, page } = await pageAs([], locale, viewport);
        await check(page, '/zglos-problem', 'form', locale, size);
        // With JavaScript only the chosen category's questions show, and none before a category is chosen.
        assert.equal(await page.locator('.report-attributes__group:visible').count(), 0);
        await page.locator('input[name="category"][value="lighting"]').check();
        assert.ok(await page.locator('#attr-lighting-pole').isVisible());
        assert.equal(await page.locator('#attr-rubbish-kind').isVisible(), false);
        assert.equal(await page.locator('.report-attributes__only').first().isVisible(), false);
        assert.deepEqual(await axeViolations(page), [], `the form's questions in ${locale} (${size})`);
        await screenshot(page, `reports-form-questions-${locale}-${size}`);
        await check(page, `/zgloszenia/${photoCode}`, 'status-photo', locale, size);
        await check(page, '/zgloszenia/D2RF-8JZE', 'status-closed', locale, size);
        await check(page, '/zgloszenia/D2RA-4KQM', 'status-demo-photo', locale, size);
        assert.equal(await page.locator('img.report-photo').evaluate((img) => (img as HTMLImageElement).naturalWidth), 800);
        await check(page, `/zglos-problem/wyslano?kod=${photoCode}`, 'sent', locale, size);
        await page.goto(`${server.url}/zglos-problem`);
        await page.locator('form[method="post"] button[type="submit"]').last().click();
        await page.locator('.error-summary').waitFor();
        assert.deepEqual(await axeViolations(page), [], `the form's errors in ${locale} (${size})`);
        await screenshot(page, `reports-form-error-${locale}-${size}-js`);
        await context.close();
      }
    });

    it(`shows the Contact Centre’s and the administrator’s pages in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const { context, page } = await pageAs(['contact_centre', 'admin'], locale, viewport);
        await check(page, '/centrum-kontaktu', 'inbox', locale, size);
        await check(page, `/centrum-kontaktu/zgloszenia/${photoReportId}`, 'report', locale, size);
        await check(page, `/centrum-kontaktu/zgloszenia/${attributesReportId}`, 'report-attributes', locale, size);
        await check(page, '/centrum-kontaktu/czasy-odpowiedzi', 'figures', locale, size);
        await check(page, '/centrum-kontaktu/kategorie', 'categories', locale, size);
        await check(page, `/centrum-kontaktu/kategorie/${rubbishId}`, 'category-attributes', locale, size);
        await check(page, `/centrum-kontaktu/kategorie/${rubbishId}/pytania/kind`, 'category-question', locale, size);
        await check(page, `/centrum-kontaktu/kategorie/${rubbishId}/nowe-pytanie`, 'category-question-new', locale, size);
        await check(page, '/admin/open311', 'keys', locale, size);
        await context.close();
      }
    });
  }
});
