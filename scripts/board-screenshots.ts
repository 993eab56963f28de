// `node --import tsx scripts/board-screenshots.ts [folder]`: the waiting-room board (1920×1080) in the states
// people meet it: idle, with calls (three at one desk, newest first), with a call to a desk in another
// building, and with sound blocked by the browser. Runs its own PostgreSQL with the demo office open all day;
// the board stands in the main building.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createSession } from '../src/storage/session-repository.ts';
import { startBenchQueue } from '../bench/support/queue-setup.ts';
import { launchBrowser, VIEWPORTS } from '../test/support/browser.ts';
import { listenToBoardAudio } from '../test/support/board-audio.ts';
import { deskId, deviceFetch, registerDevice, serviceId } from '../test/support/queue.ts';
import { createStaff } from '../test/support/server.ts';

const out = path.resolve(process.argv[2] ?? '.okienko-test/screens/board');
mkdirSync(out, { recursive: true });

const queue = await startBenchQueue();
// As the board is launched on the wall (deploy/board.md): sound plays without a touch. The last shot is a
// board started without that flag: Chromium keeps its sound off until someone touches the screen.
const browser = await launchBrowser(['--autoplay-policy=no-user-gesture-required']);
const browserWithoutFlag = await launchBrowser();
try {
  const { db, url } = queue;
  const host = new URL(url).hostname;
  const board = await registerDevice(db, 'board', 'Tablica — poczekalnia, parter');
  const main = await db.selectFrom('building').select('id').where('name', '=', 'Siedziba główna').executeTakeFirstOrThrow();
  await db.updateTable('device').set({ building_id: main.id }).where('id', '=', board.id).execute();
  const kiosk = deviceFetch(url, (await registerDevice(db, 'kiosk')).token);
  for (const letter of ['A', 'A', 'A', 'A', 'B', 'C', 'D', 'H'])
    await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(db, letter) });

  async function clerkAt(desk: string) {
    const staff = await createStaff(db, ['clerk']);
    const session = await createSession(db, staff.id, new Date());
    const headers = { cookie: `okienko_sesja=${session.token}`, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
    const send = async (address: string, body: unknown = {}) =>
      (await (await fetch(`${url}${address}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as {
        ticketId: number | null;
      };
    await send('/api/stanowisko/otworz', { deskId: await deskId(db, desk) });
    return {
      async callNext() {
        return send('/api/stanowisko/wezwij-nastepny');
      },
      async finish(ticketId: number) {
        await send(`/api/stanowisko/bilety/${ticketId}/rozpocznij`);
        await send(`/api/stanowisko/bilety/${ticketId}/zakoncz`, { outcome: 'settled' });
      },
    };
  }

  async function shoot(name: string, settle: (page: Page) => Promise<void>, withoutFlag = false) {
    const context = await (withoutFlag ? browserWithoutFlag : browser).newContext({ viewport: VIEWPORTS.board, locale: 'pl' });
    await listenToBoardAudio(context);
    await context.addCookies([{ name: 'okienko_urzadzenie', value: board.token, domain: host, path: '/' }]);
    const page = await context.newPage();
    await page.goto(`${url}/tablica/${board.id}`, { waitUntil: 'networkidle' });
    await settle(page);
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${name} → ${file}`);
    await context.close();
  }
  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  await shoot('board-idle', () => pause(1500));

  // Desk 1 calls three times (finishing each), desks 2 and 3 call once.
  const desk1 = await clerkAt('1');
  for (let i = 0; i < 3; i += 1) {
    const called = await desk1.callNext();
    if (i < 2 && called.ticketId !== null) await desk1.finish(called.ticketId);
  }
  await (await clerkAt('2')).callNext();
  await (await clerkAt('3')).callNext();
  await shoot('board-calls', () => pause(1500));

  // Desk 9 stands in Building A, ul. Szkolna 28: the board in the main building says so.
  await (await clerkAt('9')).callNext();
  await shoot('board-other-building', () => pause(1500));

  await shoot('board-sound-blocked', (page) => page.locator('[data-notice="blocked"]').waitFor(), true);
} finally {
  await browser.close();
  await browserWithoutFlag.close();
  await queue.close();
}
