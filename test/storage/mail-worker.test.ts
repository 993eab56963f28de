import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import { systemClock } from '../../src/app/shared/deps.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { verifyManageToken } from '../../src/app/booking/manage-token.ts';
import { sendDueMail, type MailDeps } from '../../src/app/mail/send-due-mail.ts';
import { createMailSender } from '../../src/mail/nodemailer-sender.ts';
import { bookingMailWording } from '../../src/ui/mail/booking-mail.tsx';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import {
  icsInstant,
  insertBooking,
  parseIcs,
  queueTestMail,
  startSmtpServer,
  TestClock,
  warsawLocal,
  type TestSmtp,
} from '../support/mail.ts';

const PUBLIC_URL = 'https://urzad.example.pl';

function calendarOf(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  assert.ok(ics, 'the mail carries an .ics file');
  // The same object as a text/calendar alternative, whose method parameter must match METHOD (Outlook checks).
  const alternative = mail.attachments.find((a) => a.contentType === 'text/calendar');
  assert.ok(alternative, 'the mail carries a text/calendar part');
  const parsed = parseIcs(ics.content.toString('utf8'));
  const header = alternative.headers.get('content-type') as { params: Record<string, string> };
  assert.equal(header.params.method, parsed.calendar.get('METHOD'));
  assert.equal(alternative.content.toString('utf8'), ics.content.toString('utf8'));
  return { filename: ics.filename, ...parsed };
}

