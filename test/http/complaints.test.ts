import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { anonymiseComplaints } from '../../src/app/complaints/index.ts';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';
import { systemActor } from '../../src/app/shared/deps.ts';
import { challengeAnswer } from '../../src/domain/booking/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { auditRows, idFrom, postOk } from '../support/admin.ts';
import { testClock } from '../support/booking.ts';
import { writtenRows } from '../support/complaints.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw.
const clock = testClock('2026-12-03T10:00:00Z');

const LETTER = {
  kind: 'complaint',
  receivedOn: '2026-11-30',
  channel: 'letter',
  senderName: 'Ewa Testowa',
  senderAddress: 'ul. Testowa 3, 97-300 Piotrków Trybunalski',
  senderEmail: '',
  subject: 'Skarga na nieuprzejmą obsługę.',
  unit: '',
  assignee: '',
};

describe('complaints and requests: the register and the public form', () => {
  let server: TestServer;
  let centre: StaffClient & { staffId: number };

  before(async () => {
    server = await startTestServer({ clock });
    centre = await loginAs(server, 'contact_centre');
  });
  after(() => server.close());

  async function refused(send: () => Promise<Response>, status: number, messages: string[]): Promise<string> {
    const before = await writtenRows(server.db);
    const response = await send();
    const html = await response.text();
    assert.equal(response.status, status, html.slice(0, 1500));
    for (const message of messages) assert.ok(html.includes(message), `the answer should say "${message}"`);
    assert.deepEqual(await writtenRows(server.db), before, 'a refused form writes nothing');
    return html;
  }

  it('registers a complaint with its deadline one month after receipt, and audits the change', async () => {
    const id = idFrom(await postOk(centre, '/skargi/nowa', LETTER));
    const row = await server.db.selectFrom('complaint').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.due_on, '2026-12-30');
    assert.equal(row.status, 'open');
    const audit = await auditRows(server.db, 'complaint.register');
    assert.ok(audit.some((a) => a.subject_id === String(id)));
    assert.ok(!JSON.stringify(audit).includes('Ewa'), 'no personal data in the audit log');
    const page = await centre.get(`/skargi/${id}`);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.ok(html.includes('30 grudnia 2026'));
    assert.ok(
      (await auditRows(server.db, 'complaint.read')).some((a) => a.subject_id === String(id)),
      'the read is audited',
    );
  });

  it('records one without the sender’s name and address as left unexamined', async () => {
    const id = idFrom(await postOk(centre, '/skargi/nowa', { ...LETTER, senderName: '', senderAddress: '' }));
    const row = await server.db.selectFrom('complaint').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'unexamined');
    assert.ok((await (await centre.get(`/skargi/${id}`)).text()).includes('pozostawiona bez rozpoznania'));
  });

  it('refuses a bad registration form with clear messages and writes nothing', async () => {
    await refused(() => centre.postForm('/skargi/nowa', {}), 422, ['To pole jest wymagane.']);
    await refused(() => centre.postForm('/skargi/nowa', { ...LETTER, kind: 'praise', channel: 'pigeon' }), 422, [
      'Wybierz jedną z podanych możliwości.',
    ]);
    await refused(() => centre.postForm('/skargi/nowa', { ...LETTER, receivedOn: '2026-12-04' }), 422, [
      'Data wpływu nie może być późniejsza niż dziś.',
    ]);
    await refused(() => centre.postForm('/skargi/nowa', { ...LETTER, senderEmail: 'not-an-address' }), 422, [
      'Wpisz adres e-mail w poprawnym formacie',
    ]);
    await refused(() => centre.postForm('/skargi/nowa', { ...LETTER, unit: '2147483647' }), 422, ['Wybierz komórkę z listy.']);
    await refused(() => centre.postForm('/skargi/nowa', { ...LETTER, subject: 'a\u0000b' }), 422, []);
  });

  it('flags the demo complaint near its deadline on the register, and audits the read of the list', async () => {
    const response = await centre.get('/skargi');
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.ok(html.includes('blisko terminu'), 'the demo complaint received 28 days ago is near its deadline');
    assert.ok((await auditRows(server.db, 'complaint.read_register')).length > 0);
  });

  it('records a notice of delay with its new date, refusing one that does not move the deadline', async () => {
    const id = idFrom(await postOk(centre, '/skargi/nowa', LETTER));
    await refused(
      () =>
        centre.postForm(`/skargi/${id}/zwloka`, { notifiedOn: '2026-12-03', reason: 'Czekamy na wyjaśnienia.', newDueOn: '2026-12-20' }),
      422,
      ['Nowy termin musi być późniejszy niż obecny termin'],
    );
    await refused(() => centre.postForm(`/skargi/${id}/zwloka`, { notifiedOn: '', reason: '', newDueOn: 'jutro' }), 422, [
      'To pole jest wymagane.',
      'Wpisz prawdziwą datę',
    ]);
    await postOk(centre, `/skargi/${id}/zwloka`, { notifiedOn: '2026-12-03', reason: 'Czekamy na wyjaśnienia.', newDueOn: '2027-01-15' });
    const row = await server.db
      .selectFrom('complaint')
      .select(['new_due_on', 'delay_notified_on'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { new_due_on: '2027-01-15', delay_notified_on: '2026-12-03' });
    assert.ok((await auditRows(server.db, 'complaint.delay_notice')).some((a) => a.subject_id === String(id)));
  });

  it('records the handling and the reply; an answered case can no longer change (409)', async () => {
    const id = idFrom(await postOk(centre, '/skargi/nowa', LETTER));
    const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'USC').executeTakeFirstOrThrow();
    await postOk(centre, `/skargi/${id}/prowadzenie`, { unit: String(unit.id), assignee: 'Anna Nowak', handling: 'Wyjaśnienia.' });
    await refused(() => centre.postForm(`/skargi/${id}/odpowiedz`, { repliedOn: '2026-11-01', method: 'pigeon', handling: '' }), 422, [
      'Data odpowiedzi musi przypadać między datą wpływu a dniem dzisiejszym.',
      'Wybierz jedną z podanych możliwości.',
    ]);
    await postOk(centre, `/skargi/${id}/odpowiedz`, { repliedOn: '2026-12-03', method: 'letter', handling: 'Przeproszono.' });
    const row = await server.db
      .selectFrom('complaint')
      .select(['status', 'replied_on', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'answered', replied_on: '2026-12-03', unit_id: unit.id });
    await refused(() => centre.postForm(`/skargi/${id}/prowadzenie`, { unit: '', assignee: '', handling: '' }), 409, [
      'Ta sprawa jest już zakończona',
    ]);
  });

  it('exports the register as CSV and XLSX that read back, and audits each export', async () => {
    const count = Number(
      (
        await server.db
          .selectFrom('complaint')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const csv = await centre.get('/skargi/eksport.csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const records: string[][] = parse(await csv.text(), { bom: true });
    assert.equal(records.length, count + 1);
    assert.equal(records[0]![0], 'Numer');
    assert.ok(records.some((r) => r.includes('Ewa Testowa')));
    assert.ok(records.some((r) => r.includes('Pozostawiona bez rozpoznania')));

    const xlsx = await centre.get('/skargi/eksport.xlsx');
    assert.equal(xlsx.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, count + 1);
    assert.equal(sheet.getRow(1).getCell(1).value, 'Numer');
    assert.equal(sheet.getRow(1).getCell(5).value, 'Imię i nazwisko (nazwa) wnoszącego');
    const exports = await auditRows(server.db, 'complaint.export');
    assert.deepEqual(exports.map((a) => (a.details as { format: string }).format).sort(), ['csv', 'xlsx']);
  });

  it('keeps the register from other roles', async () => {
    const clerk = await loginAs(server, 'clerk');
    assert.equal((await clerk.get('/skargi')).status, 403);
    assert.equal((await clerk.get('/skargi/eksport.csv')).status, 403);
  });

  it('changes the register’s settings, refusing numbers out of range', async () => {
    await refused(() => centre.postForm('/skargi/ustawienia', { retentionDays: '5', nearDueDays: 'x' }), 422, ['Błąd:']);
    await postOk(centre, '/skargi/ustawienia', { retentionDays: '30', nearDueDays: '7' });
    assert.ok((await auditRows(server.db, 'complaint.policy_update')).length === 1);
  });

  it('erases the personal data of cases past the retention period (the daily job, with an injected clock)', async () => {
    const id = idFrom(await postOk(centre, '/skargi/nowa', LETTER));
    await postOk(centre, `/skargi/${id}/odpowiedz`, { repliedOn: '2026-12-02', method: 'email', handling: 'Odpowiedziano.' });
    const officeId = (await currentOffice(server.db)).id;
    const job = (at: string) => anonymiseComplaints({ db: server.db, clock: { now: () => new Date(at) }, actor: systemActor(officeId) });
    // Retention is 30 days (set above): on day 30 after the reply the data stays, on day 31 it goes.
    const senderOf = async () =>
      (await server.db.selectFrom('complaint').select('sender_name').where('id', '=', id).executeTakeFirstOrThrow()).sender_name;
    await job('2027-01-01T10:00:00Z');
    assert.equal(await senderOf(), 'Ewa Testowa', 'on day 30 the data stays');
    const erased = await job('2027-01-02T10:00:00Z');
    assert.ok(erased.count >= 1);
    const row = await server.db.selectFrom('complaint').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.sender_name, '');
    assert.equal(row.sender_address, '');
    assert.equal(row.subject, '');
    assert.ok(row.anonymised_at);
    assert.equal(row.status, 'answered');
    const open = await server.db.selectFrom('complaint').select('sender_name').where('status', '=', 'open').execute();
    assert.ok(
      open.every((r) => r.sender_name !== ''),
      'open cases keep their data',
    );
    assert.equal((await job('2027-01-02T10:00:00Z')).count, 0, 'a second run finds nothing');
    assert.ok((await auditRows(server.db, 'complaint.anonymise')).length >= 1);
  });

  describe('the public form', () => {
    function visitor() {
      let formCookie = '';
      const cookie = () => (formCookie ? `okienko_skargi=${formCookie}` : '');
      const remember = (response: Response) => {
        const set = response.headers.getSetCookie().find((c) => c.startsWith('okienko_skargi='));
        if (set) formCookie = set.split(';')[0]!.split('=')[1]!;
      };
      return {
        get: async (path: string) => {
          const response = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie: cookie() } });
          remember(response);
          return { status: response.status, html: await response.text(), location: response.headers.get('location') };
        },
        post: async (path: string, fields: Record<string, string>) => {
          const response = await fetch(`${server.url}${path}`, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(fields),
          });
          remember(response);
          return { status: response.status, html: await response.text(), location: response.headers.get('location') };
        },
      };
    }
    const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)![1]!.replace(/&amp;/g, '&');

    async function answered(client: ReturnType<typeof visitor>, fields: Record<string, string>) {
      const page = await client.get('/skargi-i-wnioski');
      assert.equal(page.status, 200);
      const antiBotId = hidden(page.html, 'antiBotId');
      const answer = String(challengeAnswer((await openTextChallenge(server.db, antiBotId))!));
      return { ...fields, _csrf: hidden(page.html, '_csrf'), antiBotId, antiBotAnswer: answer };
    }

    it('says plainly that an anonymous one is not examined, and works without JavaScript', async () => {
      const page = await visitor().get('/skargi-i-wnioski');
      assert.equal(page.status, 200);
      assert.ok(page.html.includes('bez imienia i nazwiska oraz adresu nie zostaną rozpatrzone'));
      assert.ok(page.html.includes('name="antiBotAnswer"'), 'the question in words is in the page as sent');
      assert.ok(page.html.includes('method="post" action="/skargi-i-wnioski"'));
    });

    it('files a complaint through the form, received today by the form channel', async () => {
      const client = visitor();
      const fields = await answered(client, {
        kind: 'request',
        subject: 'Proszę o więcej ławek.',
        senderName: 'Piotr Testowy',
        senderAddress: 'ul. Polna 1',
        senderEmail: '',
      });
      const sent = await client.post('/skargi-i-wnioski', fields);
      assert.equal(sent.status, 303, sent.html.slice(0, 1500));
      const id = Number(/nr=(\d+)/.exec(sent.location!)![1]);
      const row = await server.db.selectFrom('complaint').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.kind, row.channel, row.received_on, row.status, row.due_on],
        ['request', 'form', '2026-12-03', 'open', '2027-01-04'],
      );
      const done = await client.get(sent.location!);
      assert.equal(done.status, 200);
      assert.ok(done.html.includes('4 stycznia 2027'));
      const again = await client.post('/skargi-i-wnioski', fields);
      assert.equal(again.status, 422, 'the same proof works once');
    });

    it('takes an anonymous one and says it will not be examined', async () => {
      const client = visitor();
      const sent = await client.post('/skargi-i-wnioski', await answered(client, { kind: 'complaint', subject: 'Anonimowo.' }));
      assert.equal(sent.status, 303);
      const id = Number(/nr=(\d+)/.exec(sent.location!)![1]);
      assert.equal(
        (await server.db.selectFrom('complaint').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
        'unexamined',
      );
      assert.ok((await client.get(sent.location!)).html.includes('nie zostanie rozpatrzone'));
    });

    it('refuses bad input and a missing anti-bot answer with clear messages, writing nothing', async () => {
      const client = visitor();
      const fields = await answered(client, { kind: 'complaint', subject: 'Treść.' });
      await refused(() => fetchForm(client, { ...fields, antiBotAnswer: '' }), 422, ['Odpowiedz na pytanie sprawdzające']);
      await refused(() => fetchForm(client, { ...fields, kind: 'praise', subject: '' }), 422, [
        'Wybierz jedną z podanych możliwości.',
        'To pole jest wymagane.',
      ]);
      await refused(() => fetchForm(client, { ...fields, _csrf: 'x' }), 403, []);
      const unknownDone = await client.get('/skargi-i-wnioski/przyjeto?nr=abc');
      assert.equal(unknownDone.status, 404);
    });

    async function fetchForm(client: ReturnType<typeof visitor>, fields: Record<string, string>): Promise<Response> {
      const page = await client.get('/skargi-i-wnioski');
      const cookie = `okienko_skargi=${hidden(page.html, '_csrf')}`;
      return fetch(`${server.url}/skargi-i-wnioski`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
    }
  });
});
