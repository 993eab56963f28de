import { officeDate } from '../../domain/organisation/index.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { registerConstraintMessages } from '../../storage/database-errors.ts';
import { recordQueueEvent } from '../../storage/queue-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

registerConstraintMessages({
  desk_session_live_desk: { kind: 'conflict', field: 'deskId', key: 'queue.desk.taken' },
  desk_session_live_staff: { kind: 'conflict', field: 'deskId', key: 'queue.desk.alreadyOpen' },
});

export interface OpenedDesk {
  sessionId: number;
  deskId: number;
  deskNumber: string;
}

/**
 * A clerk opens a desk for the day. One live session per desk and per clerk (partial unique indexes):
 * a desk someone else has open is a 409. A session left open on an earlier day is closed first, so a
 * forgotten "close" does not lock the desk tomorrow.
 * @example await openDesk(deps, { deskId: 5 }); // { sessionId: 9, deskId: 5, deskNumber: '5' }
 */
export async function openDesk(deps: UseCaseDeps, input: { deskId: number }): Promise<OpenedDesk> {
  const { actor } = deps;
  if (actor.kind !== 'staff' || actor.id === null) throw new DomainError('forbidden', 'errors.forbidden');
  const staffId = actor.id;
  const now = deps.clock.now();
  const today = officeDate(now);
  return deps.db.transaction().execute(async (tx) => {
    const desk = await tx
      .selectFrom('desk')
      .select(['id', 'number'])
      .where('id', '=', input.deskId)
      .where('office_id', '=', actor.officeId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!desk) throw invalid({ deskId: { key: 'queue.desk.unknown' } });
    await tx
      .updateTable('desk_session')
      .set({ status: 'closed', closed_at: now, paused_at: null })
      .where('status', '<>', 'closed')
      .where('office_day', '<', today)
      .where((eb) => eb.or([eb('desk_id', '=', desk.id), eb('staff_id', '=', staffId)]))
      .execute();
    const session = await tx
      .insertInto('desk_session')
      .values({ office_id: actor.officeId, desk_id: desk.id, staff_id: staffId, office_day: today, status: 'open', opened_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordQueueEvent(tx, {
      officeId: actor.officeId,
      at: now,
      kind: 'desk.opened',
      ticketId: null,
      deskId: desk.id,
      payload: { deskNumber: desk.number },
    });
    await appendAudit(tx, actor, now, { action: 'desk.open', subjectType: 'desk', subjectId: desk.id, details: { sessionId: session.id } });
    return { sessionId: session.id, deskId: desk.id, deskNumber: desk.number };
  });
}
