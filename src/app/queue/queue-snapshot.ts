import { officeDate } from '../../domain/organisation/index.ts';
import type { WaitEstimate } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { numberOf } from './ticket-record.ts';
import { estimateFor, serviceFigures } from './wait-figures.ts';

export interface ServiceQueue {
  serviceId: number;
  letter: string;
  name: Translated;
  unitId: number;
  waiting: number;
  openDesks: number;
  /** The wait of a resident taking a ticket now. */
  estimate: WaitEstimate;
}

export interface CurrentCall {
  ticketId: number;
  number: string;
  deskNumber: string;
  status: 'called' | 'serving';
  calledAt: Date;
}

export interface QueueSnapshot {
  /** The last queue event included: a board subscribes to the events after it. */
  lastEventId: string;
  services: ServiceQueue[];
  /** Tickets at desks now, newest call first. */
  calls: CurrentCall[];
}

/**
 * The queue of the acting device's office now: waiting counts and estimates per active service, and the
 * tickets at desks. For boards and the kiosk's first screen; numbers and desks only, never a person.
 * @example const { services, calls, lastEventId } = await queueSnapshot(deps);
 */
export function queueSnapshot(deps: UseCaseDeps): Promise<QueueSnapshot> {
  return snapshotAt(deps.db, deps.actor.officeId, deps.clock.now());
}

/** The queue of an office at an instant (see `queueSnapshot`). */
export async function snapshotAt(db: Db, officeId: number, at: Date): Promise<QueueSnapshot> {
  const last = await db
    .selectFrom('queue_event')
    .select('id')
    .where('office_id', '=', officeId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const [services, figures, calls] = await Promise.all([
    db
      .selectFrom('service')
      .select(['id', 'ticket_letter', translatedColumn('name').as('name'), 'unit_id'])
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .orderBy('ticket_letter')
      .execute(),
    serviceFigures(db, officeId, at),
    db
      .selectFrom('ticket')
      .innerJoin('desk', 'desk.id', 'ticket.desk_id')
      .select(['ticket.id', 'ticket.letter', 'ticket.number', 'ticket.status', 'ticket.called_at', 'desk.number as deskNumber'])
      .where('ticket.office_id', '=', officeId)
      .where('ticket.office_day', '=', officeDate(at))
      .where('ticket.status', 'in', ['called', 'serving'])
      .orderBy('ticket.called_at', 'desc')
      .execute(),
  ]);
  return {
    lastEventId: last?.id ?? '0',
    services: services.map((s) => {
      const f = figures.get(s.id);
      return {
        serviceId: s.id,
        letter: s.ticket_letter,
        name: s.name,
        unitId: s.unit_id,
        waiting: f?.waiting ?? 0,
        openDesks: f?.openDesks ?? 0,
        estimate: estimateFor(f, f?.waiting ?? 0),
      };
    }),
    calls: calls.map((c) => ({
      ticketId: c.id,
      number: numberOf(c),
      deskNumber: c.deskNumber,
      status: c.status as 'called' | 'serving',
      calledAt: c.called_at ?? at,
    })),
  };
}
