import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { systemActor, systemClock } from '../../src/app/shared/deps.ts';
import { newPublicCode } from '../../src/app/queue/public-code.ts';
import { formatTicketNumber } from '../../src/domain/queue/index.ts';
import { verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { issueTicketRow, type TicketToIssue } from '../../src/storage/ticket-issuing.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

describe('issuing a ticket in one statement', () => {
  let database: TestDatabase;
  let ticket: (overrides: Partial<TicketToIssue>) => TicketToIssue;
  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
    const service = await database.db
      .selectFrom('service')
      .select(['id', 'ticket_letter', 'office_id'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    ticket = (overrides) => ({
      officeId: service.office_id,
      serviceId: service.id,
      letter: service.ticket_letter,
      officeDay: '2026-11-25',
      at: new Date('2026-11-25T08:00:00Z'),
      publicCode: newPublicCode(),
      priorityReason: null,
      source: 'kiosk',
      groundFloor: false,
      bookedFor: null,
      bookingId: null,
      dailyLimit: null,
      actor: systemActor(service.office_id),
      ...overrides,
    });
  });
  after(async () => {
    await database.drop();
  });

  it('formats numbers as the domain does, past 999', async () => {
    const first = await issueTicketRow(database.db, ticket({ officeDay: '2026-11-26' }));
    assert.ok(first.issued);
    assert.equal(first.formatted, formatTicketNumber(first.formatted[0]!, 1));
    await database.db.updateTable('ticket_counter').set({ last_number: 998 }).where('office_day', '=', '2026-11-26').execute();
    const numbers: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const outcome = await issueTicketRow(database.db, ticket({ officeDay: '2026-11-26' }));
      assert.ok(outcome.issued);
      numbers.push(outcome.formatted);
    }
    const letter = numbers[0]![0]!;
    assert.deepEqual(numbers, [formatTicketNumber(letter, 999), formatTicketNumber(letter, 1000)]);
  });

  it('stops regular tickets at the daily limit, but never priority or booked ones', async () => {
    const day = { officeDay: '2026-11-27', dailyLimit: 2 };
    assert.ok((await issueTicketRow(database.db, ticket({ ...day }))).issued);
    assert.ok((await issueTicketRow(database.db, ticket({ ...day }))).issued);
    assert.deepEqual(await issueTicketRow(database.db, ticket({ ...day })), { issued: false, reason: 'limit_reached' });
    const reason = await database.db.selectFrom('priority_reason').select('code').executeTakeFirstOrThrow();
    assert.ok((await issueTicketRow(database.db, ticket({ ...day, priorityReason: reason.code }))).issued);
    assert.ok((await issueTicketRow(database.db, ticket({ ...day, source: 'booking' }))).issued);
    const rows = await database.db.selectFrom('ticket').select('number').where('office_day', '=', '2026-11-27').orderBy('number').execute();
    assert.deepEqual(
      rows.map((r) => r.number),
      [1, 2, 3, 4],
    );
  });

  it('gives distinct numbers to many kiosks at once, with one event and one sealed audit row each', async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => issueTicketRow(database.db, ticket({ officeDay: '2026-11-28' }))));
    const numbers = outcomes.map((o) => (o.issued ? o.number : 0)).sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    const ids = outcomes.map((o) => (o.issued ? o.ticketId : 0));
    const events = await database.db.selectFrom('queue_event').select('ticket_id').where('ticket_id', 'in', ids).execute();
    const audits = await database.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', 'ticket.issue')
      .where('subject_id', 'in', ids.map(String))
      .execute();
    assert.equal(events.length, 30);
    assert.equal(audits.length, 30);
    assert.equal((await verifyAuditChain(database.db)).ok, true);
  });
});
