import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { addBuilding, addUnit, auditRows, expectRefused, postOk } from '../support/admin.ts';

/** A week open Monday to Friday 07:30–15:30, closed at the weekend. */
function week(overrides: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = {};
  for (let day = 1; day <= 5; day += 1) Object.assign(form, { [`opens_${day}`]: '07:30', [`closes_${day}`]: '15:30' });
  Object.assign(form, { closed_6: 'on', closed_7: 'on' });
  return { ...form, ...overrides };
}

const EXCEPTION = {
  building_id: '',
  starts_on: '2026-12-24',
  ends_on: '2026-12-24',
  kind: 'closed',
  opens: '',
  closes: '',
  reason_pl: 'Wigilia',
  reason_en: 'Christmas Eve',
  reason_uk: '',
};

describe('administrator: opening hours and calendar exceptions', () => {
  let server: TestServer;
  let admin: StaffClient;
  let buildingId: number;
  before(async () => {
    server = await startTestServer({ emptyOffice: true });
    admin = await loginAs(server, 'admin');
    buildingId = await addBuilding(admin, 'Ratusz');
  });
  after(async () => {
    await server.close();
  });

  it("sets a building's week, shows it again and changes it, with audit rows", async () => {
    const path = `/admin/godziny/budynek/${buildingId}`;
    assert.equal(await postOk(admin, path, week({ opens_1: '8:00', closes_1: '17:00' })), `${path}?zapisano=1`);
    const rows = await server.db.selectFrom('opening_hours').selectAll().where('building_id', '=', buildingId).orderBy('weekday').execute();
    assert.deepEqual(
      rows.map((r) => [r.weekday, r.opens, r.closes]),
      [
        [1, '08:00:00', '17:00:00'],
        [2, '07:30:00', '15:30:00'],
        [3, '07:30:00', '15:30:00'],
        [4, '07:30:00', '15:30:00'],
        [5, '07:30:00', '15:30:00'],
      ],
    );
    const html = await (await admin.get(path)).text();
    assert.match(html, /id="opens_1"[^>]*value="08:00"/);
    assert.match(html, /id="closed_6"[^>]*checked/);
    await postOk(admin, path, week({ closed_5: 'on' }));
    assert.equal((await server.db.selectFrom('opening_hours').select('id').where('building_id', '=', buildingId).execute()).length, 4);
    assert.deepEqual((await auditRows(server.db, 'opening_hours.set')).at(-1)?.details, { openDays: [1, 2, 3, 4] });
  });

  it("sets a unit's week", async () => {
    const unitId = await addUnit(admin, server.db, 'WSO');
    await postOk(admin, `/admin/godziny/komorka/${unitId}`, week());
    assert.equal((await server.db.selectFrom('opening_hours').select('id').where('unit_id', '=', unitId).execute()).length, 5);
  });

  it('answers 422 on the day whose closing time is before its opening time, and saves no day', async () => {
    const html = await expectRefused(
      server.db,
      () => admin.postForm(`/admin/godziny/budynek/${buildingId}`, week({ opens_3: '15:00', closes_3: '09:00' })),
      422,
      'Godzina zamknięcia musi być późniejsza niż godzina otwarcia.',
    );
    assert.match(html, /href="#closes_3"/);
    assert.match(html, /id="opens_3"[^>]*value="15:00"/);
  });

  it('adds an office-wide exception, lists it and removes it, with audit rows', async () => {
    assert.equal(
      await postOk(admin, '/admin/godziny/wyjatki', {
        ...EXCEPTION,
        starts_on: '2026-11-02',
        ends_on: '2026-11-02',
        reason_pl: 'Dzień wolny za święto',
      }),
      '/admin/godziny?zapisano=1#wyjatki',
    );
    const row = await server.db
      .selectFrom('calendar_exception')
      .selectAll()
      .where('reason_pl', '=', 'Dzień wolny za święto')
      .executeTakeFirstOrThrow();
    assert.equal(row.building_id, null);
    assert.match(await (await admin.get('/admin/godziny')).text(), /Dzień wolny za święto/);
    assert.equal(await postOk(admin, `/admin/godziny/wyjatki/${row.id}/usun`, {}), '/admin/godziny?usunieto=1#wyjatki');
    assert.equal((await server.db.selectFrom('calendar_exception').select('id').where('id', '=', row.id).execute()).length, 0);
    assert.equal((await auditRows(server.db, 'calendar_exception.delete')).at(-1)?.subject_id, String(row.id));
  });

  it('answers 409 when an exception overlaps another of the same scope, but allows it for another scope', async () => {
    await postOk(admin, '/admin/godziny/wyjatki', { ...EXCEPTION, starts_on: '2026-12-23', ends_on: '2026-12-27', reason_pl: 'Święta' });
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/godziny/wyjatki', EXCEPTION),
      409,
      'W tych dniach jest już wyjątek dla tego samego miejsca.',
    );
    await postOk(admin, '/admin/godziny/wyjatki', {
      ...EXCEPTION,
      building_id: String(buildingId),
      kind: 'short_hours',
      opens: '08:00',
      closes: '12:00',
    });
  });

  it('answers 422 when shorter hours close before they open', async () => {
    await expectRefused(
      server.db,
      () =>
        admin.postForm('/admin/godziny/wyjatki', {
          ...EXCEPTION,
          starts_on: '2027-01-05',
          ends_on: '2027-01-05',
          kind: 'short_hours',
          opens: '12:00',
          closes: '08:00',
        }),
      422,
      'Godzina zamknięcia musi być późniejsza niż godzina otwarcia.',
    );
  });
});
