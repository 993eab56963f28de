import { sql } from 'kysely';
import { DomainError } from '../../domain/shared/errors.ts';
import type { DeskOfCall } from '../../domain/queue/index.ts';
import type { Tx } from '../../storage/database.ts';
import type { Actor } from '../shared/deps.ts';

export interface LiveDesk {
  sessionId: number;
  status: 'open' | 'paused';
  outOfTurnInARow: number;
  desk: DeskOfCall & { number: string };
  /** A ticket is called or being served at the desk (the panel holds one at a time). */
  handsBusy: boolean;
}

/**
 * The desk the acting clerk has open (or paused) now, with the services it serves; the session row is
 * locked so one desk's actions take turns. 409 `queue.desk.notOpen` when the clerk has no desk open.
 * @example const { desk } = await clerkDesk(tx, deps.actor, { mustBeOpen: true });
 */
export async function clerkDesk(tx: Tx, actor: Actor, options: { mustBeOpen: boolean }): Promise<LiveDesk> {
  if (actor.kind !== 'staff' || actor.id === null) throw new DomainError('forbidden', 'errors.forbidden');
  const session = await tx
    .selectFrom('desk_session')
    .innerJoin('desk', 'desk.id', 'desk_session.desk_id')
    .select(['desk_session.id', 'desk_session.status', 'desk_session.out_of_turn_in_a_row', 'desk.id as deskId', 'desk.number'])
    // Read with the session in one round trip: the desk's services, and whether a ticket is in hand.
    .select((eb) => [
      sql<number[] | null>`(SELECT array_agg(service_id ORDER BY service_id) FROM desk_service WHERE desk_id = desk.id)`.as('serviceIds'),
      eb
        .exists(
          eb
            .selectFrom('ticket')
            .select('ticket.id')
            .whereRef('ticket.desk_id', '=', 'desk.id')
            .where('ticket.status', 'in', ['called', 'serving']),
        )
        .$castTo<boolean>()
        .as('handsBusy'),
    ])
    .where('desk_session.staff_id', '=', actor.id)
    .where('desk_session.office_id', '=', actor.officeId)
    .where('desk_session.status', '<>', 'closed')
    .forUpdate('desk_session')
    .executeTakeFirst();
  if (!session || session.status === 'closed') throw new DomainError('conflict', 'queue.desk.notOpen');
  if (options.mustBeOpen && session.status !== 'open') throw new DomainError('conflict', 'queue.desk.paused');
  return {
    sessionId: session.id,
    status: session.status,
    outOfTurnInARow: session.out_of_turn_in_a_row,
    desk: { id: session.deskId, number: session.number, serviceIds: session.serviceIds ?? [] },
    handsBusy: session.handsBusy,
  };
}
