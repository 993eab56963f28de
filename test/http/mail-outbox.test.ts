import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sendDueMail } from '../../src/app/mail/send-due-mail.ts';
import { createMailSender } from '../../src/mail/nodemailer-sender.ts';
import { bookingMailWording } from '../../src/ui/mail/booking-mail.tsx';
import { startTestServer, loginAs, type TestServer } from '../support/server.ts';
import { insertBooking, queueTestMail, TestClock } from '../support/mail.ts';

describe('/personel/poczta: outgoing mail for administrators', () => {
  let server: TestServer;
  let sentId: string;
  let pendingId: string;
  let recipient: string;

  before(async () => {
    server = await startTestServer();
    const clock = new TestClock('2026-11-25T09:00:00Z');
    const booking = await insertBooking(server.db, { startsAt: '2026-12-01T08:30:00Z', deskIndex: 0 });
    recipient = `jan.kowalski.${booking.code.toLowerCase()}@example.pl`;
    sentId = await queueTestMail(server.db, booking, 'booking_confirmed', clock.now());
    pendingId = await queueTestMail(server.db, booking, 'booking_reminder', clock.now(), { sendAfter: new Date('2026-11-30T08:30:00Z') });
    const sender = createMailSender(undefined);
    await sendDueMail({ db: server.db, clock, sender, wording: bookingMailWording, publicUrl: 'http://127.0.0.1', from: undefined });
    sender.close();
  });
  after(async () => {
    await server.close();
  });

  async function auditRows() {
    return server.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'subject_id', 'details'])
      .where('action', '=', 'mail.read')
      .orderBy('id')
      .execute();
  }

  it('lists the mail newest first for an administrator, says mail is not delivered without SMTP, and audits the read', async () => {
    const admin = await loginAs(server, 'admin');
    const response = await admin.get('/personel/poczta');
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<h1>Poczta wychodząca<\/h1>/);
    assert.match(html, /<caption>Wiadomości, od najnowszych \(strona 1\)<\/caption>/);
    assert.match(html, /<th scope="col">Odbiorca<\/th>/);
    assert.match(html, /nie ustawiono SMTP_URL/);
    assert.ok(html.includes(recipient));
    assert.ok(html.indexOf(`/personel/poczta/${pendingId}`) < html.indexOf(`/personel/poczta/${sentId}`), 'newest first');
    assert.match(html, /Potwierdzenie wizyty [A-Z0-9-]+: wtorek, 1 grudnia 2026, 09:30/);
    assert.match(html, /<td>Czeka<\/td>/);
    // Built in full without a mail server: never called sent.
    assert.match(html, /<td>Zbudowana, niewysłana: brak serwera poczty<\/td>/);
    assert.doesNotMatch(html, /<td>Wysłana<\/td>/);
    assert.match(html, /href="\/personel\/poczta"[^>]*>Poczta wychodząca<\/a>/, "in the administrator's menu");

    const audit = await auditRows();
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.details, { page: 1 });
    assert.ok(!JSON.stringify(audit).includes('@'), 'no personal data in the audit row');
  });

  it("shows one mail with its text and audits the read by the mail's id", async () => {
    const admin = await loginAs(server, 'admin');
    const response = await admin.get(`/personel/poczta/${sentId}`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<h1>Wiadomość \d+<\/h1>/);
    assert.match(html, /<pre class="mail-body">Dzień dobry,/);
    assert.match(html, /<dt>Stan<\/dt><dd>Zbudowana, niewysłana: brak serwera poczty<\/dd>/);
    assert.match(html, /<dt>Zbudowano \(nie wysłano\)<\/dt>/);
    assert.match(html, /Kod rezerwacji: /);
    assert.ok(html.includes(recipient));
    const audit = await auditRows();
    assert.deepEqual(audit.at(-1), { action: 'mail.read', subject_type: 'mail_outbox', subject_id: sentId, details: {} });
    assert.equal((await admin.get('/personel/poczta/999999')).status, 404);
    assert.equal((await admin.get('/personel/poczta/abc')).status, 404);
  });

  it('refuses every other role with 403 and sends a visitor to the login page', async () => {
    for (const role of ['clerk', 'information_point', 'unit_head'] as const) {
      const staff = await loginAs(server, role);
      assert.equal((await staff.get('/personel/poczta')).status, 403, role);
      assert.equal((await staff.get(`/personel/poczta/${sentId}`)).status, 403, role);
    }
    const anonymous = await fetch(`${server.url}/personel/poczta`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.headers.get('location') ?? '', /^\/logowanie/);
  });
});
