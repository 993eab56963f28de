import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import { sendDueMail, type MailDeps } from '../../src/app/mail/index.ts';
import { inviteToRateVisit, INVITATION_DELAY_MS } from '../../src/app/satisfaction/index.ts';
import { createMailSender } from '../../src/mail/nodemailer-sender.ts';
import { bookingMailWording } from '../../src/ui/mail/booking-mail.tsx';
import { feedbackMailWording } from '../../src/ui/mail/feedback-mail.tsx';
import { insertBooking, startSmtpServer, TestClock, type TestBooking, type TestSmtp } from '../support/mail.ts';
import { callNextAt, clerkAtDesk, deskServing, issueAt, startQueueServer, type DeviceFetch } from '../support/queue.ts';
import type { StaffClient, TestServer } from '../support/server.ts';

/** The booking's invitation rows in the outbox. */
function invitations(server: TestServer, bookingId: number) {
  return server.db
    .selectFrom('mail_outbox')
    .select(['id', 'status', 'created_at', 'send_after', 'last_error', 'booking_version'])
    .where('booking_id', '=', bookingId)
    .where('kind', '=', 'booking_feedback')
    .execute();
}

describe('the invitation to rate a booked visit: queued when its ticket is finished, sent with a working link', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  let desk: StaffClient;
  let smtp: TestSmtp;
  let sender: ReturnType<typeof createMailSender>;
  const clock = new TestClock(new Date().toISOString());
  let mailDeps: MailDeps;

  before(async () => {
    const started = await startQueueServer();
    server = started.server;
    kiosk = started.kiosk;
    desk = await clerkAtDesk(server, await deskServing(server.db, 'A'));
    smtp = await startSmtpServer();
    sender = createMailSender(smtp.url);
    mailDeps = {
      db: server.db,
      clock,
      sender,
      wording: bookingMailWording,
      feedbackWording: feedbackMailWording,
      publicUrl: server.url,
      from: 'Urząd Miasta <no-reply@urzad.example.pl>',
    };
  });
  after(async () => {
    sender.close();
    await smtp.close();
    await server.close();
  });

  /** A booked visit that arrived (as the kiosk's check-in leaves it): its ticket waiting, linked both ways; then called. */
  async function arrivedAndCalled(booking: TestBooking): Promise<number> {
    await issueAt(kiosk, server.db, 'A');
    const ticket = await server.db.selectFrom('ticket').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await server.db.updateTable('ticket').set({ booking_id: booking.id, source: 'booking' }).where('id', '=', ticket.id).execute();
    await server.db
      .updateTable('booking')
      .set({ status: 'checked_in', checked_in_at: new Date(), ticket_id: ticket.id })
      .where('id', '=', booking.id)
      .execute();
    const called = await callNextAt(desk);
    assert.equal(called.ticketId, ticket.id, 'the desk calls the booked visit');
    return ticket.id;
  }

  /** A booking whose time began a little ago, each at a time of its own (a desk's time is booked once). */
  let earlier = 0;
  function pastBooking(options: { email?: string | null; locale?: 'pl' | 'en' | 'uk' } = {}): Promise<TestBooking> {
    earlier += 1;
    return insertBooking(server.db, { startsAt: new Date(Date.now() - earlier * 20 * 60_000).toISOString(), ...options });
  }

  async function finish(ticketId: number): Promise<void> {
    for (const [action, body] of [
      ['rozpocznij', {}],
      ['zakoncz', { outcome: 'settled' }],
    ] as const) {
      const response = await desk.sendJson('POST', `/api/stanowisko/bilety/${ticketId}/${action}`, body);
      assert.equal(response.status, 200, `${action}: ${await response.text()}`);
    }
  }

  /** The worker's pass an hour and a minute after now (the invitation's delay), and the messages it delivered. */
  async function sendAfterDelay(): Promise<{ result: Awaited<ReturnType<typeof sendDueMail>>; mails: ParsedMail[] }> {
    const seen = smtp.received.length;
    clock.set(new Date(Date.now() + INVITATION_DELAY_MS + 60_000).toISOString());
    const result = await sendDueMail(mailDeps);
    return { result, mails: smtp.received.slice(seen) };
  }

  it('queues one invitation when the desk finishes a booked visit, and its link answers the question once', async () => {
    const booking = await pastBooking({ email: 'anna.nowak@example.pl' });
    const ticketId = await arrivedAndCalled(booking);
    assert.deepEqual(await invitations(server, booking.id), [], 'nothing before the visit ends');
    await finish(ticketId);

    const queued = await invitations(server, booking.id);
    assert.equal(queued.length, 1);
    assert.equal(queued[0]!.status, 'pending');
    const ended = await server.db.selectFrom('ticket').select('ended_at').where('id', '=', ticketId).executeTakeFirstOrThrow();
    assert.equal(queued[0]!.send_after.getTime(), ended.ended_at!.getTime() + INVITATION_DELAY_MS, 'an hour after the visit');

    // Never a second one, whoever tries to queue it again.
    const again = await server.db
      .transaction()
      .execute((tx) => inviteToRateVisit(tx, { officeId: booking.officeId, bookingId: booking.id, endedAt: new Date() }));
    assert.equal(again, false);
    assert.equal((await invitations(server, booking.id)).length, 1);

    // Not before its time.
    clock.set(new Date().toISOString());
    assert.deepEqual(await sendDueMail(mailDeps), { sent: 0, skipped: 0, retrying: 0, failed: 0 });

    const { result, mails } = await sendAfterDelay();
    assert.deepEqual(result, { sent: 1, skipped: 0, retrying: 0, failed: 0 });
    const mail = mails[0]!;
    assert.equal((mail.to as { text: string }).text, 'anna.nowak@example.pl');
    assert.equal(mail.subject, `Jak oceniasz obsługę? Wizyta ${booking.code}`);
    assert.ok(mail.text?.includes('Mamy jedno pytanie: jak zostałaś obsłużona lub zostałeś obsłużony?'));
    assert.ok(!mail.text?.includes('Jan Kowalski'), 'never the name');
    assert.ok(!mail.attachments.some((a) => a.filename?.endsWith('.ics')), 'no calendar for an invitation');
    const link = new RegExp(`Oceń wizytę pod tym adresem:\n(${server.url}/ocena/wizyta/${booking.code}\\?t=\\S+)\n`).exec(
      mail.text ?? '',
    )?.[1];
    assert.ok(link, mail.text);
    assert.ok(mail.html && mail.html.includes(`href="${link.replace(/&/g, '&amp;')}"`), 'the HTML carries the same link');
    const sent = await server.db
      .selectFrom('mail_outbox')
      .select(['status', 'recipient'])
      .where('id', '=', queued[0]!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(sent, { status: 'sent', recipient: 'anna.nowak@example.pl' });

    // The resident follows the link and answers.
    const page = await fetch(link);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.equal((html.match(/type="radio" id="score-/g) ?? []).length, 5);
    const cookie = (page.headers.getSetCookie().find((c) => c.startsWith('okienko_ocena=')) ?? '').split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const answer = (score: string) =>
      fetch(link, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, score, comment: 'Sprawnie i miło.' }),
      });
    assert.equal((await answer('5')).status, 303);
    const row = await server.db
      .selectFrom('satisfaction_answer')
      .select(['score', 'ticket_id', 'comment_state'])
      .where('booking_id', '=', booking.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { score: 5, ticket_id: ticketId, comment_state: 'pending' });
    assert.equal((await answer('1')).status, 409, 'one answer per booking');

    // The worker has nothing more for this booking.
    assert.deepEqual((await sendAfterDelay()).result, { sent: 0, skipped: 0, retrying: 0, failed: 0 });
  });

  it('writes in the booking’s language', async () => {
    const booking = await pastBooking({ locale: 'uk' });
    await finish(await arrivedAndCalled(booking));
    const { mails } = await sendAfterDelay();
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, `Як ви оцінюєте обслуговування? Візит ${booking.code}`);
    assert.match(mails[0]!.text ?? '', /Оцініть візит за цією адресою:\nhttp/);
    assert.match(mails[0]!.html || '', /<html lang="uk">/);
  });

  it('queues nothing for a booking without an e-mail address, or for a resident who did not come to the desk', async () => {
    const noEmail = await pastBooking({ email: null });
    await finish(await arrivedAndCalled(noEmail));
    assert.deepEqual(await invitations(server, noEmail.id), []);

    // Called, recalled, and never came: the desk records a no-show.
    const absent = await pastBooking();
    const ticketId = await arrivedAndCalled(absent);
    let status = 0;
    for (let i = 0; i < 5 && status !== 200; i += 1) {
      const response = await desk.sendJson('POST', `/api/stanowisko/bilety/${ticketId}/nieobecny`, {});
      status = response.status;
      if (status !== 200) await desk.sendJson('POST', `/api/stanowisko/bilety/${ticketId}/wezwij-ponownie`, {});
    }
    assert.equal(status, 200);
    assert.deepEqual(await invitations(server, absent.id), []);
  });

  it('sends nothing to a resident who rated the visit on the follow page before the mail went', async () => {
    const booking = await pastBooking();
    const ticketId = await arrivedAndCalled(booking);
    await finish(ticketId);
    const ticket = await server.db.selectFrom('ticket').select('public_code').where('id', '=', ticketId).executeTakeFirstOrThrow();
    const page = await fetch(`${server.url}/bilet/${ticket.public_code}`);
    const html = await page.text();
    const cookie = (page.headers.getSetCookie().find((c) => c.startsWith('okienko_ocena=')) ?? '').split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const answered = await fetch(`${server.url}/bilet/${ticket.public_code}/ocena`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, score: '4' }),
    });
    assert.equal(answered.status, 303);
    const { result, mails } = await sendAfterDelay();
    assert.deepEqual([result.skipped, mails.length], [1, 0]);
    const [row] = await invitations(server, booking.id);
    assert.deepEqual([row!.status, row!.last_error], ['skipped', 'skipped: answered']);
  });
});
