import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { testClock } from '../support/booking.ts';

// Thursday 3 December 2026: the demo's history is the four weeks before it.
const clock = testClock('2026-12-03T10:00:00Z');

describe('the demo office’s history of visits', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.drop());

  it('fills the past four weeks’ working days with finished visits, and nothing today', async () => {
    const started = performance.now();
    await loadDemoData(database.db, clock, { history: true });
    const seconds = (performance.now() - started) / 1000;
    const rows = await sql<{
      days: string;
      first: string;
      last: string;
      tickets: string;
      waiting: string;
      weekend: string;
      booked: string;
      linked: string;
    }>`
      SELECT count(DISTINCT office_day) AS days, min(office_day)::text AS first, max(office_day)::text AS last, count(*) AS tickets,
             count(*) FILTER (WHERE status IN ('waiting', 'called', 'serving')) AS waiting,
             count(*) FILTER (WHERE extract(isodow FROM office_day) > 5) AS weekend,
             (SELECT count(*) FROM booking) AS booked,
             (SELECT count(*) FROM booking b JOIN ticket t ON t.id = b.ticket_id AND t.booking_id = b.id) AS linked
      FROM ticket`.execute(database.db);
    const r = rows.rows[0]!;
    assert.equal(r.first, '2026-11-05');
    assert.equal(r.last, '2026-12-02');
    assert.equal(Number(r.days), 20, 'working days only');
    assert.equal(r.weekend, '0');
    assert.equal(r.waiting, '0', 'the past holds no one still waiting');
    assert.ok(Number(r.tickets) > 2000, r.tickets);
    assert.ok(Number(r.booked) > 150 && Number(r.linked) > 100, `${r.booked} booked, ${r.linked} with their ticket`);
    const targets = await database.db.selectFrom('service').select('wait_target_minutes').execute();
    assert.ok(targets.every((t) => t.wait_target_minutes === 20));
    assert.ok(seconds < 60, `loaded in ${seconds.toFixed(1)} s`);
  });
});
