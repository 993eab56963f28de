import { instantOf, officeDate } from '../../domain/organisation/index.ts';
import type { WaitEstimate } from '../../domain/queue/index.ts';
import { namedBuilding, type CallBuilding } from '../../domain/queue/spoken-call.ts';
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
  /** The desk's building when the screen should name it (another building than the screen's); else null. */
  building: CallBuilding | null;
}

/** A call of today as "last calls" lists it: the ticket's latest call (a recall counts as one). */
export interface RecentCall {
  ticketId: number;
  number: string;
  deskNumber: string;
  calledAt: Date;
  building: CallBuilding | null;
}

export interface QueueSnapshot {
  /** The last queue event included: a board subscribes to the events after it. */
  lastEventId: string;
  services: ServiceQueue[];
  /** Tickets at desks now, newest call first. */
  calls: CurrentCall[];
  /** Today's last calls, newest first, whatever became of the tickets since (at most `RECENT_CALLS`). */
  recentCalls: RecentCall[];
}

/** How many calls "last calls" keeps. */
export const RECENT_CALLS = 8;
// Call events read to find that many tickets (a ticket recalled twice has three).
const RECENT_EVENTS = 40;

/** Where the screen asking stands: its building names the desks of the other buildings. */
export interface ScreenPlace {
  buildingId: number | null;
}

/**
 * The queue of the acting device's office now: waiting counts and estimates per active service, the
 * tickets at desks and today's last calls. For boards and the kiosk's first screen; numbers and desks only,
 * never a person. A desk in another building than the screen's carries its building.
 * @example const { services, calls, recentCalls, lastEventId } = await queueSnapshot(deps, { buildingId: 1 });
 */
export function queueSnapshot(deps: UseCaseDeps, screen: ScreenPlace): Promise<QueueSnapshot> {
  return snapshotAt(deps.db, deps.actor.officeId, deps.clock.now(), screen);
}

interface DeskBuildingRow {
  buildingId: number;
  buildingName: string;
  buildingStreet: string;
}

/** The building a screen names for a desk's call, or null (see `namedBuilding`). */
function buildingFor(row: DeskBuildingRow, screen: ScreenPlace, officeBuildings: number): CallBuilding | null {
  return namedBuilding({ deskBuildingId: row.buildingId, boardBuildingId: screen.buildingId, officeBuildings })
    ? { name: row.buildingName, street: row.buildingStreet }
    : null;
}

/** The queue of an office at an instant, for a screen standing in a building (see `queueSnapshot`). */
export async function snapshotAt(db: Db, officeId: number, at: Date, screen: ScreenPlace): Promise<QueueSnapshot> {
  const last = await db
    .selectFrom('queue_event')
    .select('id')
    .where('office_id', '=', officeId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const today = officeDate(at);
  const [services, figures, calls, recent, buildings] = await Promise.all([
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
      .innerJoin('building', 'building.id', 'desk.building_id')
      .select([
        'ticket.id',
        'ticket.letter',
        'ticket.number',
        'ticket.status',
        'ticket.called_at',
        'desk.number as deskNumber',
        'building.id as buildingId',
        'building.name as buildingName',
        'building.street as buildingStreet',
      ])
      .where('ticket.office_id', '=', officeId)
      .where('ticket.office_day', '=', today)
      .where('ticket.status', 'in', ['called', 'serving'])
      .orderBy('ticket.called_at', 'desc')
      .execute(),
    db
      .selectFrom('queue_event')
      .innerJoin('desk', 'desk.id', 'queue_event.desk_id')
      .innerJoin('building', 'building.id', 'desk.building_id')
      .select([
        'queue_event.ticket_id as ticketId',
        'queue_event.at',
        'queue_event.payload',
        'desk.number as deskNumber',
        'building.id as buildingId',
        'building.name as buildingName',
        'building.street as buildingStreet',
      ])
      .where('queue_event.office_id', '=', officeId)
      .where('queue_event.kind', 'in', ['ticket.called', 'ticket.recalled'])
      .where('queue_event.at', '>=', instantOf(today, '00:00'))
      .orderBy('queue_event.id', 'desc')
      .limit(RECENT_EVENTS)
      .execute(),
    db
      .selectFrom('building')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('office_id', '=', officeId)
      .executeTakeFirstOrThrow(),
  ]);
  const officeBuildings = Number(buildings.n);
  const recentCalls: RecentCall[] = [];
  const listed = new Set<number>();
  for (const event of recent) {
    const number = (event.payload as { number?: unknown }).number;
    if (event.ticketId === null || listed.has(event.ticketId) || typeof number !== 'string') continue;
    listed.add(event.ticketId);
    recentCalls.push({
      ticketId: event.ticketId,
      number,
      deskNumber: event.deskNumber,
      calledAt: event.at,
      building: buildingFor(event, screen, officeBuildings),
    });
    if (recentCalls.length === RECENT_CALLS) break;
  }
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
      building: buildingFor(c, screen, officeBuildings),
    })),
    recentCalls,
  };
}
