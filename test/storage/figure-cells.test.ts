import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { addQueueHistory } from '../../src/app/demo/queue-history.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { systemActor, type UseCaseDeps } from '../../src/app/shared/deps.ts';
import { readFigures, rollUpFigures, type FigureGroup, type FigureRow, type FiguresReport } from '../../src/app/stats/index.ts';
import type { FigureGrouping } from '../../src/domain/stats/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { testClock } from '../support/booking.ts';

// Wednesday 25 November 2026, 13:00 in Warsaw: three weeks of visits up to today.
const clock = testClock('2026-11-25T12:00:00Z');
const FROM = '2026-11-02';
const TODAY = '2026-11-25';
const GROUPINGS: FigureGrouping[] = ['service', 'unit', 'desk', 'day', 'hour'];
/** The stated resolution of the times: whole seconds rounded up, so a figure may be up to a second over. */
const SECOND = 1 / 60;

const KEY: Record<FigureGrouping, string> = {
  service: 't.service_id::text',
  unit: 's.unit_id::text',
  desk: "coalesce(t.desk_id::text, '')",
  day: 't.office_day::text',
  hour: "extract(hour FROM t.arrived_at AT TIME ZONE 'Europe/Warsaw')::int::text",
};

interface Reference {
  key: string;
  tickets: number;
  served: number;
  no_shows: number;
  transfers: number;
  priority: number;
  with_target: number;
  above_target: number;
  times: (number | null)[];
}

/** The figures straight from the tickets, as percentile_cont over every ticket: what the cells must agree with. */
async function reference(db: TestDatabase['db'], by: FigureGrouping): Promise<Map<string, Reference>> {
  const key = sql.raw(KEY[by]);
  const rows = await sql<Reference>`
    WITH v AS (
      SELECT ${key} AS key, t.status, t.priority_reason IS NOT NULL AS priority, t.transfers > 0 AS transferred,
             CASE WHEN t.called_at IS NOT NULL THEN extract(epoch FROM t.called_at - greatest(t.arrived_at, coalesce(t.booked_for, t.arrived_at)))::float8 / 60 END AS wait,
             CASE WHEN t.status = 'done' AND t.started_at IS NOT NULL THEN extract(epoch FROM t.ended_at - t.started_at)::float8 / 60 END AS service,
             s.wait_target_minutes AS target
      FROM ticket t JOIN service s ON s.id = t.service_id WHERE t.office_day BETWEEN ${FROM}::date AND ${TODAY}::date)
    SELECT key, count(*)::int AS tickets, count(*) FILTER (WHERE status = 'done')::int AS served,
           count(*) FILTER (WHERE status = 'no_show')::int AS no_shows, count(*) FILTER (WHERE transferred)::int AS transfers,
           count(*) FILTER (WHERE priority)::int AS priority,
           count(*) FILTER (WHERE wait IS NOT NULL AND target IS NOT NULL)::int AS with_target,
           count(*) FILTER (WHERE wait > target)::int AS above_target,
           ARRAY[avg(wait), percentile_cont(0.5) WITHIN GROUP (ORDER BY wait), percentile_cont(0.9) WITHIN GROUP (ORDER BY wait), max(wait),
                 avg(service), percentile_cont(0.5) WITHIN GROUP (ORDER BY service), percentile_cont(0.9) WITHIN GROUP (ORDER BY service), max(service)] AS times
    FROM v GROUP BY key`.execute(db);
  return new Map(rows.rows.map((r) => [r.key, r]));
}

function keyOf(group: FigureGroup): string {
  switch (group.kind) {
    case 'service':
    case 'unit':
    case 'desk':
      return String(group.id);
    case 'noDesk':
      return '';
    case 'day':
      return group.day;
    case 'hour':
      return String(group.hour);
    case 'total':
      return 'total';
  }
}

