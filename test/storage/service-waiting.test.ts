import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { systemActor, systemClock } from '../../src/app/shared/deps.ts';
import { newPublicCode } from '../../src/app/queue/public-code.ts';
import { ticketFigures } from '../../src/app/queue/wait-figures.ts';
import { issueTicketRow } from '../../src/storage/ticket-issuing.ts';
import type { Db } from '../../src/storage/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

/** The counts as `service_waiting` keeps them, and as counted ticket by ticket: the two must always agree. */
async function keptAndCounted(db: Db): Promise<{ kept: string[]; counted: string[] }> {
  const kept = await sql<{ line: string }>`
    SELECT service_id || ':' || regular || '/' || priority AS line FROM service_waiting WHERE regular <> 0 OR priority <> 0 ORDER BY service_id`.execute(
    db,
  );
  const counted = await sql<{ line: string }>`
    SELECT service_id || ':' || count(*) FILTER (WHERE priority_reason IS NULL) || '/' || count(*) FILTER (WHERE priority_reason IS NOT NULL) AS line
    FROM ticket WHERE status = 'waiting' GROUP BY service_id ORDER BY service_id`.execute(db);
  return { kept: kept.rows.map((r) => r.line), counted: counted.rows.map((r) => r.line) };
}

async function assertAgree(db: Db, step: string): Promise<void> {
  const { kept, counted } = await keptAndCounted(db);
  assert.deepEqual(kept, counted, `after ${step}`);
}

describe('waiting counts kept by the database', () => {
  let database: TestDatabase;
  let services: { id: number; letter: string; officeId: number }[];
  let reason: string;
  const at = new Date('2026-11-25T08:00:00Z');
  const issue = async (service: { id: number; letter: string; officeId: number }, priorityReason: string | null, when = at) => {
    const outcome = await issueTicketRow(database.db, {
      officeId: service.officeId,
      serviceId: service.id,
      letter: service.letter,
      officeDay: '2026-11-25',
      at: when,
      publicCode: newPublicCode(),
      priorityReason,
      source: 'kiosk',
      groundFloor: false,
      bookedFor: null,
      bookingId: null,
      dailyLimit: null,
      actor: systemActor(service.officeId),
    });
    assert.ok(outcome.issued);
    return outcome.ticketId;
  };

  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
    services = await database.db
      .selectFrom('service')
      .select(['id', 'ticket_letter as letter', 'office_id as officeId'])
      .orderBy('id')
      .limit(3)
      .execute();
    reason = (await database.db.selectFrom('priority_reason').select('code').executeTakeFirstOrThrow()).code;
  });
  after(async () => {
    await database.drop();
  });

  it('follow every change of a ticket: issue, call, return, transfer, cancel, delete, several services in one statement', async () => {
    const [a, b, c] = services as [(typeof services)[0], (typeof services)[0], (typeof services)[0]];
    const db = database.db;
    const ids: number[] = [];
    for (const [service, priority] of [
      [a, null],
      [a, null],
      [a, reason],
      [b, null],
      [b, reason],
      [c, null],
    ] as const)
      ids.push(await issue(service, priority));
    await assertAgree(db, 'issuing');
    const desk = (await db.selectFrom('desk').select('id').executeTakeFirstOrThrow()).id;
    await db.updateTable('ticket').set({ status: 'called', desk_id: desk, called_at: at }).where('id', '=', ids[0]!).execute();
    await assertAgree(db, 'a call');
    await db.updateTable('ticket').set({ recalls: 1 }).where('id', '=', ids[0]!).execute();
    await assertAgree(db, 'a recall (no change to waiting)');
    await db.updateTable('ticket').set({ status: 'waiting', desk_id: null }).where('id', '=', ids[0]!).execute();
    await assertAgree(db, 'a return to the queue');
    await db.updateTable('ticket').set({ service_id: b.id, transfers: 1 }).where('id', '=', ids[1]!).execute();
    await assertAgree(db, 'a transfer');
    // One statement across three services, both ways at once.
    await db
      .updateTable('ticket')
      .set((eb) => ({
        service_id: eb.case().when('service_id', '=', a.id).then(c.id).when('service_id', '=', c.id).then(b.id).else(a.id).end(),
      }))
      .where('id', 'in', ids)
      .execute();
    await assertAgree(db, 'a statement moving tickets between three services');
    await db.updateTable('ticket').set({ priority_reason: null }).where('priority_reason', 'is not', null).execute();
    await assertAgree(db, 'priority taken off');
    await db.updateTable('ticket').set({ status: 'cancelled' }).where('id', '=', ids[2]!).execute();
    await assertAgree(db, 'a cancellation');
    await db.deleteFrom('queue_event').where('ticket_id', 'in', ids.slice(3)).execute();
    await db.deleteFrom('ticket').where('id', 'in', ids.slice(3)).execute();
    await assertAgree(db, 'deleting tickets');
  });

  it('a change rolled back leaves the counts as they were', async () => {
    const before = await keptAndCounted(database.db);
    await assert.rejects(
      database.db.transaction().execute(async (tx) => {
        await tx.updateTable('ticket').set({ status: 'cancelled' }).where('status', '=', 'waiting').execute();
        throw new Error('rolled back');
      }),
    );
    assert.deepEqual(await keptAndCounted(database.db), before);
  });

  it('give a new ticket its people ahead without counting the whole queue: priority first, then by arrival', async () => {
    const service = services[0]!;
    await database.db.updateTable('ticket').set({ status: 'cancelled' }).where('status', '=', 'waiting').execute();
    const later = new Date(at.getTime() + 60_000);
    const first = await issue(service, null, at);
    const second = await issue(service, null, at);
    const urgent = await issue(service, reason, later);
    const third = await issue(service, null, later);
    const figures = (id: number, arrivedAt: Date, priority: boolean) =>
      ticketFigures(database.db, service.officeId, { id, serviceId: service.id, arrivedAt, priority }, later);
    assert.equal((await figures(first, at, false)).ahead, 1, 'the priority ticket goes first');
    assert.equal((await figures(second, at, false)).ahead, 2, 'same arrival: the lower id first');
    assert.equal((await figures(urgent, later, true)).ahead, 0);
    const last = await figures(third, later, false);
    assert.equal(last.ahead, 3);
    assert.equal(last.figures?.waiting, 4);
    await assertAgree(database.db, 'the last issues');
  });
});
