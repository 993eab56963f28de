import { DomainError } from '../../domain/shared/errors.ts';
import type { DeskOfCall } from '../../domain/queue/index.ts';
import type { Tx } from '../../storage/database.ts';
import type { Actor } from '../shared/deps.ts';

export interface LiveDesk {
  sessionId: number;
  status: 'open' | 'paused';
  outOfTurnInARow: number;
  desk: DeskOfCall & { number: string };
}

/**
 * The desk the acting clerk has open (or paused) now, with the services it serves; the session row is
 * locked so one desk's actions take turns. 409 `queue.desk.not_open` when the clerk has no desk open.
 * @example const { desk } = await clerkDesk(tx, deps.actor, { mustBeOpen: true });
 */
export async function clerkDesk(tx: Tx, actor: Actor, options: { mustBeOpen: boolean }): Promise<LiveDesk> {
  if (actor.kind !== 'staff' || actor.id === null) throw new DomainError('forbidden', 'errors.forbidden');
  const session = await tx.selectFrom('desk_session')
    .innerJoin('desk', 'desk.id', 'desk_session.desk_id')
    .select(['desk_session.id', 'desk_session.status', 'desk_session.out_of_turn_in_a_row', 'desk.id as deskId', 'desk.number'])
    .where('desk_session.staff_id', '=', actor.id)
    .where('desk_session.office_id', '=', actor.officeId)
    .where('desk_session.status', '<>', 'closed')
    .forUpdate('desk_session')
    .executeTakeFirst();
  if (!session || session.status === 'closed') throw new DomainError('conflict', 'queue.desk.not_open');
  if (options.mustBeOpen && session.status !== 'open') throw new DomainError('conflict', 'queue.desk.paused');
  const services = await tx.selectFrom('desk_service').select('service_id').where('desk_id', '=', session.deskId).execute();
  return {
    sessionId: session.id,
    status: session.status,
    outOfTurnInARow: session.out_of_turn_in_a_row,
    desk: { id: session.deskId, number: session.number, serviceIds: services.map((s) => s.service_id) },
  };
}
