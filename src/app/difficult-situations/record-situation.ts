import { readSituation, type VisitReference } from '../../domain/difficult-situations/index.ts';
import { instantOf, officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The ticket or booking a reference names in the office (a ticket on the incident's day), or a field error. */
async function visitOf(
  tx: Tx,
  officeId: number,
  reference: VisitReference | null,
  day: string,
): Promise<{ ticketId: number | null; bookingId: number | null }> {
  if (reference === null) return { ticketId: null, bookingId: null };
  if (reference.kind === 'booking') {
    const booking = await tx
      .selectFrom('booking')
      .select('id')
      .where('code', '=', reference.code)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    if (!booking) throw invalid({ reference: { key: 'situations.errors.referenceNotFound' } });
    return { ticketId: null, bookingId: booking.id };
  }
  const ticket = await tx
    .selectFrom('ticket')
    .select('id')
    .where('office_id', '=', officeId)
    .where('office_day', '=', day)
    .where('letter', '=', reference.letter)
    .where('number', '=', reference.number)
    .executeTakeFirst();
  if (!ticket) throw invalid({ reference: { key: 'situations.errors.referenceNotFound' } });
  return { ticketId: ticket.id, bookingId: null };
}

/**
 * Records a difficult situation as the standard's steps (seed 8): the facts established by questions, the
 * client's remarks, the solution proposed and the actions promised, by whom and by when. No field says whose
 * fault it was. One transaction with its audit row (ids only: the texts may name people).
 * @example await recordSituation(deps, staffId, { occurredOn: '2026-12-03', occurredTime: '10:15', channel: 'desk', unit: '2', facts: '…', solution: '…' });
 */
export async function recordSituation(deps: UseCaseDeps, staffId: number, form: FormValues): Promise<{ id: number }> {
  const now = deps.clock.now();
  const input = readSituation(form, officeDate(now));
  const occurredAt = instantOf(input.occurredOn, input.occurredTime);
  if (occurredAt > now) throw invalid({ occurredTime: { key: 'situations.errors.inFuture' } });
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const unit = await tx
      .selectFrom('unit')
      .select('id')
      .where('id', '=', input.unitId)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    if (!unit) throw invalid({ unit: { key: 'situations.errors.unknownUnit' } });
    const visit = await visitOf(tx, officeId, input.reference, input.occurredOn);
    const row = await tx
      .insertInto('difficult_situation')
      .values({
        office_id: officeId,
        unit_id: input.unitId,
        occurred_at: occurredAt,
        channel: input.channel,
        facts: input.facts,
        client_remarks: input.clientRemarks,
        solution: input.solution,
        ticket_id: visit.ticketId,
        booking_id: visit.bookingId,
        recorded_by: staffId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.actions.length > 0)
      await tx
        .insertInto('difficult_situation_action')
        .values(
          input.actions.map((a) => ({ situation_id: row.id, description: a.description, responsible: a.responsible, due_on: a.dueOn })),
        )
        .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'situation.record',
      subjectType: 'difficult_situation',
      subjectId: row.id,
      details: {
        unitId: input.unitId,
        channel: input.channel,
        actions: input.actions.length,
        ticketId: visit.ticketId,
        bookingId: visit.bookingId,
      },
    });
    return { id: row.id };
  });
}
