import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { challengeAnswer, numberInWords } from '../../src/domain/booking/index.ts';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ANTI_BOT_TEST_PAGE, antiBotTestRoutes } from '../support/anti-bot-page.tsx';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';

describe('the anti-bot field in Chromium, under the real CSP', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer({ extraRoutes: antiBotTestRoutes });
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  });

  /** A page that records every CSP violation and script error, for the test to assert there were none. */
  async function open(options: {
    javaScript: boolean;
    locale?: string;
    viewport?: { width: number; height: number };
  }): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({
      viewport: options.viewport ?? VIEWPORTS.phone,
      locale: options.locale ?? 'pl-PL',
      javaScriptEnabled: options.javaScript,
    });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // A refused form comes back with 422, as it should; Chromium logs every 4xx document.
      if (/status of 422/.test(message.text())) return;
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => {
      problems.push(error.message);
    });
    return { page, problems };
  }

  async function submittedText(page: Page): Promise<string> {
    // The answer's page, not the form still showing while it comes: its load is awaited from before the click.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Zapisz' }).click()]);
    return page.locator('body').innerText();
  }

  it('solves the proof-of-work by itself with JavaScript on, and the server accepts its payload once', async () => {
    const { page, problems } = await open({ javaScript: true });
    await page.goto(`${server.url}${ANTI_BOT_TEST_PAGE}`);
    const payload = page.locator('input[name="antiBotPayload"]');
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('input[name="antiBotPayload"]')?.value ?? '') !== '', null, {
      timeout: 60_000,
    });
    // The question in words is hidden and cannot be sent; the widget says it is done, in Polish.
    assert.equal(await page.locator('[data-anti-bot-text]').isHidden(), true);
    assert.equal(await page.locator('#antiBotAnswer').isDisabled(), true);
    await page.locator('altcha-widget', { hasText: 'Sprawdzono' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'anti-bot-widget-phone');
    // The widget's checkbox is labelled with its state and reachable by keyboard.
    const checkbox = page.getByRole('checkbox', { name: 'Sprawdzono', checked: true });
    await checkbox.focus();
    assert.equal(await checkbox.evaluate((element) => element === document.activeElement), true);
    const sent = await payload.inputValue();

    assert.equal(await submittedText(page), 'accepted: altcha');
    assert.deepEqual(problems, []);

    // The same payload sent again (a replay) is refused.
    const replay = await fetch(`${server.url}${ANTI_BOT_TEST_PAGE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ antiBotPayload: sent }),
    });
    assert.equal(replay.status, 422);
    assert.match(await replay.text(), /To sprawdzenie zostało już wykorzystane/);
  });

  it('speaks Ukrainian in a Ukrainian browser', async () => {
    const { page, problems } = await open({ javaScript: true, locale: 'uk-UA' });
    await page.goto(`${server.url}${ANTI_BOT_TEST_PAGE}`);
    await page.locator('altcha-widget', { hasText: 'Перевірено' }).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole('checkbox', { name: 'Перевірено', checked: true }).count(), 1);
    assert.deepEqual(problems, []);
  });

  /** The answer of the question on the page. */
  async function answerOn(page: Page): Promise<number> {
    const id = await page.locator('input[name="antiBotId"]').inputValue();
    return challengeAnswer((await openTextChallenge(server.db, id))!);
  }

  it('asks the question in words with JavaScript off, refuses a wrong answer and accepts a right one in words', async () => {
    const { page, problems } = await open({ javaScript: false });
    await page.goto(`${server.url}${ANTI_BOT_TEST_PAGE}`);
    const question = await page.locator('label[for="antiBotAnswer"]').innerText();
    assert.match(question, /^Ile to jest \p{L}+ (dodać|odjąć) \p{L}+\?$/u);
    assert.equal(await page.locator('#antiBotAnswer-hint').innerText(), 'Wpisz wynik cyframi lub słowami.');
    await screenshot(page, 'anti-bot-question-phone');
    const answer = await answerOn(page);

    await page.getByLabel(question).fill(String(answer + 1));
    await page.getByRole('button', { name: 'Zapisz' }).click();
    // The summary is only on the answer's page: waiting for it waits for that page, whose title is read next.
    assert.match(await page.locator('.error-summary a[href="#antiBot"]').innerText(), /^Odpowiedź jest nieprawidłowa/);
    assert.match(await page.title(), /^Błąd:/);
    assert.equal(await page.locator('#antiBotAnswer').getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'anti-bot-question-error-phone');

    // The same question is asked again; its answer in words is accepted.
    await page.getByLabel(question).fill(numberInWords(answer, 'pl'));
    assert.equal(await submittedText(page), 'accepted: text');
    assert.deepEqual(problems, []);
  });

  it('passes axe with the question in words and with its error (our script blocked)', async () => {
    // axe needs JavaScript to run, so here JavaScript is on and only our script is kept away.
    const { page } = await open({ javaScript: true });
    await page.route('**/static/js/anti-bot.js', (route) => route.abort());
    await page.goto(`${server.url}${ANTI_BOT_TEST_PAGE}`);
    assert.equal(await page.locator('#antiBotAnswer').isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#antiBotAnswer').fill('nie wiem');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.locator('.error-summary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    // The error summary's link takes the keyboard to the question.
    await page.locator('.error-summary a[href="#antiBot"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'antiBot');
  });

  it('reflows without sideways scrolling at 320 pixels wide (a 1280-pixel screen at 400% zoom)', async () => {
    for (const javaScript of [true, false]) {
      const { page } = await open({ javaScript, viewport: { width: 320, height: 640 } });
      await page.goto(`${server.url}${ANTI_BOT_TEST_PAGE}`);
      if (javaScript) await page.locator('altcha-widget', { hasText: 'Sprawdzono' }).waitFor({ timeout: 60_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `JavaScript ${javaScript ? 'on' : 'off'}`);
    }
  });
});
