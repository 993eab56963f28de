import { officeDate } from '../../domain/organisation/index.ts';
import type { WaitEstimate } from '../../domain/queue/index.ts';
import type { Db } from '../../storage/database.ts';
import { numberOf } from './ticket-record.ts';
import { estimateFor, serviceFigures } from './wait-figures.ts';

export interface ServiceQueue {
  serviceId: number;
  letter: string;
  name: { pl: string; en: string; uk: string };
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
 * The queue of the office now: waiting counts and estimates per active service, and the tickets at desks.
 * For boards and the kiosk's first screen; numbers and desks only, never a person.
 * @example const { services, calls, lastEventId } = await queueSnapshot(db, officeId, clock.now());
 */
export async function queueSnapshot(db: Db, officeId: number, at: Date): Promise<QueueSnapshot> {
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
      .select(['id', 'ticket_letter', 'name_pl', 'name_en', 'name_uk', 'unit_id'])
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
        name: { pl: s.name_pl, en: s.name_en, uk: s.name_uk },
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
