// `npm run screenshots [folder]`: the pages residents and clerks meet, as Chromium shows them at the sizes they
// meet them (kiosk 1080×1920, board 1920×1080, desk 1366×768, phone 390×844), saved as PNG files to look at.
// Runs its own PostgreSQL with the demo office open all day, a kiosk and a board registered, a few tickets
// issued and one called, so every screen has something on it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createSession } from '../src/storage/session-repository.ts';
import { startBenchQueue } from '../bench/support/queue-setup.ts';
import { launchBrowser, VIEWPORTS } from '../test/support/browser.ts';
import { deskId, deviceFetch, registerDevice, serviceId } from '../test/support/queue.ts';
import { createStaff } from '../test/support/server.ts';

const out = path.resolve(process.argv[2] ?? '.okienko-test/screens');
mkdirSync(out, { recursive: true });
const SIZES = VIEWPORTS;

const queue = await startBenchQueue();
const browser = await launchBrowser();
try {
  const { db, url } = queue;
  const kioskDevice = await registerDevice(db, 'kiosk', 'Biletomat — parter');
  const boardDevice = await registerDevice(db, 'board', 'Tablica — poczekalnia');
  const kiosk = deviceFetch(url, kioskDevice.token);
  const issued: string[] = [];
  for (const letter of ['A', 'A', 'B', 'C', 'A']) {
    const answer = (await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(db, letter) })).json()) as {
      followUrl: string;
    };
    issued.push(answer.followUrl.split('/').pop()!);
  }
  const staff = await createStaff(db, ['clerk']);
  const session = await createSession(db, staff.id, new Date());
  const clerkHeaders = { cookie: `okienko_sesja=${session.token}`, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
  await fetch(`${url}/api/stanowisko/otworz`, {
    method: 'POST',
    headers: clerkHeaders,
    body: JSON.stringify({ deskId: await deskId(db, '1') }),
  });
  await fetch(`${url}/api/stanowisko/wezwij-nastepny`, { method: 'POST', headers: clerkHeaders, body: '{}' });

  const host = new URL(url).hostname;
  async function context(size: keyof typeof SIZES, cookies: Record<string, string>, language = 'pl'): Promise<BrowserContext> {
    const made = await browser.newContext({ viewport: SIZES[size], locale: language });
    await made.addCookies(
      Object.entries({ ...cookies, jezyk: language }).map(([name, value]) => ({ name, value, domain: host, path: '/' })),
    );
    return made;
  }
  async function shoot(page: Page, name: string, address: string): Promise<void> {
    await page.goto(`${url}${address}`, { waitUntil: 'networkidle' });
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage: name.startsWith('admin') });
    console.log(`${name}: ${address} → ${file}`);
  }

  const kioskPage = await (await context('kiosk', { okienko_urzadzenie: kioskDevice.token })).newPage();
  await shoot(kioskPage, 'kiosk-start', '/kiosk');
  const unit = await db.selectFrom('unit').select('id').orderBy('id').executeTakeFirstOrThrow();
  await shoot(kioskPage, 'kiosk-unit', `/kiosk/wydzial/${unit.id}`);
  await shoot(kioskPage, 'kiosk-priority', '/kiosk/pierwszenstwo');
  await shoot(kioskPage, 'kiosk-ticket', `/kiosk/bilet/${issued[4]!}`);
  await shoot(kioskPage, 'kiosk-check-in', '/kiosk/rezerwacja');

  const boardPage = await (await context('board', { okienko_urzadzenie: boardDevice.token })).newPage();
  await shoot(boardPage, 'board', `/tablica/${boardDevice.id}`);

  const deskPage = await (await context('desk', { okienko_sesja: session.token })).newPage();
  await shoot(deskPage, 'desk-panel', '/stanowisko');

  const administrator = await createStaff(db, ['admin']);
  const adminSession = await createSession(db, administrator.id, new Date());
  const adminPage = await (await context('desktop', { okienko_sesja: adminSession.token })).newPage();
  await shoot(adminPage, 'admin-devices', '/admin/urzadzenia');
  await shoot(adminPage, 'admin-kiosk', `/admin/urzadzenia/${kioskDevice.id}`);

  const phone = await (await context('phone', {})).newPage();
  await shoot(phone, 'follow-called', `/bilet/${issued[0]!}`);
  await shoot(phone, 'follow-waiting', `/bilet/${issued[4]!}`);
  await shoot(phone, 'booking-services', '/rezerwacja');
  const phoneUk = await (await context('phone', {}, 'uk')).newPage();
  await shoot(phoneUk, 'follow-waiting-uk', `/bilet/${issued[4]!}`);
  await shoot(phoneUk, 'booking-services-uk', '/rezerwacja');

  // The desk panel and the follow page in more states: a priority ticket for the ground floor at a desk of
  // Building A, a called ticket in Ukrainian, a ticket followed after its transfer.
  await shoot(phoneUk, 'follow-called-uk', `/bilet/${issued[0]!}`);
  const other = await createStaff(db, ['clerk']);
  const otherSession = await createSession(db, other.id, new Date());
  const otherHeaders = { ...clerkHeaders, cookie: `okienko_sesja=${otherSession.token}`, 'x-csrf-token': otherSession.csrfToken };
  await fetch(`${url}/api/stanowisko/otworz`, {
    method: 'POST',
    headers: otherHeaders,
    body: JSON.stringify({ deskId: await deskId(db, '10') }),
  });
  const priority = (await (
    await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(db, 'E'), priorityReason: 'reduced_mobility', groundFloor: true })
  ).json()) as { followUrl: string };
  await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(db, 'D') });
  await fetch(`${url}/api/stanowisko/wezwij-nastepny`, { method: 'POST', headers: otherHeaders, body: '{}' });
  const otherDesk = await (await context('desk', { okienko_sesja: otherSession.token })).newPage();
  await shoot(otherDesk, 'desk-priority', '/stanowisko?zrobiono=called');
  await otherDesk.screenshot({ path: path.join(out, 'desk-priority-full.png'), fullPage: true });
  const priorityCode = priority.followUrl.split('/').pop()!;
  await shoot(phone, 'follow-priority-called', `/bilet/${priorityCode}`);
  const priorityTicket = await db.selectFrom('ticket').select('id').where('public_code', '=', priorityCode).executeTakeFirstOrThrow();
  await fetch(`${url}/api/stanowisko/bilety/${priorityTicket.id}/przekaz`, {
    method: 'POST',
    headers: otherHeaders,
    body: JSON.stringify({ serviceId: await serviceId(db, 'A') }),
  });
  await shoot(phone, 'follow-transferred', `/bilet/${priorityCode}`);
} finally {
  await browser.close();
  await queue.close();
}
