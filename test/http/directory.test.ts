import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Db } from '../../src/storage/database.ts';
import { auditRows } from '../support/admin.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// Thursday 3 December 2026, 10:00 in Warsaw.
const NOW = new Date('2026-12-03T09:00:00Z');

/** Rows of the directory's tables and the audit log, to prove that a refused form wrote nothing. */
async function writtenRows(db: Db): Promise<string> {
  const result = await sql<{ counts: string }>`
    SELECT concat_ws(',', (SELECT count(*) FROM phone_transfer), (SELECT count(*) FROM information_point_note),
      (SELECT count(*) FROM staff_absence), (SELECT count(*) FROM staff_service), (SELECT count(*) FROM ticket),
      (SELECT string_agg(id || ':' || coalesce(room_id, 0) || ':' || phone_extension, ';' ORDER BY id) FROM staff),
      (SELECT count(*) FROM audit_log)) AS counts`.execute(db);
  return result.rows[0]!.counts;
}

async function refused(db: Db, send: () => Promise<Response>, status: number, message: string): Promise<string> {
  const before = await writtenRows(db);
  const response = await send();
  const body = await response.text();
  assert.equal(response.status, status, body.slice(0, 1500));
  assert.ok(body.includes(message), `the answer should say "${message}"`);
  assert.equal(await writtenRows(db), before, 'nothing may be written');
  return body;
}

