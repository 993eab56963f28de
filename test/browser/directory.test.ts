import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import type { Role } from '../../src/http/types.ts';

// Thursday 3 December 2026, 10:00 in Warsaw.
const NOW = new Date('2026-12-03T09:00:00Z');

describe('the Information Point directory in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(roles: Role[], locale = 'pl', viewport: { width: number; height: number } = VIEWPORTS.desk) {
    const context = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale });
    await context.addCookies([{ name: 'jezyk', value: locale, url: server.url }]);
    if (roles.length > 0) {
      const client = await loginAs(server, ...roles);
      const [name, value] = client.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.url }]);
    }
    return { context, page: await context.newPage() };
  }

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows results as a resident types on /gdzie-zalatwie in ${locale}, with no axe violations`, async () => {
      const { context, page } = await pageAs([], locale, VIEWPORTS.phone);
      await page.goto(`${server.url}/`);
      await page.locator('a[href="/gdzie-zalatwie"]').click();
      await page.waitForURL(/\/gdzie-zalatwie$/);
      assert.deepEqual(await axeViolations(page), []);
      await page
        .locator('#q')
        .pressSequentially(locale === 'uk' ? 'паспорт' : locale === 'en' ? 'ID card' : 'zgubiłem dowód', { delay: 20 });
      await page.locator('#directory-results .matter').first().waitFor();
      assert.match(await page.locator('#directory-results .matter__name').first().innerText(), /dowód osobisty|ID card|посвідчення особи/i);
      assert.match(page.url(), /\?q=/);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `directory-public-${locale}-phone`);
      await context.close();
    });
  }

  it('works without JavaScript as a GET form', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desk, javaScriptEnabled: false, locale: 'pl-PL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/gdzie-zalatwie`);
    await page.locator('#q').fill('rejestracja auta');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.waitForURL(/q=rejestracja/);
    assert.match(await page.locator('.matter__name').first().innerText(), /Rejestracja pojazdu/);
    assert.match(await page.locator('.matter__note').first().innerText(), /CEPiK nie działa/);
    // Scripts are off in this page, axe's too: the same page is checked with axe above.
    await screenshot(page, 'directory-public-nojs-desk');
    await context.close();
  });

  it('gives the Information Point one screen at 1366×768, keyboard first (access keys), with no axe violations', async () => {
    const { context, page } = await pageAs(['information_point']);
    await page.goto(`${server.url}/punkt-informacyjny`);
    assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
    // Access keys for every part (a browser decides the modifier: Alt, Alt+Shift, Ctrl+Alt).
    assert.equal(await page.locator('#q').getAttribute('accesskey'), 's');
    assert.equal(await page.locator('a[accesskey="b"]').getAttribute('href'), '/punkt-informacyjny/bilet');
    assert.equal(await page.locator('a[accesskey="r"]').getAttribute('href'), '/punkt-informacyjny/rezerwacja');
    await page.locator('#q').focus();
    await page.keyboard.type('prawo jazdy', { delay: 20 });
    await page.locator('#directory-results .transfer-sentence').first().waitFor();
    assert.match(await page.locator('.transfer-sentence').first().innerText(), /Przełączam Panią\/Pana\. Sprawę załatwi: Piotr Kamiński/);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    const search = await page.locator('#q').boundingBox();
    const side = await page.locator('.ip-grid__side').boundingBox();
    assert.ok(search && search.y + search.height < 768, 'the search is on the first screen');
    assert.ok(side && side.x > 600, 'the panels stand beside the search');
    assert.deepEqual(await axeViolations(page, { also: ['best-practice'] }), []);
    await screenshot(page, 'directory-information-point-desk');
    await page
      .getByRole('button', { name: /Odnotuj przełączenie/ })
      .first()
      .click();
    await page.locator('.notice--success').waitFor();
    await page.goto(`${server.url}/punkt-informacyjny/bilet`);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Wydaj bilet' }).click();
    await page.locator('.error-summary').waitFor();
    assert.match(await page.title(), /^Błąd: /);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'directory-issue-ticket-error-desk');
    await context.close();
  });

  it('shows the Information Point’s page on a phone too', async () => {
    const { context, page } = await pageAs(['information_point'], 'uk', VIEWPORTS.phone);
    await page.goto(`${server.url}/punkt-informacyjny?q=${encodeURIComponent('реєстрація авто')}`);
    await screenshot(page, 'directory-information-point-uk-phone');
    assert.deepEqual(await axeViolations(page), []);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(widths[0]! <= widths[1]!, `the page is ${widths[0]} px wide on a ${widths[1]} px screen`);
    await context.close();
  });

  it('has no axe violations on the phone directory, a unit’s printable list, notes, absences and the staff phone form', async () => {
    const { context, page } = await pageAs(['unit_head', 'admin'], 'en');
    const km = await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow();
    const clerk = await server.db.selectFrom('staff').select('id').where('login', '=', 'demo.urzednik').executeTakeFirstOrThrow();
    for (const [path, shot] of [
      ['/spis-telefonow?q=meldunek', 'directory-phone-en-desk'],
      [`/spis-telefonow/komorki/${km.id}`, 'directory-unit-list-en-desk'],
      ['/informacje-dla-punktu', 'directory-notes-en-desk'],
      ['/nieobecnosci', 'directory-absences-en-desk'],
      [`/admin/pracownicy/${clerk.id}/telefon`, 'directory-staff-phone-en-desk'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      assert.deepEqual(await axeViolations(page), [], path);
      await screenshot(page, shot);
    }
    await page.goto(`${server.url}/informacje-dla-punktu`);
    await page.locator('#text_pl').fill('');
    await page.getByRole('button', { name: 'Post the note' }).click();
    await page.locator('.error-summary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${server.url}/nieobecnosci`);
    await page.getByRole('button', { name: 'Save the absence' }).click();
    await page.locator('.error-summary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'directory-absences-error-en-desk');
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}/spis-telefonow/komorki/${km.id}`);
    await screenshot(page, 'directory-unit-list-print');
    await context.close();
  });
});
