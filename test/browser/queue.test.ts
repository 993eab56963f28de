import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import { deviceFetch, openAllDay, registerDevice, serviceId, usePrinter } from '../support/queue.ts';
import { decodeEscPos } from '../support/escpos-decode.ts';
import { startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

describe('the queue in Chromium: kiosk, follow page, desk panel, board', () => {
  let server: TestServer;
  let browser: Browser;
  let printer: TestPrinter;
  const contexts: BrowserContext[] = [];

  before(async () => {
    // The pages load their scripts from dist/public/js.
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer();
    await openAllDay(server.db);
    // As a board is started on the wall (deploy/board.md): sound without a touch.
    browser = await launchBrowser(['--autoplay-policy=no-user-gesture-required']);
    printer = await startTestPrinter();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await printer.close();
    await server.close();
  });

  async function open(size: keyof typeof VIEWPORTS, cookies: { name: string; value: string }[] = [], language = 'pl'): Promise<Page> {
    const context = await browser.newContext({
      viewport: VIEWPORTS[size],
      locale: `${language}-${language === 'en' ? 'GB' : language.toUpperCase()}`,
    });
    if (language !== 'pl') cookies = [...cookies, { name: 'jezyk', value: language }];
    contexts.push(context);
    if (cookies.length > 0) await context.addCookies(cookies.map((c) => ({ ...c, url: server.url })));
    return context.newPage();
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], name);
    await screenshot(page, name);
  }

  it('issues a ticket at the kiosk, follows it, calls it at the desk, shows it on the board and finishes it', async () => {
    // Kiosk: the device logs in with its token, then two touches issue a ticket.
    const kioskDevice = await registerDevice(server.db, 'kiosk');
    await usePrinter(server.db, kioskDevice.id, printer);
    const kiosk = await open('kiosk');
    await kiosk.goto(`${server.url}/urzadzenie`);
    await noViolations(kiosk, 'queue-device-login-kiosk');
    await kiosk.getByLabel('Kod urządzenia').fill(kioskDevice.token);
    await kiosk.getByRole('button', { name: 'Włącz urządzenie' }).click();
    await kiosk.waitForURL(`${server.url}/kiosk`);
    await noViolations(kiosk, 'queue-kiosk-home');
    const unit = await server.db
      .selectFrom('service')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .select(['unit.name_pl as unit', 'service.name_pl as service'])
      .where('service.ticket_letter', '=', 'H')
      .executeTakeFirstOrThrow();
    await kiosk.getByRole('link', { name: unit.unit }).click();
    await kiosk.waitForURL(/\/kiosk\/wydzial\//);
    await noViolations(kiosk, 'queue-kiosk-unit');
    await kiosk.getByRole('button', { name: new RegExp(unit.service.slice(0, 20)) }).click();
    await kiosk.waitForURL(/\/kiosk\/bilet\/[A-Z0-9]{12}(\?.*)?$/);
    assert.match(await kiosk.locator('.ticket__number').innerText(), /H001$/);
    assert.equal(await kiosk.locator('.qr svg').count(), 1);
    await noViolations(kiosk, 'queue-kiosk-ticket');
    const code = kiosk.url().split('/').pop()!.split('?')[0]!;
    // The ticket went to the kiosk's printer (beside status queries: the print's own, the kiosk's heartbeat's).
    const ticketJob = printer.jobs.find((job) => decodeEscPos(job).lines.some((line) => line.trim() === 'H001'));
    assert.ok(ticketJob, 'the ticket was printed');
    const printed = decodeEscPos(ticketJob);
    assert.ok(
      printed.lines.some((line) => line.trim() === 'H001'),
      printed.lines.join('\n'),
    );
    assert.deepEqual(printed.qrCodes, [`${server.app.deps.config.publicUrl}/bilet/${code}`]);

    // The follow page on a phone: waiting.
    const phone = await open('phone');
    // A phone that can vibrate: the page's calls are recorded.
    // (A string: tsx would wrap a function's inner arrows in a helper the page does not have.)
    await phone.addInitScript(
      'window.vibrations = []; Object.defineProperty(Navigator.prototype, "vibrate", { configurable: true, value: (p) => window.vibrations.push(p) > 0 });',
    );
    await phone.goto(`${server.url}/bilet/${code}`);
    assert.match(await phone.locator('[data-field="status"]').innerText(), /czeka w kolejce/);
    assert.equal(await phone.title(), 'Bilet H001 — UM Piotrków Trybunalski');
    await noViolations(phone, 'queue-follow-waiting-phone');
    // Sound needs the resident's press; the page says why and plays a chime to show it works.
    await phone.getByRole('button', { name: 'Włącz dźwięk powiadomienia' }).click();
    await phone.getByText('Dźwięk powiadomienia jest włączony').waitFor();
    await phone.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-ticket-code]')?.dataset.chimes ?? 0) >= 1);

    // The board, listening.
    const boardDevice = await registerDevice(server.db, 'board');
    const board = await open('board', [{ name: 'okienko_urzadzenie', value: boardDevice.token }]);
    await board.goto(`${server.url}/tablica/${boardDevice.id}`);
    await board.locator('[data-calls-empty]').waitFor();
    await noViolations(board, 'queue-board-empty');

    // The desk panel: open desk 6 (it serves H) and call the next ticket.
    const clerk = await loginAs(server, 'clerk');
    const [name, value] = clerk.cookie.split('=') as [string, string];
    const desk = await open('desk', [{ name, value }]);
    await desk.goto(`${server.url}/stanowisko`);
    await noViolations(desk, 'queue-desk-closed');
    await desk
      .getByLabel('Twoje stanowisko na dziś')
      .selectOption({ label: 'Stanowisko 6 — Podatki (Siedziba główna, Pasaż Karola Rudowskiego 10)' });
    await desk.getByRole('button', { name: 'Otwórz stanowisko' }).click();
    await desk.getByRole('button', { name: /Wezwij następny/ }).click();
    assert.equal(await desk.locator('.desk__number').innerText(), 'H001');
    await noViolations(desk, 'queue-desk-called');
    // On a 1366×768 screen the ticket, its actions and the transfer are all in view without scrolling.
    for (const target of [
      desk.locator('.desk__number'),
      desk.getByRole('button', { name: /Rozpocznij obsługę/ }),
      desk.getByRole('button', { name: /Zwróć do kolejki/ }),
      desk.getByLabel('Przekaż do sprawy'),
      desk.getByRole('button', { name: /^Przekaż/ }),
    ]) {
      const box = await target.boundingBox();
      assert.ok(
        box && box.y >= 0 && box.y + box.height <= VIEWPORTS.desk.height,
        `${String(target)} ends at ${box ? box.y + box.height : '?'}`,
      );
    }
    assert.equal(await desk.evaluate(() => window.scrollY), 0);

    // The waiting counts follow the queue without a reload.
    const h = await serviceId(server.db, 'H');
    const waitingH = desk.locator(`[data-waiting="${h}"]`);
    assert.equal(await waitingH.innerText(), 'nikt nie czeka');
    await desk.locator('[data-live-text]', { hasText: 'Liczby odświeżają się same.' }).waitFor();
    const second = (await (await deviceFetch(server.url, kioskDevice.token)('POST', '/api/kiosk/bilety', { serviceId: h })).json()) as {
      followUrl: string;
    };
    await desk.locator(`[data-waiting="${h}"]`, { hasText: '1 osoba' }).waitFor();

    // The board shows the call and sounds the gong; the follow page says the desk.
    const call = board.locator('[data-calls] .board__call--newest');
    await call.locator('.board__number', { hasText: 'H001' }).waitFor();
    assert.equal(await call.locator('.board__desk').innerText(), 'stanowisko 6');
    await board.waitForFunction(() => Number(document.body.dataset.gongs ?? 0) >= 1);
    await noViolations(board, 'queue-board-called');
    await phone.locator('[data-field="status"]', { hasText: 'wywołany do stanowiska 6' }).waitFor();
    // Called: the title, a vibration, the chime and an alert with where to go, focused.
    await phone.waitForFunction(() => document.title.startsWith('▶ H001 — stanowisko 6'));
    const alert = phone.getByRole('alert');
    assert.equal(await alert.innerText(), 'Wywołano Twój numer H001. Podejdź do stanowiska 6: Siedziba główna, 2. piętro, pokój 201.');
    assert.equal(await alert.evaluate((element) => element === document.activeElement), true);
    assert.deepEqual(await phone.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations), [[400, 200, 400, 200, 800]]);
    await phone.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-ticket-code]')?.dataset.chimes ?? 0) >= 2);
    assert.equal(await phone.locator('[data-label="where"]').innerText(), 'Gdzie podejść');
    await noViolations(phone, 'queue-follow-called-phone');

    // The clerk serves and finishes; the follow page follows.
    await desk.getByRole('button', { name: /Rozpocznij obsługę/ }).click();
    await desk.getByRole('button', { name: /Zakończ — sprawa załatwiona/ }).click();
    await desk.locator('.notice', { hasText: 'Obsługa zakończona.' }).waitFor();
    await phone.locator('[data-field="status"]', { hasText: 'sprawa zakończona' }).waitFor();
    assert.equal(await phone.title(), 'Bilet H001 — UM Piotrków Trybunalski');
    assert.equal(await phone.getByRole('alert').innerText(), '');
    await board.locator('[data-calls-empty]').waitFor({ state: 'visible' });

    // A ticket transferred to another service: its follow page shows the new service and where to wait, live.
    const secondPhone = await open('phone');
    await secondPhone.goto(second.followUrl.replace(server.app.deps.config.publicUrl, server.url));
    await desk.getByRole('button', { name: /Wezwij następny/ }).click();
    await secondPhone.waitForFunction(() => document.title.startsWith('▶ H002'));
    await desk.getByLabel('Przekaż do sprawy').selectOption({ label: 'A — Wniosek o dowód osobisty' });
    await desk.getByRole('button', { name: /^Przekaż/ }).click();
    await desk.locator('.notice', { hasText: 'Bilet przekazany.' }).waitFor();
    await secondPhone.locator('[data-field="service"]', { hasText: 'Wniosek o dowód osobisty' }).waitFor();
    assert.equal(await secondPhone.locator('[data-field="where"]').innerText(), 'Siedziba główna, parter, pokój P.01');
    assert.equal(await secondPhone.locator('[data-label="where"]').innerText(), 'Gdzie czekać');
    assert.equal(await secondPhone.title(), 'Bilet H002 — UM Piotrków Trybunalski');
    await noViolations(secondPhone, 'queue-follow-transferred-phone');

    // The same clerk calls from another window (here the API): the panel says it no longer shows the desk as it is.
    await deviceFetch(server.url, kioskDevice.token)('POST', '/api/kiosk/bilety', { serviceId: h });
    await desk.locator(`[data-waiting="${h}"]`, { hasText: '1 osoba' }).waitFor();
    assert.equal(await desk.locator('[data-stale]').isVisible(), false);
    assert.equal((await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).status, 200);
    await desk.locator('[data-stale]').waitFor({ state: 'visible' });
  });

  for (const language of ['en', 'uk'] as const) {
    it(`has no accessibility violations on the kiosk, follow page, desk panel and board in ${language === 'en' ? 'English' : 'Ukrainian'}`, async () => {
      const kioskDevice = await registerDevice(server.db, 'kiosk');
      const kiosk = await open('kiosk', [{ name: 'okienko_urzadzenie', value: kioskDevice.token }], language);
      await kiosk.goto(`${server.url}/kiosk`);
      assert.equal(await kiosk.locator('html').getAttribute('lang'), language);
      await noViolations(kiosk, `queue-kiosk-home-${language}`);
      await kiosk.locator('a.kiosk__tile--unit').first().click();
      await kiosk.waitForURL(/\/kiosk\/wydzial\//);
      await noViolations(kiosk, `queue-kiosk-unit-${language}`);
      await kiosk.locator('form button').first().click();
      await kiosk.waitForURL(/\/kiosk\/bilet\//);
      await noViolations(kiosk, `queue-kiosk-ticket-${language}`);
      const code = kiosk.url().split('/').pop()!.split('?')[0]!;
      const phone = await open('phone', [], language);
      await phone.goto(`${server.url}/bilet/${code}`);
      await noViolations(phone, `queue-follow-${language}`);

      const boardDevice = await registerDevice(server.db, 'board');
      const board = await open('board', [{ name: 'okienko_urzadzenie', value: boardDevice.token }], language);
      await board.goto(`${server.url}/tablica/${boardDevice.id}`);
      const clerk = await loginAs(server, 'clerk');
      const [name, value] = clerk.cookie.split('=') as [string, string];
      const desk = await open('desktop', [{ name, value }], language);
      await desk.goto(`${server.url}/stanowisko`);
      await noViolations(desk, `queue-desk-closed-${language}`);
      // A desk serving the ticket's service that no other clerk has open.
      const free = await server.db
        .selectFrom('ticket')
        .innerJoin('desk_service', 'desk_service.service_id', 'ticket.service_id')
        .select('desk_service.desk_id')
        .where('ticket.public_code', '=', code)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('desk_session')
                .select('desk_session.id')
                .whereRef('desk_session.desk_id', '=', 'desk_service.desk_id')
                .where('desk_session.status', '<>', 'closed'),
            ),
          ),
        )
        .orderBy('desk_service.desk_id')
        .executeTakeFirstOrThrow();
      await desk.locator('#deskId').selectOption(String(free.desk_id));
      await desk.locator('form[action="/stanowisko/otworz"] button').click();
      await desk.locator('form[action="/stanowisko/wezwij-nastepny"] button').click();
      await desk.locator('.desk__number').waitFor();
      await noViolations(desk, `queue-desk-called-${language}`);
      await board.locator('[data-calls] .board__call--newest').waitFor();
      await noViolations(board, `queue-board-called-${language}`);
      // Leave the desk free for the next language: the ticket back to the queue, the desk closed.
      await desk.locator('form[action$="/zwroc"] button').click();
      await desk.locator('form[action="/stanowisko/zamknij"] button').click();
      await desk.locator('#deskId').waitFor();
    });
  }
});
