import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { deskId, openAllDay } from '../support/queue.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import type { Role } from '../../src/http/types.ts';

describe('special needs in Chromium: the ground-floor alert on a desk panel, the sign-language pages', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    // A desk panel is a page a clerk keeps open: sound is allowed as on an unattended board.
    browser = await launchBrowser(['--autoplay-policy=no-user-gesture-required']);
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  async function pageAs(roles: Role[], locale = 'pl', viewport: { width: number; height: number } = VIEWPORTS.desk) {
    const client = await loginAs(server, ...roles);
    const context: BrowserContext = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale });
    const [name, value] = client.cookie.split('=') as [string, string];
    await context.addCookies([
      { name, value, url: server.url },
      { name: 'jezyk', value: locale, url: server.url },
    ]);
    return { context, page: await context.newPage(), client };
  }

  it('sounds and shows a call on the open desk panel at once; "Schodzę" tells the Information Point who comes', async () => {
    const desk = await pageAs(['clerk']);
    const opened = await desk.client.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(server.db, '1') });
    assert.equal(opened.status, 201);
    await desk.page.goto(`${server.url}/stanowisko`);
    await desk.page.locator('[data-ground-floor][data-updates]').waitFor();
    const ip = await pageAs(['information_point']);
    await ip.page.goto(`${server.url}/punkt-informacyjny/parter`);
    assert.deepEqual(await axeViolations(ip.page), []);
    const a = await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow();
    const room = await server.db.selectFrom('room').select('id').where('number', '=', 'A.0.1').executeTakeFirstOrThrow();
    await ip.page.locator('#service').selectOption(String(a.id));
    await ip.page.locator('#reason').selectOption('wheelchair');
    await ip.page.locator('#room').selectOption(String(room.id));
    await ip.page.getByRole('button', { name: 'Wezwij na parter' }).click();
    await ip.page.getByText('Wezwanie wysłane.').waitFor();
    // The desk panel, untouched, shows the call and sounded it.
    const item = desk.page.locator('[data-ground-floor-list] [data-status="registered"]');
    await item.waitFor({ timeout: 5000 });
    assert.match(await item.innerText(), /osoba na wózku/);
    assert.match(await desk.page.locator('[data-announce]').innerText(), /Nowe wezwanie na parter/);
    await desk.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-ground-floor]')?.dataset.sounds ?? 0) >= 1);
    assert.deepEqual(await axeViolations(desk.page), []);
    await screenshot(desk.page, 'ground-floor-alert-desk-panel-1366');
    await ip.page.locator('[data-ground-floor][data-updates]').waitFor();
    await desk.page.getByRole('button', { name: 'Schodzę' }).click();
    await desk.page.getByText('Punkt Informacyjny wie, że schodzisz na parter.').waitFor();
    await desk.page.getByRole('button', { name: 'Obsłużono' }).waitFor();
    // The Information Point's list changes by itself.
    await ip.page.locator('[data-ground-floor-list] [data-status="accepted"]').waitFor({ timeout: 5000 });
    assert.match(await ip.page.locator('[data-ground-floor-list]').innerText(), /schodzi: Test clerk, stanowisko 1/);
    assert.deepEqual(await axeViolations(ip.page), []);
    await screenshot(ip.page, 'ground-floor-information-point-1366');
    await ip.page.setViewportSize(VIEWPORTS.phone);
    await screenshot(ip.page, 'ground-floor-information-point-phone');
    await desk.context.close();
    await ip.context.close();
  });

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`has no axe violations on the special-needs pages in ${locale}`, async () => {
      const head = await pageAs(['unit_head'], locale);
      await head.page.goto(`${server.url}/kierownik/parter`);
      assert.equal(await head.page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(await axeViolations(head.page), []);
      await head.context.close();
      const ip = await pageAs(['information_point'], locale);
      await ip.page.goto(`${server.url}/punkt-informacyjny/parter`);
      assert.deepEqual(await axeViolations(ip.page), []);
      await ip.page.locator('form[action="/punkt-informacyjny/parter"] button[type="submit"]').click();
      await ip.page.locator('.error-summary').waitFor();
      assert.deepEqual(await axeViolations(ip.page), []);
      await ip.page.goto(`${server.url}/punkt-informacyjny/tlumacz`);
      assert.deepEqual(await axeViolations(ip.page), []);
      await screenshot(ip.page, `interpreter-staff-${locale}-1366`);
      await ip.context.close();
      const visitor = await browser.newContext({ viewport: VIEWPORTS.phone, locale: locale === 'pl' ? 'pl-PL' : locale });
      await visitor.addCookies([{ name: 'jezyk', value: locale, url: server.url }]);
      const page: Page = await visitor.newPage();
      await page.goto(`${server.url}/tlumacz-migowy`);
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('[data-interpreter-now][data-kind]').waitFor();
      await screenshot(page, `interpreter-public-${locale}-phone`);
      await page.goto(`${server.url}/tlumacz-migowy/zamow`);
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('#date').fill('2020-01-01');
      await page.locator('form[action="/tlumacz-migowy/zamow"] button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      assert.match(await page.title(), /^(Błąd|Error|Помилка)/);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `interpreter-request-error-${locale}-phone`);
      await visitor.close();
      for (const [size, viewport] of [
        ['1366', VIEWPORTS.desk],
        ['phone', VIEWPORTS.phone],
      ] as const) {
        const admin = await pageAs(['admin'], locale, viewport);
        await admin.page.goto(`${server.url}/admin/punkt-informacyjny`);
        assert.deepEqual(await axeViolations(admin.page), []);
        await admin.page.locator('#escalateMinutes').fill('500');
        await admin.page.locator('#videoUrl').fill('http://film');
        await admin.page.locator('form[action="/admin/punkt-informacyjny"] button[type="submit"]').click();
        await admin.page.locator('.error-summary').waitFor();
        assert.deepEqual(await axeViolations(admin.page), []);
        await screenshot(admin.page, `ip-settings-error-${locale}-${size}`);
        await admin.context.close();
      }
    });
  }

  it('leads from the summary of a refused interpreter answer to that request’s own field, with what was chosen kept', async () => {
    const office = await server.db.selectFrom('office').select('id').executeTakeFirstOrThrow();
    const request = await server.db
      .insertInto('interpreter_request')
      .values({
        office_id: office.id,
        method: 'sjm',
        visit_on: '2027-03-10',
        visit_time: '10:00',
        full_name: 'Anna Test',
        email: 'anna@example.pl',
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ip = await pageAs(['information_point']);
    await ip.page.goto(`${server.url}/punkt-informacyjny/tlumacz`);
    const form = ip.page.locator(`form[action="/punkt-informacyjny/tlumacz/zgloszenia/${request.id}"]`);
    await form.locator(`#r${request.id}-propose`).check();
    await form.locator(`#r${request.id}-proposedMethod`).selectOption('video');
    await form.locator('button[type="submit"]').click();
    await ip.page.locator('.error-summary').waitFor();
    await ip.page.locator(`.error-summary a[href="#r${request.id}-reason"]`).click();
    assert.equal(await ip.page.evaluate(() => document.activeElement?.id), `r${request.id}-reason`);
    assert.equal(await ip.page.locator(`#r${request.id}-proposedMethod`).inputValue(), 'video');
    assert.equal(await ip.page.locator(`#r${request.id}-propose`).isChecked(), true);
    assert.deepEqual(await axeViolations(ip.page), []);
    await screenshot(ip.page, 'interpreter-answer-error-pl-1366');
    await ip.context.close();
  });

  it('shows the interpreter becoming unavailable on the public page without a reload', async () => {
    const visitor = await browser.newContext({ viewport: VIEWPORTS.desk, locale: 'pl-PL' });
    const page = await visitor.newPage();
    await page.goto(`${server.url}/tlumacz-migowy`);
    await page.locator('[data-interpreter-now][data-kind="available"]').waitFor();
    await screenshot(page, 'interpreter-public-pl-1366');
    const ip = await loginAs(server, 'information_point');
    assert.equal((await ip.postForm('/punkt-informacyjny/tlumacz/dostepnosc', { available: 'no', reason: 'technical' })).status, 303);
    await page.locator('[data-interpreter-now][data-kind="unavailable"]').waitFor({ timeout: 5000 });
    assert.match(await page.locator('[data-interpreter-now]').innerText(), /problem techniczny/);
    await visitor.close();
  });
});
