import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sendDueMail } from '../../src/app/mail/index.ts';
import { createMailSender } from '../../src/mail/nodemailer-sender.ts';
import { bookingMailWording } from '../../src/ui/mail/booking-mail.tsx';
import { freeTimes } from '../../src/app/booking/index.ts';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { auditRows } from '../support/admin.ts';
import { bookingRows } from '../support/booking.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// Monday 23 November 2026, 08:00 in Warsaw. On Tuesday the ID card service (A) is booked at desk 1 only.
const NOW = new Date('2026-11-23T07:00:00Z');
const TUESDAY = '2026-11-24';
const PATH = '/punkt-informacyjny/rezerwacja';

describe("Information Point: phone booking, and the day's bookings", () => {
  let server: TestServer;
  let informationPoint: StaffClient & { staffId: number };
  let deps: UseCaseDeps;
  let serviceA: number;
  let unitSO: number;
  let times: { slot: string; time: string }[];

  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    informationPoint = await loginAs(server, 'information_point');
    const office = await currentOffice(server.db);
    deps = {
      db: server.db,
      clock: { now: () => NOW },
      actor: { kind: 'system', id: null, label: 'test', role: '', address: '', officeId: office.id },
    };
    const service = await server.db
      .selectFrom('service')
      .select(['id', 'unit_id'])
      .where('ticket_letter', '=', 'A')
      .executeTakeFirstOrThrow();
    serviceA = service.id;
    unitSO = service.unit_id;
    times = (await freeTimes(deps, { serviceId: serviceA, date: TUESDAY })).times;
    assert.ok(times.length > 3);
  });
  after(async () => {
    await server.close();
  });

  const form = (fields: Record<string, string>) => ({
    service: String(serviceA),
    date: TUESDAY,
    time: times[0]!.slot,
    name: '',
    email: '',
    phone: '',
    locale: 'pl',
    ...fields,
  });

  it("leads from the start page through the service and the day to the times and the caller's details", async () => {
    assert.ok((await (await informationPoint.get('/punkt-informacyjny')).text()).includes(`href="${PATH}"`));
    const first = await (await informationPoint.get(PATH)).text();
    assert.match(first, new RegExp(`<option value="${serviceA}"`));
    const second = await (await informationPoint.get(`${PATH}?service=${serviceA}`)).text();
    assert.match(second, new RegExp(`<option value="${TUESDAY}"[^>]*>wtorek, 24 listopada 2026 — \\d+ wolnych terminów`));
    assert.ok(!second.includes('name="time"'), 'no times before a day is chosen');
    const third = await (await informationPoint.get(`${PATH}?service=${serviceA}&date=${TUESDAY}`)).text();
    assert.ok(third.includes(`value="${times[0]!.slot}"`));
    assert.match(third, /id="name"/);
    assert.match(third, /id="email"/);
    assert.match(third, /id="phone"/);
    // Service A takes an e-mail or a phone: neither field is optional, the group says one of them is needed.
    assert.match(third, /<legend class="fieldset__legend">Podaj e-mail lub telefon \(wystarczy jedno z nich\)<\/legend>/);
    assert.doesNotMatch(third, /opcjonalnie/);
  });

  it('answers 422 to an unknown service and to a day outside the booking window', async () => {
    const unknown = await informationPoint.get(`${PATH}?service=999999`);
    assert.equal(unknown.status, 422);
    assert.match(await unknown.text(), /Wybierz sprawę z listy/);
    const past = await informationPoint.get(`${PATH}?service=${serviceA}&date=2026-11-20`);
    assert.equal(past.status, 422);
    assert.match(await past.text(), /href="#date"/);
  });

  it('answers 422 with every mistake at once and writes nothing', async () => {
    const before = await bookingRows(server.db);
    const response = await informationPoint.postForm(PATH, form({ time: '', name: ' ', phone: '12' }));
    const html = await response.text();
    assert.equal(response.status, 422, html.slice(0, 1500));
    for (const field of ['time', 'name', 'phone']) assert.match(html, new RegExp(`href="#${field}"`));
    assert.ok(html.includes('Wybierz godzinę wizyty.'));
    assert.deepEqual(await bookingRows(server.db), before);
  });

  it('books by phone with the Information Point as the source and the member of staff as its maker, and shows the code to read out', async () => {
    const response = await informationPoint.postForm(PATH, form({ name: 'Jan Kowalski', phone: '600 123 456' }));
    assert.equal(response.status, 303, await response.text());
    const location = response.headers.get('location') ?? '';
    const id = Number(/\/(\d+)$/.exec(location)?.[1]);
    const row = await server.db.selectFrom('booking').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.source, 'information_point');
    assert.equal(row.created_by_staff_id, informationPoint.staffId);
    assert.equal(row.phone, '+48600123456');
    assert.equal(row.email, null);
    assert.equal(
      (await server.db.selectFrom('mail_outbox').select('id').where('booking_id', '=', id).execute()).length,
      0,
      'no address, no mail',
    );
    const page = await (await informationPoint.get(location)).text();
    assert.ok(page.includes(`<p class="booking-code">${row.code}</p>`));
    assert.ok(page.includes('wtorek, 24 listopada 2026'));
    assert.ok(page.includes('Nie wysyłamy: nie podano adresu e-mail.'));
    assert.ok(!page.includes('Jan Kowalski'), 'the confirmation shows no personal data');
    const other = await loginAs(server, 'information_point');
    assert.equal((await other.get(location)).status, 404, 'only its maker sees the code');
  });

  it('says that the confirmation e-mail is on its way when an address was given', async () => {
    const response = await informationPoint.postForm(
      PATH,
      form({ time: times[1]!.slot, name: 'Anna Nowak', email: 'anna.nowak@example.pl', locale: 'uk' }),
    );
    assert.equal(response.status, 303, await response.text());
    const id = Number(/\/(\d+)$/.exec(response.headers.get('location') ?? '')?.[1]);
    assert.equal((await server.db.selectFrom('booking').select('locale').where('id', '=', id).executeTakeFirstOrThrow()).locale, 'uk');
    assert.match(await (await informationPoint.get(`${PATH}/${id}`)).text(), /Czeka na wysłanie/);
    // Without SMTP_URL the mail is built and kept, never delivered: the page does not call it sent.
    const sender = createMailSender(undefined);
    await sendDueMail({
      db: server.db,
      clock: { now: () => NOW },
      sender,
      wording: bookingMailWording,
      publicUrl: server.url,
      from: undefined,
    });
    sender.close();
    const after = await (await informationPoint.get(`${PATH}/${id}`)).text();
    assert.match(after, /Nie wysłane: urząd nie ma ustawionego serwera poczty/);
    assert.doesNotMatch(after, /<dd>Wysłane\.<\/dd>/);
  });

  it('answers 409 when the time was just taken, offers the nearest free times instead, and writes nothing', async () => {
    const before = await bookingRows(server.db);
    const response = await informationPoint.postForm(PATH, form({ name: 'Ewa Lis', phone: '601 222 333' }));
    const html = await response.text();
    assert.equal(response.status, 409, html.slice(0, 1500));
    assert.ok(html.includes('Ten termin został właśnie zajęty. Wybierz inny.'));
    assert.ok(html.includes('Najbliższe wolne terminy'));
    assert.ok(!html.includes(`value="${times[0]!.slot}"`), 'the taken time is not offered');
    assert.ok(html.includes(`value="${times[2]!.slot}"`), 'the next free time is');
    assert.match(html, /id="name"[^>]*value="Ewa Lis"/, 'the details stay as typed');
    assert.deepEqual(await bookingRows(server.db), before);
  });

  it("shows the day's bookings with names to the Information Point, and writes one audit row with ids only", async () => {
    const auditBefore = (await auditRows(server.db, 'booking.read_day')).length;
    const html = await (await informationPoint.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text();
    assert.ok(html.includes('Jan Kowalski'));
    assert.ok(html.includes('+48 600 123 456'));
    assert.match(html, /<caption>Stanowisko 1: 2 rezerwacje<\/caption>/);
    assert.match(html, /<th scope="row"[^>]*>\d\d:\d\d–\d\d:\d\d<\/th>/);
    const rows = await auditRows(server.db, 'booking.read_day');
    assert.equal(rows.length, auditBefore + 1);
    const ids = (await server.db.selectFrom('booking').select('id').where('office_day', '=', TUESDAY).orderBy('id').execute()).map(
      (r) => r.id,
    );
    const details = rows.at(-1)!.details as { date: string; count: number; ids: number[]; scope: string };
    assert.deepEqual({ ...details, ids: [...details.ids].sort((a, b) => a - b) }, { date: TUESDAY, count: 2, ids, scope: 'all' });
    assert.ok(!JSON.stringify(details).includes('Kowalski'));
  });

  it('shows the administrator times, services and status without names, contacts or codes, and audits nothing', async () => {
    const admin = await loginAs(server, 'admin');
    const auditBefore = (await auditRows(server.db, 'booking.read_day')).length;
    const html = await (await admin.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text();
    assert.match(html, /<caption>Stanowisko 1: 2 rezerwacje<\/caption>/);
    assert.ok(!html.includes('Jan Kowalski'));
    assert.ok(!html.includes('600 123 456'));
    const code = (await server.db.selectFrom('booking').select('code').where('office_day', '=', TUESDAY).executeTakeFirstOrThrow()).code;
    assert.ok(!html.includes(code));
    assert.equal((await auditRows(server.db, 'booking.read_day')).length, auditBefore);
  });

  it('shows a unit head the bookings of their own unit only', async () => {
    const head = await loginAs(server, 'unit_head');
    assert.match(await (await head.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text(), /nie ma przypisanej komórki/);
    await server.db.updateTable('staff').set({ unit_id: unitSO }).where('id', '=', head.staffId).execute();
    assert.ok((await (await head.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text()).includes('Jan Kowalski'));
    const otherUnit = await server.db.selectFrom('unit').select('id').where('id', '<>', unitSO).executeTakeFirstOrThrow();
    await server.db.updateTable('staff').set({ unit_id: otherUnit.id }).where('id', '=', head.staffId).execute();
    const html = await (await head.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text();
    assert.ok(!html.includes('Jan Kowalski'));
    assert.ok(html.includes('Brak rezerwacji.'));
  });

  it('shows a clerk the bookings of the services of the desk they work at, and nothing without a desk', async () => {
    const clerk = await loginAs(server, 'clerk');
    assert.match(await (await clerk.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text(), /Nie pracujesz teraz na żadnym stanowisku/);
    const desk = async (number: string) =>
      await server.db.selectFrom('desk').select(['id', 'office_id']).where('number', '=', number).executeTakeFirstOrThrow();
    const taxDesk = await desk('6');
    await server.db
      .insertInto('desk_session')
      .values({ office_id: taxDesk.office_id, desk_id: taxDesk.id, staff_id: clerk.staffId, office_day: '2026-11-23', opened_at: NOW })
      .execute();
    assert.ok(
      !(await (await clerk.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text()).includes('Jan Kowalski'),
      'the tax desk does not serve ID cards',
    );
    await server.db.updateTable('desk_session').set({ status: 'closed', closed_at: NOW }).where('staff_id', '=', clerk.staffId).execute();
    const idDesk = await desk('2');
    await server.db
      .insertInto('desk_session')
      .values({ office_id: idDesk.office_id, desk_id: idDesk.id, staff_id: clerk.staffId, office_day: '2026-11-23', opened_at: NOW })
      .execute();
    assert.ok(
      (await (await clerk.get(`/rezerwacje/dzien?dzien=${TUESDAY}`)).text()).includes('Jan Kowalski'),
      'desk 2 serves ID cards too',
    );
  });

  it('answers 422 to a date that does not exist', async () => {
    const response = await informationPoint.get('/rezerwacje/dzien?dzien=2026-02-30');
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /href="#dzien"/);
    assert.match(html, /id="dzien"[^>]*value="2026-02-30"/);
  });

  it('answers 403 to roles that have no need to know', async () => {
    const centre = await loginAs(server, 'contact_centre', 'city_secretary', 'register_keeper');
    assert.equal((await centre.get('/rezerwacje/dzien')).status, 403);
    const admin = await loginAs(server, 'admin', 'unit_head', 'clerk');
    assert.equal((await admin.get(PATH)).status, 403);
    assert.equal((await admin.postForm(PATH, form({ name: 'X', phone: '600000000' }))).status, 403);
  });

  it('books a caller from abroad with their country code, kept in E.164', async () => {
    const response = await informationPoint.postForm(
      PATH,
      form({ time: times[2]!.slot, name: 'Olena Kowalenko', phone: '+380 67 123 45 67' }),
    );
    assert.equal(response.status, 303, await response.text());
    const id = Number(/\/(\d+)$/.exec(response.headers.get('location') ?? '')?.[1]);
    assert.equal(
      (await server.db.selectFrom('booking').select('phone').where('id', '=', id).executeTakeFirstOrThrow()).phone,
      '+380671234567',
    );
  });
});
