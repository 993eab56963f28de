import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { systemClock } from '../../src/app/shared/deps.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { sendDueMail, type MailDeps } from '../../src/app/mail/send-due-mail.ts';
import type { MailSender, OutgoingMail } from '../../src/app/mail/mail-ports.ts';
import { createMailSender } from '../../src/mail/nodemailer-sender.ts';
import { MailWorker } from '../../src/mail/mail-worker.ts';
import { openDatabase, type Db } from '../../src/storage/database.ts';
import { queueMail } from '../../src/storage/mail-outbox.ts';
import { bookingMailWording } from '../../src/ui/mail/booking-mail.tsx';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { insertBooking, queueTestMail, startSmtpServer, TestClock, type TestSmtp } from '../support/mail.ts';

const PUBLIC_URL = 'https://urzad.example.pl';

describe('mail workers side by side, the demo transport, and the wake-up after commit', () => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  const clock = new TestClock('2026-11-25T09:00:00Z');

  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
    // Slow enough that two workers' passes overlap.
    smtp = await startSmtpServer({ delayMs: 30 });
  });
  after(async () => {
    await smtp.close();
    await database.drop();
  });

  it('sends every mail exactly once while two workers with their own connections run at the same time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const booking = await insertBooking(database.db, {
        startsAt: `2026-12-0${1 + (i % 5)}T${String(8 + Math.floor(i / 5)).padStart(2, '0')}:00:00Z`,
        deskIndex: i,
      });
      ids.push(await queueTestMail(database.db, booking, 'booking_confirmed', clock.now()));
    }
    const pools: Db[] = [
      openDatabase({ connectionString: database.connectionString, maxConnections: 3 }),
      openDatabase({ connectionString: database.connectionString, maxConnections: 3 }),
    ];
    const senders = pools.map(() => createMailSender(smtp.url));
    try {
      const workers = pools.map((db, i): MailDeps => ({
        db,
        clock,
        sender: senders[i]!,
        wording: bookingMailWording,
        publicUrl: PUBLIC_URL,
        from: undefined,
      }));
      const run = async (deps: MailDeps) => {
        let sent = 0;
        for (;;) {
          const result = await sendDueMail(deps, { limit: 2 });
          sent += result.sent;
          if (result.sent + result.retrying + result.skipped + result.failed === 0) return sent;
        }
      };
      const counts = await Promise.all(workers.map(run));
      assert.equal(counts[0]! + counts[1]!, 12);
      assert.ok(counts[0]! > 0 && counts[1]! > 0, `both workers took part: ${counts.join(' + ')}`);
    } finally {
      for (const sender of senders) sender.close();
      for (const db of pools) await db.destroy();
    }
    const recipients = smtp.received.map((mail) => (mail.to as { text: string }).text);
    assert.equal(recipients.length, 12);
    assert.equal(new Set(recipients).size, 12, 'no recipient got a mail twice');
    const rows = await database.db.selectFrom('mail_outbox').select(['status', 'attempts']).where('id', 'in', ids).execute();
    assert.deepEqual(
      rows.map((r) => `${r.status}/${r.attempts}`),
      Array(12).fill('sent/1'),
    );
  });

  it('without SMTP_URL builds the whole message, calendar included, delivers it nowhere and records it as sent', async () => {
    const demo = createMailSender(undefined);
    assert.equal(demo.mode, 'demo');
    const built: Buffer[] = [];
    const keeping: MailSender = {
      mode: demo.mode,
      async send(mail: OutgoingMail) {
        const result = await demo.send(mail);
        if (result.message) built.push(result.message);
        return result;
      },
    };
    const booking = await insertBooking(database.db, { startsAt: '2026-12-10T09:00:00Z', locale: 'en', deskIndex: 20 });
    const id = await queueTestMail(database.db, booking, 'booking_confirmed', clock.now());
    const received = smtp.received.length;
    const result = await sendDueMail({
      db: database.db,
      clock,
      sender: keeping,
      wording: bookingMailWording,
      publicUrl: PUBLIC_URL,
      from: undefined,
    });
    assert.equal(result.sent, 1);
    assert.equal(smtp.received.length, received, 'nothing went to any server');
    const row = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.equal(row.delivery, 'none', 'kept as built, not delivered');
    assert.equal(row.subject, `Visit ${booking.code} confirmed: Thursday, December 10, 2026, 10:00`);
    assert.match(row.body_text ?? '', /Your visit to the city hall is booked/);

    assert.equal(built.length, 1);
    const mail = await simpleParser(built[0]!);
    assert.equal(mail.messageId, row.message_id);
    assert.equal(mail.subject, row.subject);
    assert.equal(mail.from?.value[0]?.name, 'Urząd Miasta Piotrkowa Trybunalskiego');
    assert.equal(mail.from?.value[0]?.address, 'no-reply@urzad.example.pl');
    assert.match(String(mail.html), /<html lang="en">/);
    assert.ok(mail.attachments.some((a) => a.filename === `wizyta-${booking.code}.ics` && a.content.toString().includes('METHOD:PUBLISH')));
  });

  it('wakes a running worker as soon as a transaction that queued mail commits', async () => {
    const booking = await insertBooking(database.db, { startsAt: '2026-12-11T09:00:00Z', deskIndex: 21 });
    const sender = createMailSender(smtp.url);
    // An hour between polls: only the NOTIFY can bring the mail out within the test's time.
    const worker = new MailWorker(
      { db: database.db, clock: systemClock, sender, wording: bookingMailWording, publicUrl: PUBLIC_URL, from: undefined },
      { intervalMs: 3_600_000, connectionString: database.connectionString },
    );
    await worker.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = smtp.received.length;
      await database.db.transaction().execute(async (tx) => {
        await queueMail(tx, {
          officeId: booking.officeId,
          bookingId: booking.id,
          bookingVersion: 1,
          kind: 'booking_confirmed',
          at: new Date(),
        });
      });
      const mails = await smtp.waitFor(before + 1, 5_000);
      assert.match(mails[before]!.subject ?? '', new RegExp(booking.code));
    } finally {
      await worker.stop();
      sender.close();
    }
  });
});
