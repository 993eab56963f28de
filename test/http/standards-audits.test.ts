import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { SEED_CHECKLIST } from '../../src/domain/standards-audit/index.ts';
import type { Db } from '../../src/storage/database.ts';
import { idFrom, postOk } from '../support/admin.ts';
import { loginAs, type StaffClient, type TestServer, startTestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw.
const clock = { now: () => new Date('2026-12-03T10:00:00Z') };

/** Every row the audits write, to prove that a refused form wrote nothing. */
async function writtenRows(db: Db): Promise<Record<string, string>> {
  const dump = async (table: string) =>
    (await sql<{ s: string | null }>`SELECT string_agg(t::text, '|' ORDER BY t::text) AS s FROM ${sql.table(table)} t`.execute(db)).rows[0]
      ?.s ?? '';
  const audit = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM audit_log WHERE action LIKE 'standards_audit.%' AND action NOT LIKE '%.read%'`.execute(db);
  return {
    items: await dump('standard_audit_item'),
    audits: await dump('standard_audit'),
    results: await dump('standard_audit_result'),
    staffRoles: await dump('staff_role'),
    audit: audit.rows[0]!.n,
  };
}

describe('audits of the service standards (mystery client)', () => {
  let server: TestServer;
  let admin: StaffClient;
  let auditor: StaffClient & { staffId: number };
  let head: StaffClient & { staffId: number };
  let otherHead: StaffClient & { staffId: number };
  let unitSO: number;

  async function refused(send: () => Promise<Response>, status: number, messages: string[]): Promise<string> {
    const before = await writtenRows(server.db);
    const response = await send();
    const html = await response.text();
    assert.equal(response.status, status, html.slice(0, 800));
    for (const message of messages) assert.ok(html.includes(message), `the answer should say "${message}"`);
    assert.deepEqual(await writtenRows(server.db), before, 'a refused form writes nothing');
    return html;
  }

  /** The live checklist's ids as the form shows them. */
  async function shownItems(): Promise<number[]> {
    const html = await (await auditor.get('/audyty/nowy')).text();
    const raw = /name="items" value="([\d,]+)"/.exec(html)?.[1] ?? '';
    return raw.split(',').map(Number);
  }

  function auditForm(items: number[], result: (index: number) => string, extra: Record<string, string> = {}): Record<string, string> {
    const form: Record<string, string> = {
      unit: String(unitSO),
      desk: '',
      channel: 'in_person',
      performedOn: '2026-12-02',
      items: items.join(','),
      ...extra,
    };
    items.forEach((id, index) => (form[`result-${id}`] = result(index)));
    return form;
  }

  before(async () => {
    server = await startTestServer({ clock });
    // The demo office starts with the seed's checklist; this file starts from an empty one to load it by hand.
    await server.db.deleteFrom('standard_audit_result').execute();
    await server.db.deleteFrom('standard_audit').execute();
    await server.db.deleteFrom('standard_audit_item').execute();
    unitSO = (await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow()).id;
    const unitKM = (await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow()).id;
    admin = await loginAs(server, 'admin');
    auditor = await loginAs(server, 'auditor');
    head = await loginAs(server, 'unit_head');
    otherHead = await loginAs(server, 'unit_head');
    await server.db.updateTable('staff').set({ unit_id: unitSO }).where('id', '=', head.staffId).execute();
    await server.db.updateTable('staff').set({ unit_id: unitKM }).where('id', '=', otherHead.staffId).execute();
  });
  after(() => server.close());

  it('lets the administrator give the auditor role', async () => {
    const form = await (await admin.get('/admin/pracownicy/nowy')).text();
    assert.ok(form.includes('value="auditor"'));
    assert.ok(form.includes('Audytor standardów obsługi'));
    const id = idFrom(
      await postOk(admin, '/admin/pracownicy/nowy', {
        full_name: 'Ewa Audytorka',
        login: 'e.audytor',
        unit_id: '',
        position: '',
        badge_number: '',
        email: '',
        role: ['auditor'],
        active: 'on',
        password: 'pierwsze-haslo-1',
      }),
    );
    const roles = await server.db.selectFrom('staff_role').select('role').where('staff_id', '=', id).execute();
    assert.deepEqual(roles, [{ role: 'auditor' }]);
  });

  it('loads the checklist from the seed item by item, once, and keeps it as data the administrator edits', async () => {
    assert.ok((await (await auditor.get('/audyty/nowy')).text()).includes('Lista kontrolna jest pusta'));
    await postOk(admin, '/audyty/lista-kontrolna/wczytaj', {});
    const items = await server.db.selectFrom('standard_audit_item').select(['standard', 'wording_pl']).orderBy('position').execute();
    assert.equal(items.length, SEED_CHECKLIST.length);
    assert.ok(items.some((i) => i.standard === 'appearance' && i.wording_pl.includes('identyfikator')));
    assert.ok(items.some((i) => i.standard === 'telephone' && i.wording_pl.includes('imieniem i nazwiskiem')));
    await refused(() => admin.postForm('/audyty/lista-kontrolna/wczytaj', {}), 409, ['Lista kontrolna ma już pozycje.']);

    await refused(() => admin.postForm('/audyty/lista-kontrolna', { standard: '', wordingPl: '' }), 422, ['To pole jest wymagane.']);
    await refused(() => admin.postForm('/audyty/lista-kontrolna', { standard: 'karaoke', wordingPl: 'Śpiewał' }), 422, [
      'Wybierz jedną z podanych możliwości.',
    ]);
    await refused(
      () => admin.postForm('/audyty/lista-kontrolna', { standard: 'respect', wordingPl: 'Traktował klienta z szacunkiem' }),
      409,
      ['Taka pozycja już jest na liście tego standardu.'],
    );
    await postOk(admin, '/audyty/lista-kontrolna', {
      standard: 'greeting',
      wordingPl: 'Powitał klienta słowami „dzień dobry”',
      wordingEn: 'Said good morning',
    });
    assert.equal((await auditor.get('/audyty/lista-kontrolna')).status, 403);
  });

  it('records an audit item by item, refusing bad input with nothing written', async () => {
    const items = await shownItems();
    assert.equal(items.length, SEED_CHECKLIST.length + 1);
    const page = await (await auditor.get('/audyty/nowy')).text();
    assert.match(page, /<fieldset class="fieldset" id="result-\d+"/);
    assert.ok(page.includes('Nie zaobserwowano'));

    await refused(() => auditor.postForm('/audyty/nowy', { items: items.join(',') }), 422, [
      'Wybierz komórkę',
      'Zaznacz wynik tej pozycji',
    ]);
    await refused(
      () =>
        auditor.postForm(
          '/audyty/nowy',
          auditForm(items, () => 'met', { performedOn: '2026-12-04' }),
        ),
      422,
      ['Ten dzień jeszcze nie nadszedł.'],
    );
    await refused(
      () =>
        auditor.postForm(
          '/audyty/nowy',
          auditForm(items, (i) => (i === 3 ? 'perhaps' : 'met')),
        ),
      422,
      ['Wybierz jedną z podanych możliwości.'],
    );
    await refused(
      () =>
        auditor.postForm(
          '/audyty/nowy',
          auditForm(items, () => 'met', { unit: '999999' }),
        ),
      422,
      ['Wybierz komórkę z listy.'],
    );
    await refused(
      () =>
        auditor.postForm(
          '/audyty/nowy',
          auditForm(items.slice(1), () => 'met'),
        ),
      409,
      ['W międzyczasie zmieniono listę kontrolną.'],
    );
    assert.equal(
      (
        await head.postForm(
          '/audyty/nowy',
          auditForm(items, () => 'met'),
        )
      ).status,
      403,
    );

    // 3 of 4 observed greeting items met; the rest met or not observed.
    const location = await postOk(
      auditor,
      '/audyty/nowy',
      auditForm(items, (i) => (i === 0 ? 'not_met' : i >= 20 ? 'not_observed' : 'met'), {
        [`note-${items[0]}`]: 'Nie wstał, stanowisko na to pozwalało.',
      }),
    );
    const id = idFrom(location);
    const rows = await server.db.selectFrom('standard_audit_result').select('result').where('audit_id', '=', id).execute();
    assert.equal(rows.length, items.length);
    const audit = await server.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'standards_audit.record')
      .where('subject_id', '=', String(id))
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(audit.details).includes('Nie wstał'));
  });

  it('shows scores per standard, per unit and over time, to the unit head of that unit only', async () => {
    const list = await (await head.get('/audyty')).text();
    assert.ok(list.includes('Wynik według standardów'));
    assert.match(list, /<svg class="score-chart__svg"[^>]*role="img"/);
    assert.ok(list.includes('<th scope="row">gru 2026</th>'), 'the chart has its data as a table');
    assert.ok(list.includes('Powitanie klienta'));
    assert.match(list, /Powitanie klienta<\/th><td>75% \(3 z 4 spełnione\)/);
    const audit = await server.db.selectFrom('standard_audit').select('id').executeTakeFirstOrThrow();
    const detail = await head.get(`/audyty/${audit.id}`);
    assert.equal(detail.status, 200);
    assert.ok((await detail.text()).includes('Nie wstał, stanowisko na to pozwalało.'));
    assert.ok(
      (await server.db.selectFrom('audit_log').select('id').where('action', '=', 'standards_audit.read').executeTakeFirst()) !== undefined,
    );

    assert.ok((await (await otherHead.get('/audyty')).text()).includes('Nie zapisano jeszcze żadnego audytu.'));
    assert.equal((await otherHead.get(`/audyty/${audit.id}`)).status, 404);
    assert.equal((await (await loginAs(server, 'clerk')).get('/audyty')).status, 403);
  });

  it('keeps the words an audit was recorded against when the administrator retires an item', async () => {
    const audit = await server.db.selectFrom('standard_audit').select('id').executeTakeFirstOrThrow();
    const item = await server.db
      .selectFrom('standard_audit_item')
      .select(['id', 'wording_pl'])
      .where('standard', '=', 'appearance')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await postOk(admin, `/audyty/lista-kontrolna/${item.id}/wycofaj`, {});
    assert.ok(!(await shownItems()).includes(item.id), 'new audits no longer ask it');
    assert.ok((await (await admin.get(`/audyty/${audit.id}`)).text()).includes(item.wording_pl));
    // The database keeps an item's words as written.
    await assert.rejects(
      server.db.updateTable('standard_audit_item').set({ wording_pl: 'Inne słowa' }).where('id', '=', item.id).execute(),
    );
    assert.equal((await admin.postForm(`/audyty/lista-kontrolna/${item.id}/wycofaj`, {})).status, 404);
  });
});
