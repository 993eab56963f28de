import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { sendDueMail } from '../../src/app/mail/index.ts';
import type { MailSender, OutgoingMail } from '../../src/app/mail/mail-ports.ts';
import type { Db } from '../../src/storage/database.ts';
import { homeVisitMailWording } from '../../src/ui/mail/home-visit-mail.tsx';
import { auditRows, idFrom, postOk } from '../support/admin.ts';
import { testClock } from '../support/booking.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw.
const clock = testClock('2026-12-03T10:00:00Z');

/** Every row of the module's tables and the audit rows that are not reads. */
async function writtenRows(db: Db): Promise<Record<string, string>> {
  const dump = async (table: string) =>
    (await sql<{ s: string | null }>`SELECT string_agg(t::text, '|' ORDER BY t.id) AS s FROM ${sql.table(table)} t`.execute(db)).rows[0]
      ?.s ?? '';
  const audit = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action NOT LIKE '%.read%'`.execute(db);
  const mails = await sql<{ n: string }>`SELECT count(*) AS n FROM mail_outbox`.execute(db);
  return {
    mails: mails.rows[0]!.n,
    request: await dump('home_visit_request'),
    authorisation: await dump('home_visit_authorisation'),
    visit: await dump('home_visit'),
    audit: audit.rows[0]!.n,
  };
}

describe('home visits (standard 7.3)', () => {
  let server: TestServer;
  let point: StaffClient & { staffId: number };
  let head: StaffClient & { staffId: number };
  let otherHead: StaffClient & { staffId: number };
  let clerk: StaffClient & { staffId: number };
  let otherClerk: StaffClient & { staffId: number };
  let secretary: StaffClient & { staffId: number };
  let keeper: StaffClient & { staffId: number };
  let unitSO: number;

  const request = () => ({
    channel: 'phone',
    applicantName: 'Janina Wiśniewska',
    visitAddress: 'ul. Słowackiego 5 m. 3, 97-300 Piotrków Trybunalski',
    phone: '600 123 456',
    representativeName: 'Piotr Wiśniewski',
    representativeKind: 'family',
    unit: String(unitSO),
    matterText: 'Wniosek o wydanie dowodu osobistego',
    reasonCategory: 'mobility',
    preferredDays: ['mon', 'wed'],
    preferredTime: 'morning',
    accessNotes: 'III piętro, bez windy, domofon 12',
    consent: 'on',
    clauseGiven: 'on',
  });

  before(async () => {
    server = await startTestServer({ clock });
    unitSO = (await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow()).id;
    const unitKM = (await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow()).id;
    point = await loginAs(server, 'information_point');
    head = await loginAs(server, 'unit_head');
    otherHead = await loginAs(server, 'unit_head');
    clerk = await loginAs(server, 'clerk');
    otherClerk = await loginAs(server, 'clerk');
    secretary = await loginAs(server, 'city_secretary');
    keeper = await loginAs(server, 'register_keeper');
    await server.db
      .updateTable('staff')
      .set({ unit_id: unitSO })
      .where('id', 'in', [head.staffId, clerk.staffId, otherClerk.staffId])
      .execute();
    await server.db.updateTable('staff').set({ unit_id: unitKM }).where('id', '=', otherHead.staffId).execute();
  });
  after(() => server.close());

  async function refused(send: () => Promise<Response>, status: number, messages: string[]): Promise<string> {
    const before = await writtenRows(server.db);
    const response = await send();
    const html = await response.text();
    assert.equal(response.status, status, html.slice(0, 2000));
    for (const message of messages) assert.ok(html.includes(message), `the answer should say "${message}"`);
    assert.deepEqual(await writtenRows(server.db), before, 'a refused form writes nothing');
    return html;
  }

  it('refuses a bad request form with clear messages and writes nothing', async () => {
    await refused(() => point.postForm('/wizyty-domowe/nowy', {}), 422, [
      'To pole jest wymagane.',
      'Zaznacz, że przekazano klauzulę informacyjną.',
    ]);
    await refused(() => point.postForm('/wizyty-domowe/nowy', { ...request(), phone: '12' }), 422, ['Wpisz cały numer telefonu']);
    await refused(() => point.postForm('/wizyty-domowe/nowy', { ...request(), matterText: '', unit: '' }), 422, [
      'Wybierz sprawę z katalogu albo opisz ją słowami.',
    ]);
    await refused(() => point.postForm('/wizyty-domowe/nowy', { ...request(), unit: '2147483647' }), 422, ['Wybierz komórkę z listy.']);
    await refused(() => point.postForm('/wizyty-domowe/nowy', { ...request(), representativeKind: '' }), 422, [
      'Wybierz, kim jest ta osoba dla mieszkańca.',
    ]);
  });

  it('lets the administrator set the deadlines and the retention, refusing values out of range with nothing written', async () => {
    const admin = await loginAs(server, 'admin');
    const page = await admin.get('/admin/wizyty-domowe');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /name="handleWithinDays"[^>]*value="3"/);
    assert.equal((await point.get('/admin/wizyty-domowe')).status, 403);
    const policy = () => server.db.selectFrom('home_visit_policy').selectAll().execute();
    const before = await policy();
    for (const [form, message] of [
      [{ handleWithinDays: '0', expiryWarningDays: '14', retentionDays: '90' }, 'Wpisz liczbę od 1 do 30.'],
      [{ handleWithinDays: '3', expiryWarningDays: '91', retentionDays: '90' }, 'Wpisz liczbę od 1 do 90.'],
      [{ handleWithinDays: '3', expiryWarningDays: '14', retentionDays: '99999999999999999999' }, 'Wpisz liczbę od 1 do 3650.'],
      [{ handleWithinDays: 'trzy', expiryWarningDays: '14', retentionDays: '90' }, 'Wpisz liczbę całkowitą'],
    ] as const) {
      const response = await admin.postForm('/admin/wizyty-domowe', form);
      const html = await response.text();
      assert.equal(response.status, 422, html.slice(0, 1000));
      assert.ok(html.includes(message), `the answer should say "${message}"`);
      assert.deepEqual(await policy(), before, 'a refused form writes nothing');
    }
    await postOk(admin, '/admin/wizyty-domowe', { handleWithinDays: '5', expiryWarningDays: '21', retentionDays: '180' });
    const saved = await policy();
    assert.deepEqual(
      saved.map((p) => [p.handle_within_days, p.expiry_warning_days, p.retention_days]),
      [[5, 21, 180]],
    );
    assert.equal((await auditRows(server.db, 'home_visit.policy_update')).length, 1);
    // Back to the defaults the other tests of this file expect.
    await postOk(admin, '/admin/wizyty-domowe', { handleWithinDays: '3', expiryWarningDays: '14', retentionDays: '90' });
  });

  it('goes from the Information Point’s request to a visit done under the Secretary’s numbered authorisation', async () => {
    const id = idFrom(await postOk(point, '/wizyty-domowe/nowy', request()));
    const taken = await (await point.get(`/wizyty-domowe/${id}`)).text();
    assert.ok(taken.includes('Janina Wiśniewska') && taken.includes('Przyjęty'));
    assert.ok(
      (await auditRows(server.db, 'home_visit.read')).some((a) => a.subject_id === String(id)),
      'the read is audited',
    );
    assert.ok(!JSON.stringify(await auditRows(server.db, 'home_visit.take')).includes('Wiśniewska'), 'no personal data in the audit');
    await postOk(point, `/wizyty-domowe/${id}/wyslij`, {});

    // The unit head: their unit's inbox; another unit's head sees nothing of it.
    assert.ok((await (await head.get('/wizyty-domowe')).text()).includes(`/wizyty-domowe/${id}"`));
    assert.ok(!(await (await otherHead.get('/wizyty-domowe')).text()).includes(`/wizyty-domowe/${id}"`));
    assert.equal((await otherHead.get(`/wizyty-domowe/${id}`)).status, 403);
    assert.ok((await (await head.get('/kierownik')).text()).includes('wniosek do przydzielenia'), 'the start page counts it');

    await refused(
      () => head.postForm(`/wizyty-domowe/${id}/przydziel`, { caseSign: 'SO/5340/12/2026', clerk: String(clerk.staffId) }),
      422,
      ['Wpisz znak sprawy w postaci symbol komórki.symbol JRWA.numer.rok'],
    );
    await refused(
      () => head.postForm(`/wizyty-domowe/${id}/przydziel`, { caseSign: 'SO.5340.12.2026', clerk: String(otherHead.staffId) }),
      422,
      ['Wybierz pracownika swojej komórki z listy.'],
    );
    await postOk(head, `/wizyty-domowe/${id}/przydziel`, { caseSign: 'so.5340.12.2026', clerk: String(clerk.staffId) });

    // A clerk sees only their own visits.
    assert.equal((await otherClerk.get(`/wizyty-domowe/${id}`)).status, 403);
    assert.ok(!(await (await otherClerk.get('/wizyty-domowe')).text()).includes(`/wizyty-domowe/${id}"`));

    // No authorisation yet: no date.
    await refused(
      () => clerk.postForm(`/wizyty-domowe/${id}/termin`, { visitOn: '2026-12-10', visitTime: '10:00', informedBy: 'phone' }),
      409,
      ['Termin można wyznaczyć dopiero, gdy pracownik ma upoważnienie Sekretarza.'],
    );
    const ask = {
      employee: String(clerk.staffId),
      scope: 'Przyjmowanie wniosków o dowód osobisty w miejscu pobytu',
      legalBasis: 'Zarządzenie Prezydenta Miasta w sprawie standardów obsługi',
      validFrom: '2026-12-03',
      validUntil: '2026-12-15',
    };
    await refused(() => clerk.postForm(`/wizyty-domowe/${id}/upowaznienie`, { ...ask, validUntil: '2026-12-01' }), 422, [
      'Data końca nie może być wcześniejsza niż data początku.',
    ]);
    await postOk(clerk, `/wizyty-domowe/${id}/upowaznienie`, ask);
    const auth = await server.db.selectFrom('home_visit_authorisation').select('id').where('request_id', '=', id).executeTakeFirstOrThrow();

    // The City Secretary decides on the start page.
    const pending = await (await secretary.get('/sekretarz')).text();
    assert.ok(pending.includes(`/sekretarz/upowaznienia/${auth.id}`));
    await refused(() => secretary.postForm(`/sekretarz/upowaznienia/${auth.id}/odmow`, { reason: '' }), 422, ['To pole jest wymagane.']);
    await postOk(secretary, `/sekretarz/upowaznienia/${auth.id}/udziel`, {});
    const granted = await (await secretary.get(`/sekretarz/upowaznienia/${auth.id}`)).text();
    assert.match(granted, /SM\.0052\.\d+\.2026/);
    await refused(() => secretary.postForm(`/sekretarz/upowaznienia/${auth.id}/udziel`, {}), 409, ['O tym upoważnieniu już zdecydowano.']);

    // Scheduling outside the authorisation is refused with the date; inside it, accepted.
    await refused(
      () => clerk.postForm(`/wizyty-domowe/${id}/termin`, { visitOn: '2026-12-16', visitTime: '10:00', informedBy: 'phone' }),
      409,
      ['nie masz ważnego upoważnienia Sekretarza Miasta'],
    );
    await postOk(clerk, `/wizyty-domowe/${id}/termin`, { visitOn: '2026-12-10', visitTime: '10:00', informedBy: 'phone' });
    // The documents: the request for EZD with its metadata, the letter to the resident, the authorisation.
    const pdf = Buffer.from(await (await clerk.get(`/wizyty-domowe/${id}/wniosek.pdf`)).arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const metadata = (await (await head.get(`/wizyty-domowe/${id}/wniosek.json`)).json()) as { caseSign: string; file: { sha256: string } };
    assert.equal(metadata.caseSign, 'SO.5340.12.2026');
    assert.equal(metadata.file.sha256, createHash('sha256').update(pdf).digest('hex'), 'the metadata names the PDF by its digest');
    const letter = Buffer.from(await (await clerk.get(`/wizyty-domowe/${id}/pismo.pdf`)).arrayBuffer());
    const printable = Buffer.from(await (await keeper.get(`/rejestr-upowaznien/${auth.id}/upowaznienie.pdf`)).arrayBuffer());
    assert.equal((await secretary.get(`/sekretarz/upowaznienia/${auth.id}/upowaznienie.pdf`)).status, 200);
    assert.equal((await otherClerk.get(`/wizyty-domowe/${id}/wniosek.pdf`)).status, 403);
    assert.ok((await auditRows(server.db, 'home_visit.read_document')).some((a) => a.subject_id === String(id)));
    assert.ok((await auditRows(server.db, 'home_visit.read_authorisation')).some((a) => a.subject_id === String(auth.id)));
    const folder = path.resolve(import.meta.dirname, '..', '..', '.okienko-test', 'pdf');
    mkdirSync(folder, { recursive: true });
    for (const [name, bytes] of [
      ['request', pdf],
      ['letter', letter],
      ['authorisation', printable],
    ] as const) {
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', name);
      writeFileSync(path.join(folder, `home-visit-${name}.pdf`), bytes);
    }
    await refused(() => clerk.postForm(`/wizyty-domowe/${id}/wykonana`, { outcome: 'documents_taken' }), 422, [
      'Wpisz, jakie dokumenty przyjęto.',
    ]);
    await postOk(clerk, `/wizyty-domowe/${id}/wykonana`, { outcome: 'documents_taken', documentsTaken: 'Wniosek o dowód, zdjęcie' });
    const done = await server.db
      .selectFrom('home_visit_request')
      .select(['status', 'case_sign'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(done, { status: 'done', case_sign: 'SO.5340.12.2026' });

    // The register: the entry with its visit, every read audited.
    const register = await (await keeper.get('/rejestr-upowaznien?stan=valid')).text();
    assert.match(register, /SM\.0052\.\d+\.2026/);
    assert.ok((await auditRows(server.db, 'home_visit.read_register')).length > 0);
    assert.match(register, /href="\/rejestr-upowaznien\/eksport\.csv\?stan=valid"/, 'the export keeps the filter');

    // The register's exports, filtered as the page: CSV with a BOM and XLSX, the same rows.
    const readsBefore = (await auditRows(server.db, 'home_visit.read_register')).length;
    const csv = await keeper.get('/rejestr-upowaznien/eksport.csv?stan=valid');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /rejestr-upowaznien\.csv/);
    const records: string[][] = parse(await csv.text(), { bom: true });
    assert.equal(records[0]![0], 'Numer');
    assert.ok(records.length >= 2);
    assert.ok(
      records.slice(1).every((r) => r[7] === 'Ważne'),
      'only valid ones, as filtered',
    );
    const xlsx = await keeper.get('/rejestr-upowaznien/eksport.xlsx?stan=valid');
    assert.equal(xlsx.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, records.length);
    assert.equal(sheet.getRow(2).getCell(1).value, records[1]![0]);
    assert.equal((await auditRows(server.db, 'home_visit.read_register')).length, readsBefore + 2, 'each export read audited');
    assert.equal((await point.get('/rejestr-upowaznien/eksport.csv')).status, 403);
    assert.equal((await keeper.get(`/wizyty-domowe/${id}`)).status, 403, 'the register keeper sees no resident');
  });

  it('tells a resident who gave an e-mail address the date, a new date and a cancellation, in their language', async () => {
    const sent: OutgoingMail[] = [];
    const sender: MailSender = { mode: 'demo', send: async (mail) => (sent.push(mail), { messageId: `<${sent.length}@test>` }) };
    const unused = { mail: () => ({ subject: '', text: '', html: '' }), event: () => ({ summary: '', description: '', location: '' }) };
    const sendMail = () =>
      sendDueMail(
        {
          db: server.db,
          clock,
          sender,
          wording: unused,
          homeVisitWording: homeVisitMailWording,
          publicUrl: 'https://urzad.example',
          from: undefined,
        },
        { limit: 20 },
      );
    const mailsOf = (id: number) =>
      server.db
        .selectFrom('mail_outbox')
        .innerJoin('home_visit', 'home_visit.id', 'mail_outbox.home_visit_id')
        .select(['mail_outbox.status', 'mail_outbox.last_error', 'mail_outbox.recipient', 'home_visit.status as visit'])
        .where('home_visit.request_id', '=', id)
        .orderBy('mail_outbox.id')
        .execute();

    const id = idFrom(await postOk(point, '/wizyty-domowe/nowy', { ...request(), email: 'janina@example.pl', locale: 'uk' }));
    await postOk(point, `/wizyty-domowe/${id}/wyslij`, {});
    await postOk(head, `/wizyty-domowe/${id}/przydziel`, { caseSign: 'SO.5340.30.2026', clerk: String(otherClerk.staffId) });
    await postOk(otherClerk, `/wizyty-domowe/${id}/upowaznienie`, {
      employee: String(otherClerk.staffId),
      scope: 'Przyjmowanie wniosków w miejscu pobytu',
      legalBasis: 'Zarządzenie Prezydenta Miasta w sprawie standardów obsługi',
      validFrom: '2026-12-03',
      validUntil: '2026-12-31',
    });
    const auth = await server.db.selectFrom('home_visit_authorisation').select('id').where('request_id', '=', id).executeTakeFirstOrThrow();
    await postOk(secretary, `/sekretarz/upowaznienia/${auth.id}/udziel`, {});
    const number = (
      await server.db.selectFrom('home_visit_authorisation').select('number').where('id', '=', auth.id).executeTakeFirstOrThrow()
    ).number!;

    // A request without an address: "by e-mail" is refused with the reason, and nothing is written or queued.
    const plain = idFrom(await postOk(point, '/wizyty-domowe/nowy', request()));
    await postOk(point, `/wizyty-domowe/${plain}/wyslij`, {});
    await postOk(head, `/wizyty-domowe/${plain}/przydziel`, { caseSign: 'SO.5340.31.2026', clerk: String(otherClerk.staffId) });
    const form = await (await otherClerk.get(`/wizyty-domowe/${plain}`)).text();
    assert.ok(form.includes('Wniosek nie ma adresu e-mail: powiadom mieszkańca telefonicznie albo listem.'));
    await refused(
      () => otherClerk.postForm(`/wizyty-domowe/${plain}/termin`, { visitOn: '2026-12-10', visitTime: '09:00', informedBy: 'email' }),
      422,
      ['Wniosek nie ma adresu e-mail. Wybierz telefon albo list.'],
    );
    await postOk(otherClerk, `/wizyty-domowe/${plain}/termin`, { visitOn: '2026-12-10', visitTime: '09:00', informedBy: 'letter' });
    assert.deepEqual(await mailsOf(plain), [], 'no address, no mail');

    // The date, then a new date before the first mail went: one mail, with the new date and the one it replaces.
    assert.ok(
      (await (await otherClerk.get(`/wizyty-domowe/${id}`)).text()).includes('Termin wyślemy też e-mailem na adres janina@example.pl.'),
    );
    await postOk(otherClerk, `/wizyty-domowe/${id}/termin`, { visitOn: '2026-12-10', visitTime: '10:00', informedBy: 'phone' });
    await postOk(otherClerk, `/wizyty-domowe/${id}/termin`, {
      visitOn: '2026-12-11',
      visitTime: '11:30',
      informedBy: 'email',
      moveReason: 'Pracownik jest tego dnia na szkoleniu.',
    });
    assert.deepEqual(await sendMail(), { sent: 1, skipped: 1, retrying: 0, failed: 0 });
    assert.deepEqual(
      (await mailsOf(id)).map((m) => [m.visit, m.status, m.last_error]),
      [
        ['moved', 'skipped', 'skipped: no_longer_applies'],
        ['scheduled', 'sent', null],
      ],
    );
    const [date] = sent;
    assert.equal(date?.to, 'janina@example.pl');
    assert.match(date?.subject ?? '', /^Візит працівника міської ради до Вас додому: 11 грудня 2026/);
    assert.match(date?.text ?? '', /о 11:30/);
    assert.match(date?.text ?? '', /Це новий термін замість 10 грудня 2026 р. о 10:00\./);
    assert.ok(date?.text.includes(number), 'the authorisation the employee will show');
    assert.ok(date?.html.includes('lang="uk"'));
    for (const personal of ['Janina', 'Wiśniewska', 'Słowackiego', 'szkoleniu', 'windy'])
      assert.ok(!date?.text.includes(personal) && !date?.html.includes(personal), `the mail does not carry "${personal}"`);

    // Cancelled: told once, without the staff's reason.
    await postOk(point, `/wizyty-domowe/${id}/anuluj`, { reason: 'Mieszkanka jest w szpitalu.' });
    assert.deepEqual(await sendMail(), { sent: 1, skipped: 0, retrying: 0, failed: 0 });
    const cancelled = sent[1]!;
    assert.match(cancelled.subject, /^Візит працівника міської ради 11 грудня 2026 р. скасовано/);
    assert.ok(!cancelled.text.includes('szpitalu'));
    assert.deepEqual(await sendMail(), { sent: 0, skipped: 0, retrying: 0, failed: 0 }, 'nothing more');
  });

  it('refuses a case sign another request already has', async () => {
    const first = idFrom(await postOk(point, '/wizyty-domowe/nowy', request()));
    await postOk(point, `/wizyty-domowe/${first}/wyslij`, {});
    await postOk(head, `/wizyty-domowe/${first}/przydziel`, { caseSign: 'SO.5340.20.2026', clerk: String(clerk.staffId) });
    const second = idFrom(await postOk(point, '/wizyty-domowe/nowy', request()));
    await postOk(point, `/wizyty-domowe/${second}/wyslij`, {});
    await refused(
      () => head.postForm(`/wizyty-domowe/${second}/przydziel`, { caseSign: 'SO.5340.20.2026', clerk: String(clerk.staffId) }),
      409,
      ['Ten znak sprawy ma już inny wniosek.'],
    );
  });
});
