import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bookVisit } from '../../src/app/booking/index.ts';
import { challengeAnswer, parseSlotId } from '../../src/domain/booking/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';

// The real clock: the ALTCHA proof-of-work checks its challenge's expiry against the real time (in the
// browser and on the server). Nothing below depends on the date: days and times are chosen from the lists.
const clock = systemClock;
type Locale = 'pl' | 'en' | 'uk';
type Size = 'phone' | 'desktop';

describe('online booking in Chromium: with and without JavaScript, by keyboard, axe in three languages', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Pages without JavaScript: axe cannot run there, so they are only photographed. */
  const withoutScripts = new WeakSet<Page>();
  /** Pages whose anti-bot script is kept away: the question in words, with axe running. */
  const questionInWords = new WeakSet<Page>();
  let people = 0;

  before(async () => {
    // The pages load their scripts from dist/public/js.
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  });

  async function open(options: {
    js: boolean;
    size: Size | { width: number; height: number };
    locale: Locale;
    blockAntiBot?: boolean;
  }): Promise<Page> {
    const viewport = typeof options.size === 'string' ? VIEWPORTS[options.size] : options.size;
    const context = await browser.newContext({ viewport, javaScriptEnabled: options.js, locale: options.locale });
    contexts.push(context);
    await context.addCookies([{ name: 'jezyk', value: options.locale, url: server.url }]);
    const page = await context.newPage();
    if (!options.js) withoutScripts.add(page);
    if (options.blockAntiBot) {
      await page.route('**/static/js/anti-bot.js', (route) => route.abort());
      questionInWords.add(page);
    }
    return page;
  }

  /** axe finds nothing (where JavaScript runs), and the page is saved as a screenshot to look at. */
  async function check(page: Page, name: string): Promise<void> {
    if (!withoutScripts.has(page)) assert.deepEqual(await axeViolations(page), [], name);
    await screenshot(page, `booking-${name}`);
  }

  /** The anti-bot step: the question in words answered without JavaScript, the widget's work awaited with it. */
  async function passAntiBot(page: Page): Promise<void> {
    if (withoutScripts.has(page) || questionInWords.has(page)) {
      const id = await page.locator('input[name="antiBotId"]').inputValue();
      await page.locator('#antiBotAnswer').fill(String(challengeAnswer((await openTextChallenge(server.db, id))!)));
    } else {
      await page.waitForFunction(
        () => (document.querySelector<HTMLInputElement>('input[name="antiBotPayload"]')?.value ?? '') !== '',
        null,
        { timeout: 60_000 },
      );
    }
  }

  /** Submits the main form (the button of the question, not the search or a "change" button). */
  async function submit(page: Page): Promise<void> {
    await Promise.all([
      page.waitForEvent('load'),
      page
        .locator('main form[method="post"] button.button:not(.button--link), main form[method="get"]:not(.search) button.button')
        .last()
        .click(),
    ]);
  }

  /** Service, day, time, details (after one wrong try), check: returns at the check page. */
  async function upToCheck(page: Page, label: string): Promise<void> {
    await page.goto(`${server.url}/`);
    await page.locator('a[href="/rezerwacja"].button').click();
    await check(page, `${label}-1-service`);
    await page.locator('#q').fill('dowod');
    await Promise.all([page.waitForEvent('load'), page.locator('form.search button').click()]);
    await check(page, `${label}-1-service-search`);
    await page.locator('a.choice-list__link').first().click();
    await check(page, `${label}-2-day`);
    await page.locator('a.day-list__link').nth(1).click();
    await check(page, `${label}-3-time`);
    await submit(page);
    assert.match(await page.title(), /^(Błąd|Error|Помилка)/);
    await check(page, `${label}-3-time-error`);
    await page.locator('input[name="termin"]').first().check();
    await submit(page);
    await check(page, `${label}-4-details`);
    await page.locator('#email').fill('nie-adres');
    await submit(page);
    assert.equal(await page.locator('.error-summary a').count(), 2);
    await check(page, `${label}-4-details-error`);
    people += 1;
    await page.locator('#name').fill('Anna Nowak');
    await page.locator('#email').fill(`osoba${people}@example.pl`);
    await submit(page);
    await passAntiBot(page);
    await check(page, `${label}-5-check`);
  }

  /** The visit's own page, then moving it and cancelling it. */
  async function manage(page: Page, label: string): Promise<void> {
    assert.match(await page.locator('[data-booking-code]').innerText(), /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    assert.equal(await page.locator('.qr svg').count(), 1);
    await check(page, `${label}-6-confirmation`);
    await page.locator('a.button--secondary').click();
    await check(page, `${label}-7-move-day`);
    await page.locator('a.day-list__link').nth(2).click();
    await check(page, `${label}-7-move-time`);
    await page.locator('input[name="termin"]').nth(1).check();
    await submit(page);
    assert.match(page.url(), /przeniesiono=1$/);
    await check(page, `${label}-7-moved`);
    await page.locator('a.button--warning').click();
    await check(page, `${label}-8-cancel`);
    await submit(page);
    assert.match(page.url(), /\/rezerwacja\/odwolana$/);
    await check(page, `${label}-8-cancelled`);
  }

  // axe needs JavaScript: the flows without it are photographed; the flows with it run axe in each language.
  for (const run of [
    { locale: 'pl', size: 'phone', js: false },
    { locale: 'en', size: 'desktop', js: false },
    { locale: 'pl', size: 'desktop', js: true },
    { locale: 'en', size: 'phone', js: true },
    { locale: 'uk', size: 'phone', js: true },
    { locale: 'uk', size: 'desktop', js: true },
  ] as const) {
    const label = `${run.locale}-${run.size}-${run.js ? 'js' : 'nojs'}`;
    it(
      `books, moves and cancels a visit (${run.locale}, ${run.size}, JavaScript ${run.js ? 'on' : 'off'}) with no axe violations`,
      { timeout: 240_000 },
      async () => {
        const page = await open(run);
        await upToCheck(page, label);
        await submit(page);
        assert.match(page.url(), /\/rezerwacja\/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\?t=.+&zarezerwowano=1$/);
        await manage(page, label);
        const broken = await open(run);
        await broken.goto(`${server.url}/rezerwacja/AAAA-BBBB?t=1.2.3`);
        await check(broken, `${label}-9-link-invalid`);
      },
    );
  }

  it('offers the nearest free times when the chosen one is taken at the last step', { timeout: 240_000 }, async () => {
    // JavaScript on with the anti-bot script kept away: the question in words, and axe on every page.
    const page = await open({ locale: 'pl', size: 'phone', js: true, blockAntiBot: true });
    await upToCheck(page, 'pl-phone-taken');
    const slot = parseSlotId(await page.locator('input[name="termin"]').first().inputValue())!;
    const office = await currentOffice(server.db);
    const deps = {
      db: server.db,
      clock,
      actor: { kind: 'public' as const, id: null, label: '', role: '', address: '192.0.2.9', officeId: office.id },
    };
    for (let i = 0; ; i += 1) {
      try {
        await bookVisit(deps, {
          serviceId: slot.serviceId,
          startsAt: slot.startsAt,
          name: `Inna Osoba ${i}`,
          email: `zajete${i}@example.pl`,
          phone: '',
          locale: 'pl',
          source: 'online',
        });
      } catch {
        break;
      }
    }
    await submit(page);
    assert.match(await page.locator('.error-summary').innerText(), /Ten termin został właśnie zajęty\. Wybierz inny\./);
    await check(page, 'pl-phone-taken-nearest');
    await page.locator('input[name="termin"]').first().check();
    await submit(page);
    await check(page, 'pl-phone-taken-check-again');
    await page.locator('#antiBotAnswer').fill('nie wiem');
    await submit(page);
    assert.match(await page.title(), /^Błąd: Sprawdź dane/);
    await check(page, 'pl-phone-antibot-error');
    await passAntiBot(page);
    await submit(page);
    assert.match(page.url(), /zarezerwowano=1$/);
  });

  it('reflows without sideways scrolling at 320 pixels wide', { timeout: 240_000 }, async () => {
    const office = await currentOffice(server.db);
    const deps = {
      db: server.db,
      clock,
      actor: { kind: 'public' as const, id: null, label: '', role: '', address: '192.0.2.10', officeId: office.id },
    };
    const idCard = await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow();
    const page = await open({ locale: 'uk', size: { width: 320, height: 640 }, js: true });
    await page.goto(`${server.url}/rezerwacja/dzien?usluga=${idCard.id}`);
    const times = await page.locator('a.day-list__link').nth(3).getAttribute('href');
    await page.goto(`${server.url}${times!}`);
    const slot = parseSlotId(await page.locator('input[name="termin"]').first().inputValue())!;
    const booked = await bookVisit(deps, {
      serviceId: idCard.id,
      startsAt: slot.startsAt,
      name: 'Оксана Коваленко',
      email: 'oksana@example.pl',
      phone: '600 700 800',
      locale: 'uk',
      source: 'online',
    });
    for (const address of [
      '/rezerwacja',
      `/rezerwacja/dzien?usluga=${idCard.id}`,
      times!,
      `/rezerwacja/${booked.code}?t=${encodeURIComponent(booked.manageToken)}`,
    ]) {
      await page.goto(`${server.url}${address}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
          .map((e) => `${e.tagName}.${e.className}:${e.getBoundingClientRect().right}`)
          .slice(0, 5),
      );
      assert.equal(overflow, 0, `${address}: ${wide.join(', ')}`);
    }
    await screenshot(page, 'booking-uk-320-confirmation');
  });

  it('books a visit by keyboard alone (Tab, Space, Enter)', { timeout: 240_000 }, async () => {
    const page = await open({ locale: 'pl', size: 'desktop', js: true });
    await page.goto(`${server.url}/rezerwacja`);
    /** Presses Tab until the focused element matches, then the key. */
    const tabTo = async (selector: string, key?: 'Enter' | 'Space') => {
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
          if (key) await page.keyboard.press(key);
          return;
        }
      }
      assert.fail(`could not reach ${selector} by Tab`);
    };
    const andLoad = async (action: Promise<void>) => {
      await Promise.all([page.waitForEvent('load'), action]);
    };
    await andLoad(tabTo('a.choice-list__link', 'Enter'));
    await andLoad(tabTo('a.day-list__link', 'Enter'));
    await tabTo('input[name="termin"]', 'Space');
    await andLoad(tabTo('main button.button', 'Enter'));
    people += 1;
    await tabTo('#name');
    await page.keyboard.type('Jan Kowalski');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`osoba${people}@example.pl`);
    await andLoad(tabTo('main button.button', 'Enter'));
    assert.match(await page.locator('h1').innerText(), /Sprawdź dane przed rezerwacją/);
    await passAntiBot(page);
    await andLoad(tabTo('main form[action="/rezerwacja/zarezerwuj"] button', 'Enter'));
    assert.match(await page.locator('h1').innerText(), /Wizyta zarezerwowana/);
    await check(page, 'pl-desktop-keyboard-confirmation');
  });
});
