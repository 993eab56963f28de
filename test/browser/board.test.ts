// The waiting-room board in Chromium as it hangs on the wall: started with the autoplay flag of
// deploy/board.md, with no speech voices in the browser (Debian's Chromium here has none), nobody to touch it;
// and started without the flag, where Chromium keeps sound off until a touch.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { listenToBoardAudio, type PlayedAudio } from '../support/board-audio.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import { deviceFetch, openAllDay, registerDevice, type DeviceFetch, callNextAt, clerkAtDesk, finishAt, issueAt } from '../support/queue.ts';

describe('the board in Chromium: heard without a voice or a touch, last calls, buildings, health, revocation', () => {
  let server: TestServer;
  let browser: Browser;
  let browserWithoutFlag: Browser;
  let kiosk: DeviceFetch;
  let mainBuilding: number;
  const contexts: BrowserContext[] = [];

  before(async () => {
    // The pages load their scripts from dist/public/js.
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startTestServer();
    await openAllDay(server.db);
    browser = await launchBrowser(['--autoplay-policy=no-user-gesture-required']);
    browserWithoutFlag = await launchBrowser();
    kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    mainBuilding = (await server.db.selectFrom('building').select('id').where('name', '=', 'Siedziba główna').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await browserWithoutFlag.close();
    await server.close();
  });

  /** A board standing in the main building, open in its own browser context. */
  async function openBoard(options: { withoutFlag?: boolean } = {}): Promise<{ id: number; token: string; page: Page }> {
    const board = await registerDevice(server.db, 'board');
    await server.db.updateTable('device').set({ building_id: mainBuilding }).where('id', '=', board.id).execute();
    const context = await (options.withoutFlag ? browserWithoutFlag : browser).newContext({ viewport: VIEWPORTS.board, locale: 'pl-PL' });
    contexts.push(context);
    await listenToBoardAudio(context);
    await context.addCookies([{ name: 'okienko_urzadzenie', value: board.token, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/tablica/${board.id}`);
    return { ...board, page };
  }

  const issue = (letter: string) => issueAt(kiosk, server.db, letter);
  const clerkAt = (desk: string) => clerkAtDesk(server, desk);

  function played(page: Page): Promise<PlayedAudio> {
    return page.evaluate(() => (window as unknown as { __played: PlayedAudio }).__played);
  }

  /** The board's device row once `ready` says it is as expected (the board reports on its own time). */
  async function deviceRow(id: number, ready: (row: { health: string; health_details: unknown; last_failure: string | null }) => boolean) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const row = await server.db
        .selectFrom('device')
        .select(['health', 'health_details', 'last_failure', 'last_seen_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (row.last_seen_at !== null && ready(row)) return row;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`device ${id} never reported as expected`);
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], name);
    await screenshot(page, name);
  }

  // First, on a fresh office: the board's last calls are the office's.
  it('lists three calls at one desk as three last calls, newest first, with the current one large', async () => {
    for (let i = 0; i < 3; i += 1) await issue('H');
    const board = await openBoard();
    await board.page.waitForFunction(() => document.body.dataset.sound === 'ok');
    const clerk = await clerkAt('6');
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const call = await callNextAt(clerk);
      numbers.unshift(call.number);
      await board.page.locator('[data-recent-calls] .board__number', { hasText: call.number }).waitFor();
      if (i < 2) await finishAt(clerk, call.ticketId);
    }
    const recent = board.page.locator('[data-recent-calls] > li');
    await board.page.waitForFunction(() => document.querySelectorAll('[data-recent-calls] > li').length === 3);
    assert.deepEqual(await recent.locator('.board__number').allInnerTexts(), numbers);
    assert.deepEqual(
      (await recent.locator('.board__recent-desk').allInnerTexts()).map((t) => t.trim()),
      ['→ stanowisko 6', '→ stanowisko 6', '→ stanowisko 6'],
    );
    const large = board.page.locator('[data-calls] > li');
    assert.deepEqual(await large.locator('.board__number').allInnerTexts(), [numbers[0]]);
    assert.match((await large.getAttribute('class')) ?? '', /board__call--newest/);
    assert.equal(await board.page.locator('[data-recent-empty]').isHidden(), true);
    await noViolations(board.page, 'board-last-calls');
    await clerk.sendJson('POST', '/api/stanowisko/zamknij', {});
  });

  it('sounds the gong and plays the call as the server says it, with no voice in the browser and nobody touching it', async () => {
    const board = await openBoard();
    await board.page.waitForFunction(() => document.body.dataset.sound === 'ok');
    const voices = await board.page.evaluate(() => speechSynthesis.getVoices().length);
    const row = await deviceRow(board.id, (r) => r.health === 'ok');
    assert.deepEqual(row.health_details, { sound: 'ok', stream: 'connected' }, 'the board reported itself alive');

    // The administrator's device page shows when the board last reported, not "nigdy".
    const admin = await loginAs(server, 'admin');
    const devicePage = await (await admin.get(`/admin/urzadzenia/${board.id}`)).text();
    const lastSeen = /Ostatni kontakt<\/dt><dd class="summary-row__value">([^<]*)</.exec(devicePage)?.[1];
    assert.ok(lastSeen !== undefined && lastSeen !== 'nigdy' && /\d\d:\d\d/.test(lastSeen), `last contact: ${lastSeen}`);

    const number = await issue('F');
    const clerk = await clerkAt('5');
    const recording = board.page.waitForResponse((r) => /\/api\/kolejka\/wywolania\/\d+\/zapowiedz$/.test(r.url()));
    const call = await callNextAt(clerk);
    assert.equal(call.number, number);
    // The board fetched this call's recording from the server: a valid PCM WAV file.
    const response = await recording;
    assert.equal(new URL(response.url()).pathname, `/api/kolejka/wywolania/${call.ticketId}/zapowiedz`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'audio/wav');
    const wav = await response.body();
    assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
    assert.equal(wav.toString('ascii', 8, 12), 'WAVE');
    assert.equal(wav.readUInt32LE(4), wav.length - 8, 'the RIFF size is the file’s');
    await board.page.locator('[data-calls] .board__call--newest .board__number', { hasText: number }).waitFor();
    await board.page.waitForFunction(() => Number(document.body.dataset.spoken ?? 0) >= 1);
    const audio = await played(board.page);
    assert.ok(audio.tones >= 2, 'the gong’s two tones');
    assert.equal(audio.recordings.length, 1, `one recording (the browser has ${voices} voices)`);
    assert.ok(audio.recordings[0]! > 1.5, `the call lasts ${audio.recordings[0]} s`);
    assert.equal(audio.synthesized, 0, 'the browser’s own speech is not used');
    await board.page.waitForFunction(() => (window as unknown as { __played: PlayedAudio }).__played.ended >= 1);
    assert.deepEqual(await board.page.locator('[data-notice]:visible').count(), 0, 'no notice for staff');
    await noViolations(board.page, 'board-called');
    await clerk.sendJson('POST', '/api/stanowisko/zamknij', {});
  });

  it('says which building and street a desk of another building is in, on screen and in the call', async () => {
    const board = await openBoard();
    await board.page.waitForFunction(() => document.body.dataset.sound === 'ok');
    const number = await issue('E');
    const clerk = await clerkAt('10');
    const call = await callNextAt(clerk);
    assert.equal(call.number, number);
    const large = board.page.locator('[data-calls] .board__call--newest');
    await large.locator('.board__number', { hasText: number }).waitFor();
    assert.equal(await large.locator('.board__desk').innerText(), 'stanowisko 10');
    assert.equal(await large.locator('.board__place').innerText(), 'Budynek A, ul. Szkolna 28');
    await board.page.waitForFunction(() => Number(document.body.dataset.spoken ?? 0) >= 1);
    // A call alone lasts about three seconds; the building and its street make it twice as long.
    const [withBuilding] = (await played(board.page)).recordings;
    assert.ok(withBuilding! > 4.5, `the call with its building lasts ${withBuilding} s`);
    await noViolations(board.page, 'board-other-building');
    await clerk.sendJson('POST', '/api/stanowisko/zamknij', {});
  });

  it('tells staff on screen and in its heartbeat when the browser keeps sound off, and plays after a touch', async () => {
    const board = await openBoard({ withoutFlag: true });
    const notice = board.page.locator('[data-notice="blocked"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Tablica nie odtwarza dźwięku\. Przeglądarka blokuje dźwięk do pierwszego dotknięcia ekranu/);
    const warned = await deviceRow(board.id, (r) => r.health === 'warning');
    assert.deepEqual(warned.health_details, { sound: 'blocked', stream: 'connected' });
    assert.equal(warned.last_failure, 'Tablica nie odtwarza dźwięku.');
    await noViolations(board.page, 'board-sound-blocked');

    // A call meanwhile is shown, not heard (and not kept for later, to burst out at the first touch).
    const clerk = await clerkAt('3');
    await issue('C');
    const silent = await callNextAt(clerk);
    await board.page.locator('[data-calls] .board__number', { hasText: silent.number }).waitFor();
    assert.deepEqual(await played(board.page), { recordings: [], ended: 0, tones: 0, synthesized: 0 });

    await notice.click();
    await board.page.waitForFunction(() => document.body.dataset.sound === 'ok');
    assert.equal(await notice.isHidden(), true);
    await deviceRow(board.id, (r) => r.health === 'ok');
    assert.equal((await played(board.page)).recordings.length, 0);

    assert.equal((await clerk.sendJson('POST', `/api/stanowisko/bilety/${silent.ticketId}/wezwij-ponownie`, {})).status, 200);
    await board.page.waitForFunction(() => Number(document.body.dataset.spoken ?? 0) >= 1);
    assert.equal((await played(board.page)).recordings.length, 1);
    await clerk.sendJson('POST', `/api/stanowisko/bilety/${silent.ticketId}/nieobecny`, {});
    await clerk.sendJson('POST', '/api/stanowisko/zamknij', {});
  });

  it('stops showing calls and says so when the administrator revokes it', async () => {
    const board = await openBoard();
    await board.page.waitForFunction(() => document.body.dataset.sound === 'ok');
    const admin = await loginAs(server, 'admin');
    assert.equal((await admin.postForm(`/admin/urzadzenia/${board.id}/wycofaj`, {})).status, 303);
    const notice = board.page.locator('[data-notice="revoked"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Tablica została wycofana\./);
    assert.equal(await board.page.locator('.board__main').isHidden(), true);
    await noViolations(board.page, 'board-revoked');
  });
});