describe('mail worker: delivery through a real SMTP server', () => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let sender: ReturnType<typeof createMailSender>;
  const clock = new TestClock('2026-11-25T09:00:00Z');
  let deps: MailDeps;

  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
    smtp = await startSmtpServer();
    sender = createMailSender(smtp.url);
    deps = {
      db: database.db,
      clock,
      sender,
      wording: bookingMailWording,
      publicUrl: PUBLIC_URL,
      from: 'Urząd Miasta Testowo <no-reply@urzad.example.pl>',
    };
  });
  after(async () => {
    sender.close();
    await smtp.close();
    await database.drop();
  });

  // The server stores a message before it answers 250, so a finished pass has left its mail there.
  let seen = 0;
  async function nextMail(): Promise<ParsedMail> {
    seen = smtp.received.length;
    assert.ok(seen > 0);
    return Promise.resolve(smtp.received[seen - 1]!);
  }

  it('delivers a Polish confirmation: the visit written out, a manage link that verifies, a calendar event at 09:30 Warsaw time', async () => {
    clock.set('2026-11-25T09:00:00Z');
    const booking = await insertBooking(database.db, { startsAt: '2026-12-01T08:30:00Z', locale: 'pl', deskIndex: 0 });
    await queueTestMail(database.db, booking, 'booking_confirmed', clock.now());
    const result = await sendDueMail(deps);
    assert.deepEqual(result, { sent: 1, skipped: 0, retrying: 0, failed: 0 });
    const mail = await nextMail();

    assert.equal(mail.subject, `Potwierdzenie wizyty ${booking.code}: wtorek, 1 grudnia 2026, 09:30`);
    const recipient = `jan.kowalski.${booking.code.toLowerCase()}@example.pl`;
    assert.equal((mail.to as { value: { address: string }[] }).value[0]!.address, recipient);
    assert.equal(mail.from?.value[0]?.address, 'no-reply@urzad.example.pl');
    assert.equal(mail.headers.get('auto-submitted'), 'auto-generated');
    const text = mail.text ?? '';
    assert.match(text, /Twoja wizyta w urzędzie jest zarezerwowana/);
    assert.match(text, new RegExp(`Kod rezerwacji: ${booking.code}`));
    assert.match(text, /Termin: wtorek, 1 grudnia 2026, 09:30/);
    assert.match(text, /Gdzie: .+, stanowisko /);
    assert.match(text, /Jeśli nie możesz przyjść/);
    assert.match(String(mail.html), /<html lang="pl">/);

    const link = /Przenieś lub odwołaj wizytę: (\S+)/.exec(text)?.[1];
    assert.ok(link, 'the text has the manage link');
    const url = new URL(link);
    assert.equal(`${url.origin}${url.pathname}`, `${PUBLIC_URL}/rezerwacja/${booking.code}`);
    const grant = await verifyManageToken(database.db, booking.code, url.searchParams.get('t')!, clock.now());
    assert.equal(grant.version, 1);
    assert.equal(grant.expiresAt.toISOString(), '2026-12-02T08:45:00.000Z');

    const ics = calendarOf(mail);
    assert.equal(ics.filename, `wizyta-${booking.code}.ics`);
    assert.equal(ics.calendar.get('METHOD'), 'PUBLISH');
    assert.equal(ics.calendar.get('X-WR-TIMEZONE'), 'Europe/Warsaw');
    assert.equal(ics.event.get('DTSTART'), '20261201T083000Z');
    assert.equal(warsawLocal(icsInstant(ics.event.get('DTSTART')!)), '2026-12-01 09:30');
    assert.equal(warsawLocal(icsInstant(ics.event.get('DTEND')!)), '2026-12-01 09:45');
    assert.equal(ics.event.get('SEQUENCE'), '1');
    assert.equal(ics.event.get('STATUS'), 'CONFIRMED');

    const row = await database.db.selectFrom('mail_outbox').selectAll().where('booking_id', '=', booking.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.equal(row.delivery, 'smtp');
    assert.equal(row.attempts, 1);
    assert.equal(row.recipient, recipient);
    assert.equal(row.subject, mail.subject);
    assert.equal(row.message_id, mail.messageId);
    assert.match(row.body_text ?? '', /Kod rezerwacji/);
  });

  it("writes a Ukrainian booking's mail in Ukrainian, the reminder without a calendar file", async () => {
    clock.set('2026-11-30T08:30:00Z');
    const booking = await insertBooking(database.db, { startsAt: '2026-12-01T12:00:00Z', locale: 'uk', deskIndex: 1 });
    await queueTestMail(database.db, booking, 'booking_reminder', clock.now());
    assert.equal((await sendDueMail(deps)).sent, 1);
    const mail = await nextMail();
    assert.equal(mail.subject, `Нагадування про візит ${booking.code}: вівторок, 1 грудня 2026 р., 13:00`);
    assert.match(mail.text ?? '', /Нагадуємо про ваш візит/);
    assert.match(mail.text ?? '', /Код бронювання: /);
    assert.match(mail.text ?? '', /Перенести або скасувати візит: https:\/\/urzad\.example\.pl\/rezerwacja\//);
    assert.equal(mail.attachments.length, 0);
  });

  it('puts the event at the right local time on both DST change days', async () => {
    clock.set('2026-03-20T09:00:00Z');
    // 29 March 2026: clocks go forward at 02:00 (UTC+2 after); 25 October 2026: back at 03:00 (UTC+1 after).
    const spring = await insertBooking(database.db, { startsAt: '2026-03-29T08:00:00Z', deskIndex: 2 });
    const autumn = await insertBooking(database.db, { startsAt: '2026-10-25T08:30:00Z', deskIndex: 3 });
    await queueTestMail(database.db, spring, 'booking_confirmed', clock.now());
    await queueTestMail(database.db, autumn, 'booking_confirmed', clock.now());
    assert.equal((await sendDueMail(deps)).sent, 2);
    const count = smtp.received.length;
    const mails = (await smtp.waitFor(count)).slice(-2);
    const byCode = (code: string) => mails.find((m) => m.subject?.includes(code))!;
    const springEvent = calendarOf(byCode(spring.code)).event;
    const autumnEvent = calendarOf(byCode(autumn.code)).event;
    assert.equal(springEvent.get('DTSTART'), '20260329T080000Z');
    assert.equal(warsawLocal(icsInstant(springEvent.get('DTSTART')!)), '2026-03-29 10:00');
    assert.match(byCode(spring.code).subject ?? '', /niedziela, 29 marca 2026, 10:00/);
    assert.equal(autumnEvent.get('DTSTART'), '20261025T083000Z');
    assert.equal(warsawLocal(icsInstant(autumnEvent.get('DTSTART')!)), '2026-10-25 09:30');
    assert.match(byCode(autumn.code).subject ?? '', /niedziela, 25 października 2026, 09:30/);
  });

  it("keeps the event's UID through a move and a cancellation, with SEQUENCE following the booking's version", async () => {
    clock.set('2026-11-20T09:00:00Z');
    const booking = await insertBooking(database.db, { startsAt: '2026-12-02T09:00:00Z', deskIndex: 4 });
    await queueTestMail(database.db, booking, 'booking_confirmed', clock.now());
    await sendDueMail(deps);
    const confirmed = calendarOf(await nextMail());

    clock.advanceMinutes(60);
    await database.db
      .updateTable('booking')
      .set({ starts_at: new Date('2026-12-03T10:00:00Z'), ends_at: new Date('2026-12-03T10:15:00Z'), office_day: '2026-12-03', version: 2 })
      .where('id', '=', booking.id)
      .execute();
    await queueTestMail(database.db, booking, 'booking_moved', clock.now(), { version: 2 });
    await sendDueMail(deps);
    const movedMail = await nextMail();
    const moved = calendarOf(movedMail);
    assert.match(movedMail.subject ?? '', /^Nowy termin wizyty .+: czwartek, 3 grudnia 2026, 11:00$/);

    clock.advanceMinutes(60);
    await database.db
      .updateTable('booking')
      .set({ status: 'cancelled', cancelled_at: clock.now(), version: 3 })
      .where('id', '=', booking.id)
      .execute();
    await queueTestMail(database.db, booking, 'booking_cancelled', clock.now(), { version: 3 });
    await sendDueMail(deps);
    const cancelledMail = await nextMail();
    const cancelled = calendarOf(cancelledMail);
    assert.doesNotMatch(cancelledMail.text ?? '', /\?t=/, 'no manage link for a cancelled visit');
    assert.match(cancelledMail.text ?? '', /zarezerwuj nową wizytę: https:\/\/urzad\.example\.pl\/rezerwacja/);

    assert.equal(confirmed.event.get('UID'), `booking-${booking.code}@urzad.example.pl`);
    assert.equal(moved.event.get('UID'), confirmed.event.get('UID'));
    assert.equal(cancelled.event.get('UID'), confirmed.event.get('UID'));
    assert.deepEqual(
      [confirmed, moved, cancelled].map((c) => c.event.get('SEQUENCE')),
      ['1', '2', '3'],
    );
    assert.deepEqual(
      [confirmed, moved, cancelled].map((c) => c.calendar.get('METHOD')),
      ['PUBLISH', 'PUBLISH', 'CANCEL'],
    );
    assert.equal(cancelled.event.get('STATUS'), 'CANCELLED');
    assert.equal(warsawLocal(icsInstant(moved.event.get('DTSTART')!)), '2026-12-03 11:00');
  });

  it('tries a refused mail again later with the attempts counted, and delivers it', async () => {
    clock.set('2026-11-26T10:00:00Z');
    const booking = await insertBooking(database.db, { startsAt: '2026-12-04T09:00:00Z', deskIndex: 5 });
    const id = await queueTestMail(database.db, booking, 'booking_confirmed', clock.now());
    const row = () => database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    smtp.refuseNext(2);

    assert.deepEqual(await sendDueMail(deps), { sent: 0, skipped: 0, retrying: 1, failed: 0 });
    let now = await row();
    assert.equal(now.status, 'pending');
    assert.equal(now.attempts, 1);
    assert.match(now.last_error ?? '', /451/);
    assert.equal(now.send_after.toISOString(), '2026-11-26T10:01:00.000Z');

    clock.advanceMinutes(0.5);
    assert.deepEqual(await sendDueMail(deps), { sent: 0, skipped: 0, retrying: 0, failed: 0 }, 'not due before the delay');

    clock.set('2026-11-26T10:01:00Z');
    assert.equal((await sendDueMail(deps)).retrying, 1);
    now = await row();
    assert.equal(now.attempts, 2);
    assert.equal(now.send_after.toISOString(), '2026-11-26T10:06:00.000Z', 'the second delay is longer');

    clock.set('2026-11-26T10:06:00Z');
    const received = smtp.received.length;
    assert.equal((await sendDueMail(deps)).sent, 1);
    now = await row();
    assert.equal(now.status, 'sent');
    assert.equal(now.attempts, 3);
    assert.equal(now.last_error, null);
    assert.equal(smtp.received.length, received + 1);
  });

  it('skips a reminder once the booking has moved on to another version, and one of a cancelled visit', async () => {
    clock.set('2026-11-27T09:00:00Z');
    const moved = await insertBooking(database.db, { startsAt: '2026-12-07T09:00:00Z', deskIndex: 6 });
    const cancelled = await insertBooking(database.db, { startsAt: '2026-12-07T10:00:00Z', deskIndex: 7 });
    const staleId = await queueTestMail(database.db, moved, 'booking_reminder', clock.now(), { version: 1 });
    await database.db.updateTable('booking').set({ version: 2 }).where('id', '=', moved.id).execute();
    const cancelledId = await queueTestMail(database.db, cancelled, 'booking_reminder', clock.now(), { version: 2 });
    await database.db
      .updateTable('booking')
      .set({ status: 'cancelled', cancelled_at: clock.now(), version: 2 })
      .where('id', '=', cancelled.id)
      .execute();
    const received = smtp.received.length;

    assert.deepEqual(await sendDueMail(deps), { sent: 0, skipped: 2, retrying: 0, failed: 0 });
    const rows = await database.db
      .selectFrom('mail_outbox')
      .select(['id', 'status', 'last_error', 'recipient'])
      .where('id', 'in', [staleId, cancelledId])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.status, r.last_error, r.recipient]),
      [
        ['skipped', 'skipped: outdated_reminder', null],
        ['skipped', 'skipped: visit_not_booked', null],
      ],
    );
    assert.equal(smtp.received.length, received);
  });

  it('skips the mail of a booking without an e-mail address or with its personal data erased', async () => {
    clock.set('2026-11-27T10:00:00Z');
    const phoneOnly = await insertBooking(database.db, { startsAt: '2026-12-08T09:00:00Z', email: null, deskIndex: 8 });
    const erased = await insertBooking(database.db, { startsAt: '2026-12-08T10:00:00Z', deskIndex: 9 });
    await database.db
      .updateTable('booking')
      .set({ person_name: null, email: null, email_identity: null, phone: null, anonymised_at: clock.now() })
      .where('id', '=', erased.id)
      .execute();
    await queueTestMail(database.db, phoneOnly, 'booking_confirmed', clock.now());
    await queueTestMail(database.db, erased, 'booking_cancelled', clock.now());
    assert.deepEqual(await sendDueMail(deps), { sent: 0, skipped: 2, retrying: 0, failed: 0 });
    const reasons = await database.db
      .selectFrom('mail_outbox')
      .select('last_error')
      .where('booking_id', 'in', [phoneOnly.id, erased.id])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      reasons.map((r) => r.last_error),
      ['skipped: no_email', 'skipped: anonymised'],
    );
  });

  it('gives a mail up as failed after the last attempt', async () => {
    clock.set('2026-11-28T10:00:00Z');
    const booking = await insertBooking(database.db, { startsAt: '2026-12-09T09:00:00Z', deskIndex: 10 });
    const id = await queueTestMail(database.db, booking, 'booking_confirmed', clock.now());
    smtp.refuseNext(100);
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const result = await sendDueMail(deps);
      outcomes.push(result.failed === 1 ? 'failed' : result.retrying === 1 ? 'retrying' : 'nothing');
      clock.advanceMinutes(24 * 60);
    }
    smtp.refuseNext(0);
    assert.deepEqual(outcomes, ['retrying', 'retrying', 'retrying', 'retrying', 'retrying', 'retrying', 'failed']);
    const row = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'failed');
    assert.equal(row.attempts, 7);
    assert.equal((await sendDueMail(deps)).sent, 0, 'a failed mail is not tried again');
  });
});
