import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import type { Role } from '../../src/http/types.ts';

// The demo administrator created by the demo data (printed by `npm start`).
const ADMIN = { login: 'demo.admin', password: 'demo-admin-2026' };

describe('foundation in Chromium', () => {
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

  async function newPage(
    options: { size?: keyof typeof VIEWPORTS; locale?: string; cookie?: string } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: VIEWPORTS[options.size ?? 'desktop'], locale: options.locale ?? 'pl-PL' });
    if (options.cookie) {
      const [name, value] = options.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.url }]);
    }
    return { context, page: await context.newPage() };
  }

  it('lets a visitor switch the home page to English and Ukrainian, and remembers the choice', async () => {
    const { context, page } = await newPage({ size: 'phone' });
    await page.goto(`${server.url}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${server.url}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.locator('h2').first().innerText(), /Buildings/);
    await page.getByRole('link', { name: 'Українська' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'uk');
    await page.goto(`${server.url}/deklaracja-dostepnosci`);
    assert.equal(await page.getAttribute('html', 'lang'), 'uk', 'the choice is kept on the next page');
    await screenshot(page, 'foundation-statement-uk-phone');
    await context.close();
  });

  it('logs an administrator in, shows a validation error of a service in the error summary, then saves it', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/logowanie`);
    await page.getByLabel('Login').fill(ADMIN.login);
    await page.getByLabel('Hasło').fill(ADMIN.password);
    await page.getByRole('button', { name: /Zaloguj/ }).click();
    await page.waitForURL(`${server.url}/admin`);

    const service = await server.db
      .selectFrom('service')
      .select(['id', 'name_pl'])
      .where('ticket_letter', '=', 'A')
      .executeTakeFirstOrThrow();
    await page.goto(`${server.url}/admin/sprawy/${service.id}`);
    await page.locator('#name_pl').fill('');
    await page.getByRole('button', { name: 'Zapisz' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await page.title(), /^Błąd: Sprawa: /);
    assert.ok((await page.locator('h1').innerText()).includes(service.name_pl), 'the title names the service as saved');
    assert.equal(await summary.locator('a').first().getAttribute('href'), '#name_pl');
    assert.match(await page.locator('#name_pl-error').innerText(), /wymagane/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'foundation-service-error-desktop');
    const unchanged = await server.db.selectFrom('service').select('name_pl').where('id', '=', service.id).executeTakeFirstOrThrow();
    assert.equal(unchanged.name_pl, service.name_pl, 'nothing was written');

    await summary.locator('a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'name_pl', 'the summary link moves to the field');
    await page.locator('#name_pl').fill('Wydanie dowodu osobistego (zmienione)');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.locator('.notice').waitFor();
    const saved = await server.db.selectFrom('service').select('name_pl').where('id', '=', service.id).executeTakeFirstOrThrow();
    assert.equal(saved.name_pl, 'Wydanie dowodu osobistego (zmienione)');
    await context.close();
  });

  // Every page built so far, for the role that may open it, in each language: 0 axe-core violations.
  const PAGES: { role: Role | null; paths: string[] }[] = [
    { role: null, paths: ['/', '/deklaracja-dostepnosci', '/logowanie'] },
    {
      role: 'admin',
      paths: [
        '/admin',
        '/admin/urzad',
        '/admin/budynki',
        '/admin/budynki/nowy',
        '/admin/komorki',
        '/admin/komorki/nowa',
        '/admin/sprawy',
        '/admin/sprawy/nowa',
        '/admin/stanowiska',
        '/admin/stanowiska/nowe',
        '/admin/godziny',
        '/admin/pracownicy',
        '/admin/pracownicy/nowy',
        '/admin/urzadzenia',
        '/admin/dziennik',
        '/konto/haslo',
      ],
    },
    { role: 'clerk', paths: ['/stanowisko'] },
    { role: 'information_point', paths: ['/punkt-informacyjny'] },
    { role: 'unit_head', paths: ['/kierownik'] },
    { role: 'city_secretary', paths: ['/sekretarz'] },
    { role: 'register_keeper', paths: ['/rejestr-upowaznien'] },
    { role: 'contact_centre', paths: ['/centrum-kontaktu'] },
  ];

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`has no axe-core violations on any page built so far, in ${locale}`, async () => {
      const failures: string[] = [];
      for (const group of PAGES) {
        const cookie = group.role ? (await loginAs(server, group.role)).cookie : undefined;
        const { context, page } = await newPage({ locale, ...(cookie ? { cookie } : {}) });
        await context.addCookies([{ name: 'jezyk', value: locale, url: server.url }]);
        for (const path of group.paths) {
          const response = await page.goto(`${server.url}${path}`);
          if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
          assert.equal(await page.getAttribute('html', 'lang'), locale, path);
          for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
          if (locale === 'pl') await screenshot(page, `foundation${path === '/' ? '-home' : path.replace(/\//g, '-')}`);
        }
        await context.close();
      }
      assert.deepEqual(failures, []);
    });
  }
});
