// `node --import tsx scripts/screenshots-kiosk.ts [folder]`: every screen of the kiosk (1080×1920 portrait) in
// Polish and Ukrainian, as a resident meets them: start, a unit, priority, a ticket, the printable ticket, the
// booking check-in, a refusal, and the start screen before opening. Runs its own PostgreSQL like
// scripts/screenshots.ts; the kiosk stands in the main building, so tickets for building A say where it is.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startBenchQueue } from '../bench/support/queue-setup.ts';
import { launchBrowser, VIEWPORTS } from '../test/support/browser.ts';
import { createSession } from '../src/storage/session-repository.ts';
import { deskId, deviceFetch, registerDevice, serviceId } from '../test/support/queue.ts';
import { createStaff } from '../test/support/server.ts';

const out = path.resolve(process.argv[2] ?? '.okienko-test/screens/kiosk');
mkdirSync(out, { recursive: true });

const queue = await startBenchQueue();
const browser = await launchBrowser();
try {
  const { db, url } = queue;
  const kioskDevice = await registerDevice(db, 'kiosk', 'Biletomat — parter');
  const main = await db.selectFrom('building').select('id').where('name', '=', 'Siedziba główna').executeTakeFirstOrThrow();
  await db.updateTable('device').set({ building_id: main.id }).where('id', '=', kioskDevice.id).execute();
  const kiosk = deviceFetch(url, kioskDevice.token);
  // Desks open for identity cards, registration and vehicles (their tiles have estimates); the civil registry's are closed.
  for (const desk of ['1', '3', '9']) {
    const clerk = await createStaff(db, ['clerk']);
    const session = await createSession(db, clerk.id, new Date());
    await fetch(`${url}/api/stanowisko/otworz`, {
      method: 'POST',
      headers: { cookie: `okienko_sesja=${session.token}`, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ deskId: await deskId(db, desk) }),
    });
  }
  for (const letter of ['A', 'A', 'B', 'C', 'A', 'D', 'D'])
    await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(db, letter) });
  // One service has used up its tickets for the day: the start screen shows it, and the refusal page says so.
  const limited = await serviceId(db, 'G');
  await db.updateTable('service').set({ daily_ticket_limit: 1 }).where('id', '=', limited).execute();
  await kiosk('POST', '/api/kiosk/bilety', { serviceId: limited });

  const host = new URL(url).hostname;
  async function context(language: string): Promise<BrowserContext> {
    const made = await browser.newContext({ viewport: VIEWPORTS.kiosk, locale: language });
    await made.addCookies(
      Object.entries({ okienko_urzadzenie: kioskDevice.token, jezyk: language }).map(([name, value]) => ({
        name,
        value,
        domain: host,
        path: '/',
      })),
    );
    return made;
  }
  async function shoot(page: Page, name: string, address?: string): Promise<void> {
    if (address !== undefined) await page.goto(`${url}${address}`, { waitUntil: 'networkidle' });
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${name}: ${page.url().replace(url, '')} → ${file}`);
  }
  /** Touches the first service tile whose text matches, as a resident would, and waits for the answer. */
  async function touchService(page: Page, name: RegExp): Promise<void> {
    await Promise.all([page.waitForURL(/\/kiosk\/bilet\//), page.locator('.kiosk__choice button', { hasText: name }).first().click()]);
    await page.waitForLoadState('networkidle');
  }

  const units = await db.selectFrom('unit').select(['id', 'code']).execute();
  const unitOf = (code: string) => units.find((u) => u.code === code)!.id;
  for (const language of ['pl', 'uk']) {
    const page = await (await context(language)).newPage();
    await shoot(page, `kiosk-start-${language}`, '/kiosk');
    await shoot(page, `kiosk-unit-${language}`, `/kiosk/wydzial/${unitOf('SO')}`);
    await shoot(page, `kiosk-unit-limit-${language}`, `/kiosk/wydzial/${unitOf('USC')}`);
    await shoot(page, `kiosk-priority-${language}`, '/kiosk/pierwszenstwo');
    await shoot(page, `kiosk-ground-floor-${language}`, '/kiosk/parter?pierwszenstwo=reduced_mobility');
    await shoot(page, `kiosk-start-priority-${language}`, '/kiosk?pierwszenstwo=reduced_mobility&parter=tak');
    await shoot(page, `kiosk-unit-priority-${language}`, `/kiosk/wydzial/${unitOf('USC')}?pierwszenstwo=reduced_mobility&parter=tak`);
    await page.goto(`${url}/kiosk/wydzial/${unitOf('PO')}?pierwszenstwo=reduced_mobility&parter=tak`, { waitUntil: 'networkidle' });
    await touchService(page, /./);
    await shoot(page, `kiosk-ticket-ground-floor-${language}`);
    await shoot(page, `kiosk-ticket-ground-floor-print-${language}`, `${new URL(page.url()).pathname}/druk`);
    await page.goto(`${url}/kiosk/wydzial/${unitOf('SO')}`, { waitUntil: 'networkidle' });
    await touchService(page, /./);
    await shoot(page, `kiosk-ticket-${language}`);
    await page.goto(`${url}/kiosk/wydzial/${unitOf('KM')}`, { waitUntil: 'networkidle' });
    await touchService(page, /./);
    await shoot(page, `kiosk-ticket-other-building-${language}`);
    await shoot(page, `kiosk-ticket-print-${language}`, `${new URL(page.url()).pathname}/druk`);
    await shoot(page, `kiosk-check-in-${language}`, '/kiosk/rezerwacja');
    await page.fill('#code', 'XYZ');
    await Promise.all([page.waitForLoadState('load'), page.locator('.kiosk__code-form button[type=submit]').click()]);
    await shoot(page, `kiosk-check-in-error-${language}`);
    await page.goto(`${url}/kiosk`, { waitUntil: 'networkidle' });
    await Promise.all([
      page.waitForLoadState('load'),
      page.evaluate((id) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/kiosk/bilety';
        const field = document.createElement('input');
        field.name = 'serviceId';
        field.value = String(id);
        form.append(field);
        document.body.append(form);
        form.submit();
      }, limited),
    ]);
    await page.waitForLoadState('networkidle');
    await shoot(page, `kiosk-refusal-${language}`);
  }

  // Before opening: every service opens in an hour's time.
  const inAnHour = new Date(Date.now() + 60 * 60 * 1000);
  const opens = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit' }).format(inAnHour);
  await db.updateTable('calendar_exception').set({ opens }).where('reason_pl', '=', 'Test: cały dzień').execute();
  for (const language of ['pl', 'uk']) {
    const page = await (await context(language)).newPage();
    await shoot(page, `kiosk-start-before-opening-${language}`, '/kiosk');
    await shoot(page, `kiosk-unit-before-opening-${language}`, `/kiosk/wydzial/${unitOf('SO')}`);
  }
} finally {
  await browser.close();
  await queue.close();
}