describe('the Information Point directory', () => {
  let server: TestServer;
  let informationPoint: StaffClient;
  let head: StaffClient & { staffId: number };
  let admin: StaffClient;
  let clerkId: number;
  let serviceD: number;
  let unitKM: number;

  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    informationPoint = await loginAs(server, 'information_point');
    admin = await loginAs(server, 'admin');
    head = await loginAs(server, 'unit_head');
    unitKM = (await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow()).id;
    await server.db.updateTable('staff').set({ unit_id: unitKM }).where('id', '=', head.staffId).execute();
    serviceD = (await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'D').executeTakeFirstOrThrow()).id;
    clerkId = (await server.db.selectFrom('staff').select('id').where('login', '=', 'demo.urzednik').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await server.close();
  });

  it('answers a resident’s words on /gdzie-zalatwie without JavaScript, in pl/en/uk, and links it from the home page', async () => {
    assert.match(await (await fetch(`${server.url}/`)).text(), /href="\/gdzie-zalatwie"/);
    const pl = await (await fetch(`${server.url}/gdzie-zalatwie?q=${encodeURIComponent('zgubiłem dowód osobisty')}`)).text();
    assert.match(pl, /<h2[^>]*>Wniosek o dowód osobisty<\/h2>/);
    assert.match(pl, /bilet z literą A/);
    assert.match(pl, /href="\/rezerwacja\/dzien\?usluga=\d+"/);
    assert.match(pl, /parter/);
    assert.ok(pl.indexOf('Wniosek o dowód osobisty') < pl.indexOf('Odbiór dowodu osobistego'));
    const en = await (await fetch(`${server.url}/gdzie-zalatwie?q=dog+tax`, { headers: { 'accept-language': 'en' } })).text();
    assert.match(en, /<h2[^>]*>Dog fee<\/h2>/);
    const uk = await (
      await fetch(`${server.url}/gdzie-zalatwie?q=${encodeURIComponent('реєстрація авто')}`, { headers: { 'accept-language': 'uk' } })
    ).text();
    assert.match(uk, /Реєстрація транспортного засобу/);
    assert.match(uk, /CEPiK не працює до 12:00/);
  });

  it('sends the results alone for the script, and says what to do when nothing fits', async () => {
    const part = await (await fetch(`${server.url}/gdzie-zalatwie/wyniki?q=meldunek`)).text();
    assert.doesNotMatch(part, /<html/);
    assert.match(part, /Zameldowanie na pobyt stały lub czasowy/);
    const none = await (await fetch(`${server.url}/gdzie-zalatwie/wyniki?q=xqzwv`)).text();
    assert.match(none, /Nie znaleźliśmy sprawy pasującej do „xqzwv”/);
  });

  it('answers 422 with a worded error to a query too long or with control characters, writing nothing', async () => {
    await refused(server.db, () => fetch(`${server.url}/gdzie-zalatwie?q=${'a'.repeat(201)}`), 422, 'Błąd:');
    await refused(server.db, () => fetch(`${server.url}/gdzie-zalatwie/wyniki?q=dow%01d`), 422, 'niedozwolone');
  });

  it('shows the Information Point who is competent now, the sentence of standard 5.4, notes and waiting counts', async () => {
    const html = await (await informationPoint.get(`/punkt-informacyjny?q=${encodeURIComponent('dowód osobisty')}`)).text();
    assert.match(html, /<h1>Punkt Informacyjny<\/h1>/);
    assert.match(
      html,
      /Przełączam Panią\/Pana\. Sprawę załatwi: Tomasz Wiśniewski, Referat Spraw Obywatelskich \(dowody osobiste i ewidencja ludności\), tel\. wewn\. 131/,
    );
    assert.match(html, /CEPiK nie działa do 12:00/);
    assert.match(html, /class="waiting-table"/);
    assert.match(html, /accesskey="s"/);
    assert.match(html, /href="\/punkt-informacyjny\/bilet"/);
    const counts = await (await informationPoint.get('/punkt-informacyjny/kolejka')).text();
    assert.match(counts, /<table class="waiting-table">/);
  });

  it('leaves out a person on the absence list and notes a transfer with one click (audited, no caller data)', async () => {
    const added = await head.postForm('/nieobecnosci', { staff_id: String(head.staffId), starts_on: '2026-12-03', ends_on: '2026-12-04' });
    assert.equal(added.status, 303);
    await server.db.updateTable('staff').set({ phone_extension: '205' }).where('id', '=', head.staffId).execute();
    const page = await (await informationPoint.get(`/punkt-informacyjny?q=${encodeURIComponent('prawo jazdy')}`)).text();
    assert.match(page, /Nieobecni dziś: Test unit_head/);
    assert.match(page, /Przełączam Panią\/Pana\. Sprawę załatwi: Piotr Kamiński/);
    const kaminski = (await server.db.selectFrom('staff').select('id').where('login', '=', 'demo.kierownik').executeTakeFirstOrThrow()).id;
    const serviceE = (await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'E').executeTakeFirstOrThrow()).id;
    const noted = await informationPoint.postForm('/spis-telefonow/przelaczenia', {
      service_id: String(serviceE),
      staff_id: String(kaminski),
      q: 'prawo jazdy',
      z: 'pi',
    });
    assert.equal(noted.status, 303);
    assert.equal(noted.headers.get('location'), '/punkt-informacyjny?q=prawo+jazdy&odnotowano=1');
    const rows = await server.db.selectFrom('phone_transfer').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.unit_id, unitKM);
    assert.deepEqual((await auditRows(server.db, 'directory.transfer_noted')).at(-1)?.details, {
      serviceId: serviceE,
      unitId: unitKM,
      staffId: kaminski,
    });
    const directory = await (await informationPoint.get('/spis-telefonow')).text();
    assert.match(directory, /Przełączenia odnotowane w ostatnich 30 dniach/);
    assert.match(directory, /<th scope="row">KM<\/th><td>Prawo jazdy — wydanie lub wymiana<\/td><td>1<\/td><td>1<\/td>/);
  });

  it('refuses a transfer of an unknown matter or person, writing nothing', async () => {
    await refused(
      server.db,
      () => informationPoint.postForm('/spis-telefonow/przelaczenia', { service_id: 'abc', staff_id: '' }),
      422,
      'Tej sprawy nie ma w urzędzie',
    );
    await refused(
      server.db,
      () => informationPoint.postForm('/spis-telefonow/przelaczenia', { service_id: '999999', staff_id: '' }),
      422,
      'Tej sprawy nie ma w urzędzie',
    );
  });

  it('prints a unit’s phone list with extensions and matters', async () => {
    const html = await (await informationPoint.get(`/spis-telefonow/komorki/${unitKM}`)).text();
    assert.match(html, /Piotr Kamiński/);
    assert.match(html, /<td class="phone-table__extension">205<\/td>/);
    assert.match(html, /Rejestracja pojazdu/);
    assert.equal((await informationPoint.get('/spis-telefonow/komorki/999999')).status, 404);
  });

  it('lets a unit head post a note shown to residents at a matter, and withdraw it; audited', async () => {
    const posted = await head.postForm('/informacje-dla-punktu', {
      unit_id: String(unitKM),
      service_id: String(serviceD),
      text_pl: 'Brak druków — wnioski tylko elektronicznie',
      from_date: '2026-12-03',
      from_time: '08:00',
      until_date: '2026-12-03',
      until_time: '15:00',
      shown_to_residents: 'on',
    });
    assert.equal(posted.status, 303);
    assert.match(await (await fetch(`${server.url}/gdzie-zalatwie?q=rejestracja+auta`)).text(), /Brak druków/);
    const note = await server.db
      .selectFrom('information_point_note')
      .select('id')
      .where('text_pl', 'like', 'Brak druków%')
      .executeTakeFirstOrThrow();
    assert.equal((await head.postForm(`/informacje-dla-punktu/${note.id}/wycofaj`, {})).status, 303);
    assert.doesNotMatch(await (await fetch(`${server.url}/gdzie-zalatwie?q=rejestracja+auta`)).text(), /Brak druków/);
    assert.equal((await auditRows(server.db, 'directory.note_posted')).length, 1);
    assert.equal((await auditRows(server.db, 'directory.note_withdrawn')).length, 1);
  });

  it('refuses a note with bad input, of another unit or ending before it starts, writing nothing', async () => {
    await refused(server.db, () => head.postForm('/informacje-dla-punktu', { unit_id: String(unitKM), text_pl: '' }), 422, 'Błąd:');
    const so = (await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow()).id;
    const base = { text_pl: 'x', from_date: '2026-12-03', from_time: '12:00', until_date: '2026-12-03', until_time: '13:00' };
    await refused(server.db, () => head.postForm('/informacje-dla-punktu', { ...base, unit_id: String(so) }), 422, 'tylko swojej komórki');
    await refused(
      server.db,
      () => head.postForm('/informacje-dla-punktu', { ...base, unit_id: String(unitKM), until_time: '11:00' }),
      422,
      'Koniec musi być później niż początek',
    );
  });

  it('refuses an overlapping or backwards absence, or one of another unit’s person, writing nothing', async () => {
    await refused(
      server.db,
      () => head.postForm('/nieobecnosci', { staff_id: String(head.staffId), starts_on: '2026-12-04', ends_on: '2026-12-08' }),
      409,
      'Ta osoba ma już zapisaną nieobecność w tych dniach',
    );
    await refused(
      server.db,
      () => head.postForm('/nieobecnosci', { staff_id: String(head.staffId), starts_on: '2026-12-10', ends_on: '2026-12-09' }),
      422,
      'Ostatni dzień nie może być wcześniej niż pierwszy',
    );
    await refused(
      server.db,
      () => head.postForm('/nieobecnosci', { staff_id: String(clerkId), starts_on: '2026-12-10', ends_on: '2026-12-11' }),
      422,
      'Tej osoby nie ma w spisie',
    );
  });

  it('lets the administrator set a room, extension and matters on the staff form; refuses a bad extension', async () => {
    const serviceA = (await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow()).id;
    assert.match(await (await admin.get(`/admin/pracownicy/${clerkId}`)).text(), new RegExp(`/admin/pracownicy/${clerkId}/telefon`));
    const saved = await admin.postForm(`/admin/pracownicy/${clerkId}/telefon`, {
      room_id: '',
      phone_extension: '132',
      service_id: [String(serviceA)],
    });
    assert.equal(saved.status, 303);
    const rows = await server.db.selectFrom('staff_service').select('service_id').where('staff_id', '=', clerkId).execute();
    assert.deepEqual(rows, [{ service_id: serviceA }]);
    assert.equal((await auditRows(server.db, 'directory.staff_phone_update')).length, 1);
    // The clerk now handles A only: not "meldunek" (C) any more.
    const page = await (await informationPoint.get('/punkt-informacyjny?q=meldunek')).text();
    assert.doesNotMatch(page, /Przełączam Panią\/Pana\. Sprawę załatwi: Tomasz Wiśniewski/);
    await refused(
      server.db,
      () => admin.postForm(`/admin/pracownicy/${clerkId}/telefon`, { phone_extension: '12a' }),
      422,
      'Numer wewnętrzny to od 1 do 6 cyfr',
    );
    await refused(
      server.db,
      () => admin.postForm(`/admin/pracownicy/${clerkId}/telefon`, { service_id: ['999999'] }),
      422,
      'Tej sprawy nie ma w urzędzie',
    );
  });

  it('lets the administrator keep keywords on the service form', async () => {
    const html = await (await admin.get(`/admin/sprawy/${serviceD}`)).text();
    assert.match(html, /name="keywords_pl"/);
    assert.match(html, /rejestracja auta/);
  });

  it('issues a ticket for a person from the Information Point’s form; refuses no matter, writing nothing', async () => {
    assert.match(await (await informationPoint.get('/punkt-informacyjny/bilet')).text(), /name="serviceId"/);
    const serviceA = (await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow()).id;
    const issued = await informationPoint.postForm('/punkt-informacyjny/bilet', { serviceId: String(serviceA), priorityReason: '' });
    assert.equal(issued.status, 303, await issued.text());
    assert.match(issued.headers.get('location') ?? '', /^\/bilet\//);
    const ticket = await server.db.selectFrom('ticket').select(['source']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(ticket.source, 'information_point');
    await refused(server.db, () => informationPoint.postForm('/punkt-informacyjny/bilet', { serviceId: '' }), 422, 'Wybierz sprawę.');
  });
});
