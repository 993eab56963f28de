// `npm run screenshots:office [folder]`: the office's own pages as Chromium shows them — the home page, the
// booking day list (with a weekend and a holiday in it), the Information Point's phone booking, the
// administrator's audit log and the mail outbox — on the demo office with its real hours (not opened all day).
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readConfig } from '../src/config.ts';
import { systemClock } from '../src/app/shared/deps.ts';
import { loadDemoData } from '../src/app/demo/load-demo-data.ts';
import { buildServer } from '../src/http/server.ts';
import { openDatabase } from '../src/storage/database.ts';
import { startEmbeddedPostgres } from '../src/storage/embedded-postgres.ts';
import { migrate } from '../src/storage/migrate.ts';
import { QueueEventHub } from '../src/storage/queue-events.ts';
import { sendDueMail } from '../src/app/mail/index.ts';
import { createMailSender } from '../src/mail/nodemailer-sender.ts';
import { bookingMailWording } from '../src/ui/mail/booking-mail.tsx';
import { launchBrowser, VIEWPORTS } from '../test/support/browser.ts';
import { createStaff } from '../test/support/server.ts';

const out = path.resolve(process.argv[2] ?? '.okienko-test/screens');
mkdirSync(out, { recursive: true });
const DESKTOP = { width: 1366, height: 900 };

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'okienko-screens-'));
chmodSync(dataDir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir });
await migrate(pg.connectionString);
const db = openDatabase({ connectionString: pg.connectionString, maxConnections: 10 });
await loadDemoData(db, systemClock);
const hub = new QueueEventHub(pg.connectionString, db);
await hub.start();
const app = await buildServer({ db, config: readConfig({ PORT: '0' }), clock: systemClock, queueEvents: hub }, { logLevel: 'warn' });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launchBrowser();
try {
  const staff = await createStaff(db, ['admin', 'information_point']);
  const service = await db
    .selectFrom('service')
    .select('id')
    .where('ticket_letter', '=', 'A')
    .where('bookable_online', '=', true)
    .executeTakeFirstOrThrow();

  async function shoot(page: Page, name: string, address: string, fullPage = false): Promise<void> {
    await page.goto(`${url}${address}`, { waitUntil: 'networkidle' });
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    console.log(`${name}: ${address} → ${file}`);
  }

  for (const language of ['pl', 'uk'] as const) {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: language });
    await context.addCookies([{ name: 'jezyk', value: language, domain: '127.0.0.1', path: '/' }]);
    const phone = await context.newPage();
    await shoot(phone, `home-${language}`, '/');
    await shoot(phone, `booking-days-${language}`, `/rezerwacja/dzien?usluga=${service.id}`, true);
    await context.close();
  }

  const context = await browser.newContext({ viewport: DESKTOP, locale: 'pl' });
  const page = await context.newPage();
  await page.goto(`${url}/logowanie`);
  await page.fill('input[name=login]', staff.login);
  await page.fill('input[name=password]', staff.password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/logowanie')), page.click('button[type=submit]')]);
  await shoot(page, 'phone-booking-form', `/punkt-informacyjny/rezerwacja?service=${service.id}`, true);
  const day = await page.locator('select[name=date] option:nth-child(2)').getAttribute('value');
  await shoot(page, 'phone-booking-times', `/punkt-informacyjny/rezerwacja?service=${service.id}&date=${day ?? ''}`, true);
  const submit = 'main form[method=post][action="/punkt-informacyjny/rezerwacja"] button[type=submit]';
  await page.locator('input[name=time]').first().check();
  await page.fill('input[name=name]', 'Olena Kowalenko');
  await page.fill('input[name=phone]', '+380 67 123 45 67');
  await page.fill('input[name=email]', 'olena@example.com');
  await Promise.all([page.waitForLoadState('networkidle'), page.click(submit)]);
  await page.screenshot({ path: path.join(out, 'phone-booking-abroad.png'), fullPage: true });
  console.log(`phone-booking-abroad: ${page.url()}`);
  if (page.url().endsWith('/punkt-informacyjny/rezerwacja')) {
    // Refused: book with a Polish number instead, so that the outbox has a message.
    await page.locator('input[name=time]').first().check();
    await page.fill('input[name=phone]', '600 123 456');
    await Promise.all([page.waitForLoadState('networkidle'), page.click(submit)]);
  }
  await page.screenshot({ path: path.join(out, 'phone-booking-done.png'), fullPage: true });
  // What `okienko start`'s mail worker does a moment after the booking, without SMTP_URL.
  const sender = createMailSender(undefined);
  await sendDueMail({ db, clock: systemClock, sender, wording: bookingMailWording, publicUrl: url, from: undefined });
  sender.close();
  await shoot(page, 'audit-log', '/admin/dziennik', true);
  await shoot(page, 'mail-outbox', '/personel/poczta', true);
  const firstMail = await page
    .locator(`main a[href^="/personel/poczta/"]`)
    .first()
    .getAttribute('href', { timeout: 2000 })
    .catch(() => null);
  if (firstMail) await shoot(page, 'mail-outbox-message', firstMail, true);
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await hub.close();
  await db.destroy();
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
