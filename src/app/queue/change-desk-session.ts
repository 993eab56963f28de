import { DomainError } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { recordQueueEvent } from '../../storage/queue-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { clerkDesk } from './desk-session.ts';

export type DeskSessionChange = 'pause' | 'resume' | 'close';

const EVENT: Record<DeskSessionChange, string> = { pause: 'desk.paused', resume: 'desk.resumed', close: 'desk.closed' };

/**
 * Pauses, resumes or closes the acting clerk's desk session, with its event and audit row. A desk with a
 * ticket in hand is not closed: the ticket is finished, returned or transferred first.
 * @example await changeDeskSession(deps, 'pause');
 */
export async function changeDeskSession(
  deps: UseCaseDeps,
  change: DeskSessionChange,
): Promise<{ deskId: number; status: 'open' | 'paused' | 'closed' }> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const live = await clerkDesk(tx, deps.actor, { mustBeOpen: false });
    if (change === 'pause' && live.status === 'paused') throw new DomainError('conflict', 'queue.desk.paused');
    if (change === 'resume' && live.status === 'open') throw new DomainError('conflict', 'queue.desk.alreadyOpen');
    if (change === 'close') {
      const inHand = await tx
        .selectFrom('ticket')
        .select('id')
        .where('desk_id', '=', live.desk.id)
        .where('status', 'in', ['called', 'serving'])
        .executeTakeFirst();
      if (inHand) throw new DomainError('conflict', 'queue.desk.ticketInHand');
    }
    const status = change === 'pause' ? 'paused' : change === 'resume' ? 'open' : 'closed';
    await tx
      .updateTable('desk_session')
      .set({
        status,
        paused_at: status === 'paused' ? now : null,
        closed_at: status === 'closed' ? now : null,
      })
      .where('id', '=', live.sessionId)
      .execute();
    await recordQueueEvent(tx, {
      officeId: deps.actor.officeId,
      at: now,
      kind: EVENT[change],
      ticketId: null,
      deskId: live.desk.id,
      payload: { deskNumber: live.desk.number },
    });
    await appendAudit(tx, deps.actor, now, {
      action: `desk.${change}`,
      subjectType: 'desk',
      subjectId: live.desk.id,
      details: { sessionId: live.sessionId },
    });
    return { deskId: live.desk.id, status };
  });
}
