import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { freeDays, freeTimes } from '../../src/app/booking/index.ts';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import type { Db } from '../../src/storage/database.ts';
import { auditRows, postOk } from '../support/admin.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// Monday 23 November 2026, 08:00 in Warsaw.
const NOW = new Date('2026-11-23T07:00:00Z');
const WEDNESDAY = '2026-11-25';

const POLICY = {
  horizon_days: '30',
  minimum_notice_minutes: '120',
  walk_in_percent: '30',
  email_daily_cap: '3',
  retention_days: '30',
  late_arrival: 'join_queue_as_regular',
  challenge_max_number: '100000',
  reminder_hours_before: '24',
};

/** Everything the booking settings pages write, to prove a refused form wrote nothing. */
async function settingsState(db: Db): Promise<unknown> {
  const count = async (table: 'booking_policy' | 'booking_schedule' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    policies: await db.selectFrom('booking_policy').selectAll().execute(),
    services: await db
      .selectFrom('service')
      .select(['id', 'booking_minutes', 'booking_daily_cap', 'booking_needs_name', 'booking_contact'])
      .orderBy('id')
      .execute(),
    schedule: await count('booking_schedule'),
    audit: await count('audit_log'),
    policyRows: await count('booking_policy'),
  };
}

describe('administrator: booking settings', () => {
  let server: TestServer;
  let admin: StaffClient;
  let deps: UseCaseDeps;
  let serviceC: number;
  const desk = async (number: string) =>
    (await server.db.selectFrom('desk').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;

  before(async () => {
    server = await startTestServer({ clock: { now: () => NOW } });
    admin = await loginAs(server, 'admin');
    const office = await currentOffice(server.db);
    deps = {
      db: server.db,
      clock: { now: () => NOW },
      actor: { kind: 'system', id: null, label: 'test', role: '', address: '', officeId: office.id },
    };
    serviceC = (await server.db.selectFrom('service').select('id').where('ticket_letter', '=', 'C').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await server.close();
  });

  /** Sends a refused form and proves the status, the message, the summary link and that nothing changed. */
  async function refused(path: string, form: Record<string, string>, status: number, message: string, field: string): Promise<void> {
    const before = await settingsState(server.db);
    const response = await admin.postForm(path, form);
    const html = await response.text();
    assert.equal(response.status, status, html.slice(0, 2000));
    assert.ok(html.includes(message), `the page should say "${message}"`);
    assert.match(html, new RegExp(`href="#${field}"`), 'the error summary links to the field');
    assert.match(html, /<title>Błąd: /);
    assert.deepEqual(await settingsState(server.db), before, 'nothing may change');
  }

  it('shows the policy form with the saved values and every service with its booking settings', async () => {
    const response = await admin.get('/admin/rezerwacje');
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.match(html, /id="horizon_days"[^>]*value="30"/);
    assert.match(html, /id="late_arrival-join_queue_as_regular"[^>]*checked/);
    assert.match(html, /<caption>\d+ spraw/);
    assert.ok(html.includes(`href="/admin/rezerwacje/sprawy/${serviceC}"`));
    assert.ok(html.includes('href="/admin/rezerwacje"'), 'the admin menu has the section');
    assert.ok((await (await admin.get('/admin')).text()).includes('Rezerwacja wizyt'), 'the admin home lists the section');
  });

  it('saves the policy with an audit row naming the changed settings, and the free days follow the new horizon', async () => {
    assert.equal((await freeDays(deps, { serviceId: serviceC })).days.length, 31);
    assert.equal(
      await postOk(admin, '/admin/rezerwacje', { ...POLICY, horizon_days: '10', late_arrival: 'refuse' }),
      '/admin/rezerwacje?zapisano=1',
    );
    const row = await server.db.selectFrom('booking_policy').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.horizon_days, 10);
    assert.equal(row.late_arrival, 'refuse');
    assert.deepEqual((await auditRows(server.db, 'booking_policy.update')).at(-1)?.details, { fields: ['horizon_days', 'late_arrival'] });
    assert.equal((await freeDays(deps, { serviceId: serviceC })).days.length, 11);
    assert.match(await (await admin.get('/admin/rezerwacje?zapisano=1')).text(), /role="status"/);
    await postOk(admin, '/admin/rezerwacje', POLICY);
  });

  it('answers 422 to a horizon of 0 days and writes nothing', async () => {
    await refused('/admin/rezerwacje', { ...POLICY, horizon_days: '0' }, 422, 'Wpisz liczbę od 1 do 180.', 'horizon_days');
  });

  it('answers 422 to a walk-in share of 101 percent and keeps the values as typed', async () => {
    await refused(
      '/admin/rezerwacje',
      { ...POLICY, walk_in_percent: '101', retention_days: 'dużo' },
      422,
      'Wpisz liczbę od 0 do 100.',
      'walk_in_percent',
    );
    const html = await (await admin.postForm('/admin/rezerwacje', { ...POLICY, walk_in_percent: '101' })).text();
    assert.match(html, /id="walk_in_percent"[^>]*value="101"/);
  });

  it("saves a service's visit length, cap and details asked, with an audit row", async () => {
    const path = `/admin/rezerwacje/sprawy/${serviceC}`;
    assert.equal(
      await postOk(admin, path, { booking_minutes: '20', booking_daily_cap: '12', booking_contact: 'email' }),
      `${path}?zapisano=1`,
    );
    const row = await server.db
      .selectFrom('service')
      .select(['booking_minutes', 'booking_daily_cap', 'booking_needs_name', 'booking_contact'])
      .where('id', '=', serviceC)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { booking_minutes: 20, booking_daily_cap: 12, booking_needs_name: false, booking_contact: 'email' });
    assert.deepEqual((await auditRows(server.db, 'service.booking_update')).at(-1), {
      subject_id: String(serviceC),
      details: { fields: ['booking_contact', 'booking_daily_cap', 'booking_minutes', 'booking_needs_name'] },
    });
    await postOk(admin, path, {
      booking_minutes: '15',
      booking_daily_cap: '',
      booking_needs_name: 'on',
      booking_contact: 'email_or_phone',
    });
    assert.equal(
      (await server.db.selectFrom('service').select('booking_daily_cap').where('id', '=', serviceC).executeTakeFirstOrThrow())
        .booking_daily_cap,
      null,
    );
  });

  it('answers 422 to a visit of 3 minutes and writes nothing', async () => {
    await refused(
      `/admin/rezerwacje/sprawy/${serviceC}`,
      { booking_minutes: '3', booking_daily_cap: '', booking_contact: 'email' },
      422,
      'Wpisz liczbę od 5 do 240.',
      'booking_minutes',
    );
  });

  it('offers only the desks that serve the service, and a new schedule row makes its times bookable', async () => {
    const html = await (await admin.get(`/admin/rezerwacje/sprawy/${serviceC}`)).text();
    const offered = [...html.matchAll(/<option value="(\d+)"[^>]*>Stanowisko/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    assert.deepEqual(
      offered,
      [await desk('2'), await desk('3')].sort((a, b) => a - b),
    );

    assert.equal((await freeTimes(deps, { serviceId: serviceC, date: WEDNESDAY })).times.length, 0, 'no hours on Wednesdays yet');
    const location = await postOk(admin, `/admin/rezerwacje/sprawy/${serviceC}/harmonogram`, {
      desk_id: String(await desk('3')),
      weekday: '3',
      starts_at: '8:00',
      ends_at: '10:00',
    });
    assert.equal(location, `/admin/rezerwacje/sprawy/${serviceC}?zapisano=1#harmonogram`);
    assert.ok((await freeTimes(deps, { serviceId: serviceC, date: WEDNESDAY })).times.length > 0);
    const audit = (await auditRows(server.db, 'booking_schedule.create')).at(-1);
    assert.deepEqual(audit?.details, { serviceId: serviceC, deskId: await desk('3'), weekday: 3, startsAt: '08:00', endsAt: '10:00' });
    assert.match(
      await (await admin.get(`/admin/rezerwacje/sprawy/${serviceC}`)).text(),
      /Usuń\s*<span class="visually-hidden">: środa, stanowisko 3, 08:00–10:00<\/span>/,
    );
  });

  it('answers 422 when the hours end before they start, and writes nothing', async () => {
    await refused(
      `/admin/rezerwacje/sprawy/${serviceC}/harmonogram`,
      { desk_id: String(await desk('3')), weekday: '4', starts_at: '12:00', ends_at: '09:00' },
      422,
      'Godzina końca musi być późniejsza niż godzina początku.',
      'ends_at',
    );
  });

  it("answers 422 for a desk that does not serve the service (the database's foreign key decides), and writes nothing", async () => {
    await refused(
      `/admin/rezerwacje/sprawy/${serviceC}/harmonogram`,
      { desk_id: String(await desk('1')), weekday: '4', starts_at: '12:00', ends_at: '14:00' },
      422,
      'To stanowisko nie obsługuje tej sprawy.',
      'desk_id',
    );
    await refused(
      `/admin/rezerwacje/sprawy/${serviceC}/harmonogram`,
      { desk_id: '', weekday: '4', starts_at: '12:00', ends_at: '14:00' },
      422,
      'Wybierz stanowisko.',
      'desk_id',
    );
  });

  it('answers 409 to the same schedule row twice', async () => {
    await refused(
      `/admin/rezerwacje/sprawy/${serviceC}/harmonogram`,
      { desk_id: String(await desk('3')), weekday: '3', starts_at: '08:00', ends_at: '09:00' },
      409,
      'To stanowisko ma już godziny rezerwacji',
      'starts_at',
    );
  });

  it('answers 404 for a service that does not exist, and writes nothing', async () => {
    const before = await settingsState(server.db);
    assert.equal((await admin.get('/admin/rezerwacje/sprawy/999999')).status, 404);
    assert.equal(
      (await admin.postForm('/admin/rezerwacje/sprawy/999999', { booking_minutes: '20', booking_contact: 'email' })).status,
      404,
    );
    assert.equal(
      (
        await admin.postForm('/admin/rezerwacje/sprawy/999999/harmonogram', {
          desk_id: String(await desk('3')),
          weekday: '3',
          starts_at: '12:00',
          ends_at: '13:00',
        })
      ).status,
      404,
    );
    assert.deepEqual(await settingsState(server.db), before);
  });

  it('deletes a schedule row with an audit row, and its times are no longer offered', async () => {
    const row = await server.db
      .selectFrom('booking_schedule')
      .select('id')
      .where('service_id', '=', serviceC)
      .where('weekday', '=', 3)
      .executeTakeFirstOrThrow();
    assert.equal(
      await postOk(admin, `/admin/rezerwacje/sprawy/${serviceC}/harmonogram/${row.id}/usun`, {}),
      `/admin/rezerwacje/sprawy/${serviceC}?usunieto=1#harmonogram`,
    );
    assert.equal((await freeTimes(deps, { serviceId: serviceC, date: WEDNESDAY })).times.length, 0);
    assert.equal((await auditRows(server.db, 'booking_schedule.delete')).at(-1)?.subject_id, String(row.id));
    assert.equal(
      (await admin.postForm(`/admin/rezerwacje/sprawy/${serviceC}/harmonogram/${row.id}/usun`, {})).status,
      404,
      'a row already gone',
    );
  });

  it('answers 403 to other roles', async () => {
    const clerk = await loginAs(server, 'information_point', 'unit_head', 'clerk');
    assert.equal((await clerk.get('/admin/rezerwacje')).status, 403);
    assert.equal((await clerk.postForm('/admin/rezerwacje', POLICY)).status, 403);
    assert.equal((await clerk.get(`/admin/rezerwacje/sprawy/${serviceC}`)).status, 403);
  });
});
