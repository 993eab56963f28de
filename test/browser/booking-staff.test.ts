import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import type { Role } from '../../src/http/types.ts';

// Monday 23 November 2026, 08:00 in Warsaw.
const NOW = new Date('2026-11-23T07:00:00Z');
const TUESDAY = '2026-11-24';

describe('booking, staff side, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let serviceA: number;
  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    browser = await launchBrowser();
    serviceA = (await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(roles: Role[], locale = 'pl'): Promise<{ context: BrowserContext; page: Page }> {
    const client = await loginAs(server, ...roles);
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: locale === 'pl' ? 'pl-PL' : locale });
    const [name, value] = client.cookie.split('=') as [string, string];
    await context.addCookies([
      { name, value, url: server.url },
      { name: 'jezyk', value: locale, url: server.url },
    ]);
    return { context, page: await context.newPage() };
  }

  it("lets the administrator set the policy and a service's schedule, with errors an assistive technology can follow", async () => {
    const { context, page } = await pageAs(['admin']);
    await page.goto(`${server.url}/admin/rezerwacje`);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'booking-admin-settings-desktop');
    await page.locator('#walk_in_percent').fill('101');
    await page.getByRole('button', { name: 'Zapisz zasady' }).click();
    await page.locator('.error-summary').waitFor();
    assert.match(await page.title(), /^Błąd: /);
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(`${server.url}/admin/rezerwacje/sprawy/${serviceA}`);
    await page.locator('#starts_at').fill('12:00');
    await page.locator('#ends_at').fill('09:00');
    await page.getByRole('button', { name: 'Dodaj godziny' }).click();
    await page.locator('.error-summary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'booking-admin-service-error-desktop');
    await context.close();
  });

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`books a visit by phone in ${locale} and shows the code to read out`, async () => {
      const { context, page } = await pageAs(['information_point'], locale);
      await page.goto(`${server.url}/punkt-informacyjny/rezerwacja`);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('#service').selectOption(String(serviceA));
      await page.locator('form[method="get"] button').click();
      await page.locator('#date').selectOption(TUESDAY);
      await page.locator('form[method="get"] button').click();
      await page.locator('input[name="time"]').first().waitFor();
      // First send it without the caller's details: the summary names each.
      await page.locator('form[method="post"] button[type="submit"]').last().click();
      await page.locator('.error-summary').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `booking-phone-form-error-${locale}-desktop`);
      await page
        .locator('input[name="time"]')
        .nth(locale === 'pl' ? 0 : locale === 'en' ? 1 : 2)
        .check();
      await page.locator('#name').fill(`Osoba ${locale}`);
      await page.locator('#phone').fill(`60012345${['pl', 'en', 'uk'].indexOf(locale)}`);
      await page.locator('form[method="post"] button[type="submit"]').last().click();
      await page.locator('.booking-code').waitFor();
      assert.match(await page.locator('.booking-code').innerText(), /^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `booking-phone-done-${locale}-desktop`);
      await context.close();
    });
  }

  it("shows the day's bookings as tables by unit and desk", async () => {
    const { context, page } = await pageAs(['information_point']);
    await page.goto(`${server.url}/rezerwacje/dzien?dzien=${TUESDAY}`);
    assert.equal((await page.locator('caption').count()) > 0, true);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'booking-day-desktop');
    await context.close();
  });
});
