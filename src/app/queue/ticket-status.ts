import type { TicketStatus, WaitEstimate } from '../../domain/queue/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { isPublicCode } from './public-code.ts';
import { numberOf } from './ticket-record.ts';
import { estimateFor, peopleAhead, serviceFigures } from './wait-figures.ts';

/** What the public follow page may know of a ticket: nothing else (no service history, no name, no office data). */
export interface PublicTicketStatus {
  ticketId: number;
  serviceId: number;
  number: string;
  status: TicketStatus;
  /** Set while called or being served. */
  deskNumber: string | null;
  /** The desk's id while called or being served (to find where it is; not for the public). */
  deskId: number | null;
  /** The booked time of a booking's ticket: it is called then, not after the people ahead. */
  bookedFor: Date | null;
  /** Set while waiting (not for a booked ticket). */
  peopleAhead: number | null;
  estimate: WaitEstimate | null;
}

/**
 * A ticket's status by its public code, for `/bilet/<code>`; 404 for an unknown or malformed code.
 * Public: the code is the only key.
 * @example await ticketStatus(deps, 'K7QH2MZC9TXA') // { number: 'A012', status: 'waiting', peopleAhead: 3, … }
 */
export async function ticketStatus(deps: Pick<UseCaseDeps, 'db' | 'clock'>, code: string): Promise<PublicTicketStatus> {
  const { db } = deps;
  const at = deps.clock.now();
  if (!isPublicCode(code)) throw notFound('queue.ticket.notFound');
  const row = await db
    .selectFrom('ticket')
    .leftJoin('desk', 'desk.id', 'ticket.desk_id')
    .select([
      'ticket.id',
      'ticket.office_id',
      'ticket.service_id',
      'ticket.letter',
      'ticket.number',
      'ticket.status',
      'ticket.arrived_at',
      'ticket.priority_reason',
      'ticket.booked_for',
      'desk.number as deskNumber',
      'desk.id as deskId',
    ])
    .where('ticket.public_code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound('queue.ticket.notFound');
  const base = { ticketId: row.id, serviceId: row.service_id, number: numberOf(row), status: row.status, bookedFor: row.booked_for };
  if (row.status !== 'waiting') {
    const atDesk = row.status === 'called' || row.status === 'serving';
    return { ...base, deskNumber: atDesk ? row.deskNumber : null, deskId: atDesk ? row.deskId : null, peopleAhead: null, estimate: null };
  }
  // The call order serves a booked visit at its time: counting the walk-ins ahead of it would mislead.
  if (row.booked_for !== null) return { ...base, deskNumber: null, deskId: null, peopleAhead: null, estimate: null };
  const [ahead, figures] = await Promise.all([
    peopleAhead(db, { id: row.id, serviceId: row.service_id, arrivedAt: row.arrived_at, priority: row.priority_reason !== null }),
    serviceFigures(db, row.office_id, at),
  ]);
  return { ...base, deskNumber: null, deskId: null, peopleAhead: ahead, estimate: estimateFor(figures.get(row.service_id), ahead) };
}