function assertAgrees(row: FigureRow, ref: Reference, label: string): void {
  assert.equal(row.tickets, ref.tickets, `${label}: tickets`);
  assert.equal(row.served, ref.served, `${label}: served`);
  assert.equal(row.transfers, ref.transfers, `${label}: transfers`);
  assert.equal(row.priorityShare, ref.priority / ref.tickets, `${label}: priority`);
  assert.equal(row.aboveTargetShare, ref.with_target > 0 ? ref.above_target / ref.with_target : null, `${label}: above target`);
  const times = [row.wait, row.service].flatMap((t) => (t ? [t.average, t.median, t.p90, t.max] : [null, null, null, null]));
  ref.times.forEach((expected, i) => {
    if (expected === null) return assert.equal(times[i], null, `${label}: time ${i}`);
    const got = times[i]!;
    assert.ok(got >= expected - 1e-9 && got <= expected + SECOND + 1e-9, `${label}: time ${i} is ${got}, directly ${expected}`);
  });
}

describe('service figures: the cells of rolled-up days agree with the tickets', () => {
  let database: TestDatabase;
  let deps: UseCaseDeps;
  const viewer = { staffId: 0, roles: ['admin'] };
  const read = (by: FigureGrouping) => readFigures(deps, viewer, { from: FROM, to: TODAY, by, unitId: null });

  before(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await loadDemoData(db, clock);
    const office = await currentOffice(db);
    deps = { db, clock, actor: systemActor(office.id) };
    await addQueueHistory(db, { officeId: office.id, from: FROM, to: TODAY, ticketsPerDay: 60, bookingsPerDay: 6 });
    // Targets on some services only, so "above the target" mixes services with and without one.
    await sql`UPDATE service SET wait_target_minutes = 5 + id % 3 * 5 WHERE id % 2 = 0`.execute(db);
  });
  after(() => database.drop());

  async function assertAllAgree(step: string): Promise<Record<string, FiguresReport>> {
    const reports: Record<string, FiguresReport> = {};
    for (const by of GROUPINGS) {
      const report = await read(by);
      reports[by] = report;
      const refs = await reference(database.db, by);
      assert.deepEqual(
        report.rows
          .filter((r) => r.tickets > 0)
          .map((r) => keyOf(r.group))
          .sort(),
        [...refs.keys()].sort(),
        `${step}, by ${by}`,
      );
      for (const row of report.rows)
        if (row.tickets > 0) assertAgrees(row, refs.get(keyOf(row.group))!, `${step}, by ${by} ${keyOf(row.group)}`);
    }
    return reports;
  }

  it('computes every grouping from the tickets before any roll-up, to the second', async () => {
    const count = await sql<{ n: string }>`SELECT count(*) AS n FROM stats_rolled_day`.execute(database.db);
    assert.equal(count.rows[0]!.n, '0');
    await assertAllAgree('live');
  });

  it('rolls up the closed days only and then answers exactly as before', async () => {
    const before = await assertAllAgree('before the roll-up');
    const { days } = await rollUpFigures(deps);
    const rolled = await sql<{ first: string; last: string; n: string }>`
      SELECT min(office_day)::text AS first, max(office_day)::text AS last, count(*) AS n FROM stats_rolled_day`.execute(database.db);
    assert.deepEqual(rolled.rows[0], { first: FROM, last: '2026-11-24', n: '23' }, 'today stays live');
    assert.equal(days, 23);
    const cells = await sql<{ tickets: string }>`SELECT sum(tickets) AS tickets FROM stats_cell`.execute(database.db);
    assert.ok(Number(cells.rows[0]!.tickets) > 1000);
    const afterwards = await assertAllAgree('after the roll-up');
    assert.deepEqual(afterwards, before);
    assert.equal((await rollUpFigures(deps)).days, 0, 'nothing left to do');
    const audit = await sql<{ details: unknown }>`SELECT details FROM audit_log WHERE action = 'stats.roll_up'`.execute(database.db);
    assert.equal(audit.rows.length, 1);
  });

  it('forgets a rolled-up day when one of its tickets or bookings changes, and counts the change at once', async () => {
    const before = await read('day');
    const changed = await sql<{ id: number }>`
      UPDATE ticket SET status = 'no_show', started_at = NULL, outcome = NULL
      WHERE id = (SELECT min(id) FROM ticket WHERE office_day = '2026-11-10' AND status = 'done') RETURNING id`.execute(database.db);
    assert.equal(changed.rows.length, 1);
    const booking = await sql<{ day: string }>`
      UPDATE booking SET status = 'cancelled', cancelled_at = ${clock.now()}, no_show_at = NULL
      WHERE id = (SELECT min(id) FROM booking WHERE office_day BETWEEN '2026-11-11' AND '2026-11-24' AND status = 'no_show')
      RETURNING office_day::text AS day`.execute(database.db);
    const bookingDay = booking.rows[0]!.day;
    const days = await sql<{
      day: string;
    }>`SELECT office_day::text AS day FROM stats_rolled_day WHERE office_day IN ('2026-11-10', ${bookingDay})`.execute(database.db);
    assert.deepEqual(days.rows, [], 'both days are computed from the tickets again');
    const now = await read('day');
    const dayRow = (r: FiguresReport, day: string) => r.rows.find((x) => x.group.kind === 'day' && x.group.day === day)!;
    assert.equal(dayRow(now, '2026-11-10').served, dayRow(before, '2026-11-10').served - 1);
    assert.equal(dayRow(now, bookingDay).bookings, dayRow(before, bookingDay).bookings - 1);
    await assertAllAgree('after the change');
    assert.equal((await rollUpFigures(deps)).days, 2);
    await assertAllAgree('after rolling the changed days up again');
  });

  it('waits for a transaction changing a day before rolling it up, so the change is in the cells', async () => {
    await sql`DELETE FROM stats_rolled_day WHERE office_day = '2026-11-16'`.execute(database.db);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let updated!: () => void;
    const didUpdate = new Promise<void>((resolve) => (updated = resolve));
    const change = database.db.transaction().execute(async (tx) => {
      await sql`UPDATE ticket SET transfers = 1 WHERE id = (SELECT min(id) FROM ticket WHERE office_day = '2026-11-16' AND transfers = 0)`.execute(
        tx,
      );
      updated();
      await held;
    });
    await didUpdate;
    const rollUp = rollUpFigures(deps);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await change;
    assert.equal((await rollUp).days, 1);
    const cell = await sql<{
      transfers: string;
    }>`SELECT sum(transfers) AS transfers FROM stats_cell WHERE office_day = '2026-11-16'`.execute(database.db);
    const direct = await sql<{
      transfers: string;
    }>`SELECT count(*) AS transfers FROM ticket WHERE office_day = '2026-11-16' AND transfers > 0`.execute(database.db);
    assert.equal(cell.rows[0]!.transfers, direct.rows[0]!.transfers);
  });

  it('adds satisfaction: the answers of the period and their average score, per group and in all', async () => {
    const db = database.db;
    const office = await currentOffice(db);
    const tickets = await sql<{ id: number; service_id: number; desk_id: number; unit_id: number }>`
      SELECT t.id, t.service_id, t.desk_id, s.unit_id FROM ticket t JOIN service s ON s.id = t.service_id
      WHERE t.office_day = '2026-11-20' AND t.status = 'done' ORDER BY t.id LIMIT 3`.execute(db);
    // The demo's own answers are the baseline; the three below are added to it.
    await sql`DELETE FROM satisfaction_answer`.execute(db);
    const scores = [5, 4, 2];
    for (const [i, t] of tickets.rows.entries())
      await db
        .insertInto('satisfaction_answer')
        .values({
          office_id: office.id,
          ticket_id: t.id,
          service_id: t.service_id,
          unit_id: t.unit_id,
          desk_id: t.desk_id,
          answered_at: new Date('2026-11-20T13:30:00Z'),
          score: scores[i]!,
        })
        .execute();
    const byDay = await read('day');
    const day = byDay.rows.find((r) => r.group.kind === 'day' && r.group.day === '2026-11-20')!;
    assert.equal(day.answers, 3);
    assert.equal(day.satisfaction, 11 / 3);
    assert.equal(byDay.total.answers, 3);
    assert.equal(byDay.rows.find((r) => r.group.kind === 'day' && r.group.day === '2026-11-19')!.satisfaction, null);
    const byHour = await read('hour');
    assert.equal(byHour.rows.find((r) => r.group.kind === 'hour' && r.group.hour === 14)!.answers, 3, 'the hour of the answer, in Warsaw');
    const byService = await read('service');
    const first = tickets.rows[0]!;
    const own = tickets.rows.filter((t) => t.service_id === first.service_id).map((t) => scores[tickets.rows.indexOf(t)]!);
    const row = byService.rows.find((r) => r.group.kind === 'service' && r.group.id === first.service_id)!;
    assert.equal(row.answers, own.length);
    assert.equal(row.satisfaction, own.reduce((a, b) => a + b, 0) / own.length);
  });
});
