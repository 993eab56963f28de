import { offeredActions, type TicketStatus } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { loadQueuePolicy } from './queue-policy.ts';
import { numberOf } from './ticket-record.ts';

/** A desk as a clerk picks it: its number, its name and the building it stands in. */
export interface DeskLabel {
  id: number;
  number: string;
  name: string;
  building: string;
  street: string;
  floor: number;
}

export interface DeskPanel {
  session: { id: number; deskId: number; deskNumber: string; status: 'open' | 'paused'; desk: DeskLabel } | null;
  /** The one ticket in hand, if any (seed 6: the panel shows only the current ticket). */
  current: {
    ticketId: number;
    number: string;
    serviceId: number;
    status: TicketStatus;
    recalls: number;
    /** The office's recall limit (queue policy). */
    maxRecalls: number;
    transfers: number;
    priority: boolean;
    /** Why the ticket is served out of turn (seed 7.1); the code when the office has no such reason any more. */
    priorityReason: { code: string; name: Translated | null } | null;
    /** The resident cannot go upstairs: the clerk comes down (seed 7.1). */
    groundFloor: boolean;
    /** What the state machine would accept now, so the panel offers nothing it would refuse. */
    offered: { recall: boolean; noShow: boolean; recallsToNoShow: number; transfer: boolean };
  } | null;
  /** Waiting counts of the desk's services. */
  waiting: { serviceId: number; letter: string; waiting: number }[];
}

/** The panel with what its forms offer: the office's active services (transfer) and desks (open, transfer). */
export interface DeskPanelWithChoices extends DeskPanel {
  /** By letter. */
  services: { id: number; letter: string; name: Translated }[];
  /** By number, as numbers (1, 2 … 10). */
  desks: DeskLabel[];
}

const deskNumbers = new Intl.Collator('pl', { numeric: true });

/**
 * Desks in the order people count them: "2" before "10", "9a" after "9".
 * @example byDeskNumber([{ number: '10' }, { number: '2' }]) // [{ number: '2' }, { number: '10' }]
 */
export function byDeskNumber<T extends { number: string }>(desks: readonly T[]): T[] {
  return [...desks].sort((a, b) => deskNumbers.compare(a.number, b.number));
}

function deskLabels(db: Db, officeId: number) {
  return db
    .selectFrom('desk')
    .innerJoin('building', 'building.id', 'desk.building_id')
    .select(['desk.id', 'desk.number', 'desk.name', 'desk.floor', 'building.name as building', 'building.street'])
    .where('desk.office_id', '=', officeId);
}

/**
 * The waiting counts of a desk's services, by letter.
 * @example await deskWaiting(db, 6) // [{ serviceId: 8, letter: 'H', waiting: 2 }, …]
 */
async function deskWaiting(db: Db, deskId: number): Promise<DeskPanel['waiting']> {
  const rows = await db
    .selectFrom('desk_service')
    .innerJoin('service', 'service.id', 'desk_service.service_id')
    .leftJoin('ticket', (join) => join.onRef('ticket.service_id', '=', 'service.id').on('ticket.status', '=', 'waiting'))
    .select(['service.id', 'service.ticket_letter', (eb) => eb.fn.count<string>('ticket.id').as('n')])
    .where('desk_service.desk_id', '=', deskId)
    .groupBy(['service.id', 'service.ticket_letter'])
    .orderBy('service.ticket_letter')
    .execute();
  return rows.map((w) => ({ serviceId: w.id, letter: w.ticket_letter, waiting: Number(w.n) }));
}

async function liveSession(deps: Pick<UseCaseDeps, 'db' | 'actor'>) {
  return deps.db
    .selectFrom('desk_session')
    .select(['desk_session.id', 'desk_session.status', 'desk_session.desk_id as deskId'])
    .where('desk_session.staff_id', '=', deps.actor.id ?? -1)
    .where('desk_session.status', '<>', 'closed')
    .executeTakeFirst();
}

/**
 * What the desk panel shows the acting clerk: their live desk session, the ticket in hand and the waiting
 * counts of the desk's services; nothing about other desks' residents.
 * @example const panel = await deskPanel(deps);
 */
export async function deskPanel(deps: Pick<UseCaseDeps, 'db' | 'actor'>): Promise<DeskPanel> {
  const { db, actor } = deps;
  const session = await liveSession(deps);
  if (!session || session.status === 'closed') return { session: null, current: null, waiting: [] };
  const [desk, ticket, waiting, policy] = await Promise.all([
    deskLabels(db, actor.officeId).where('desk.id', '=', session.deskId).executeTakeFirstOrThrow(),
    db
      .selectFrom('ticket')
      .leftJoin('priority_reason', (join) =>
        join.onRef('priority_reason.office_id', '=', 'ticket.office_id').onRef('priority_reason.code', '=', 'ticket.priority_reason'),
      )
      .select([
        'ticket.id',
        'ticket.letter',
        'ticket.number',
        'ticket.service_id',
        'ticket.status',
        'ticket.recalls',
        'ticket.transfers',
        'ticket.priority_reason',
        'ticket.ground_floor',
        'priority_reason.code as reasonCode',
        translatedColumn('priority_reason.name').as('reasonName'),
      ])
      .where('ticket.desk_id', '=', session.deskId)
      .where('ticket.status', 'in', ['called', 'serving'])
      .orderBy('ticket.called_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    deskWaiting(db, session.deskId),
    loadQueuePolicy(db, actor.officeId),
  ]);
  return {
    session: { id: session.id, deskId: session.deskId, deskNumber: desk.number, status: session.status, desk },
    current: ticket
      ? {
          ticketId: ticket.id,
          number: numberOf(ticket),
          serviceId: ticket.service_id,
          status: ticket.status,
          recalls: ticket.recalls,
          maxRecalls: policy.recall.maxRecalls,
          transfers: ticket.transfers,
          priority: ticket.priority_reason !== null,
          priorityReason:
            ticket.priority_reason === null
              ? null
              : { code: ticket.priority_reason, name: ticket.reasonCode === null ? null : ticket.reasonName },
          groundFloor: ticket.ground_floor,
          offered: offeredActions(ticket, policy.recall),
        }
      : null,
    waiting,
  };
}

/**
 * The waiting counts of the acting clerk's desk only (its live event stream); null when no desk is open.
 * @example await deskWaitingCounts(deps) // { ticketId: 41, waiting: [{ serviceId: 8, letter: 'H', waiting: 2 }] }
 */
export async function deskWaitingCounts(
  deps: Pick<UseCaseDeps, 'db' | 'actor'>,
): Promise<{ status: 'open' | 'paused'; ticketId: number | null; waiting: DeskPanel['waiting'] } | null> {
  const session = await liveSession(deps);
  if (!session || session.status === 'closed') return null;
  const [waiting, inHand] = await Promise.all([
    deskWaiting(deps.db, session.deskId),
    deps.db
      .selectFrom('ticket')
      .select('id')
      .where('desk_id', '=', session.deskId)
      .where('status', 'in', ['called', 'serving'])
      .orderBy('called_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { status: session.status, ticketId: inHand?.id ?? null, waiting };
}

/**
 * The desk panel page's data: `deskPanel` and the office's active services and desks to choose from.
 * @example const { session, current, services, desks } = await deskPanelWithChoices(deps);
 */
export async function deskPanelWithChoices(deps: Pick<UseCaseDeps, 'db' | 'actor'>): Promise<DeskPanelWithChoices> {
  const { db } = deps;
  const officeId = deps.actor.officeId;
  const [panel, services, desks] = await Promise.all([
    deskPanel(deps),
    db
      .selectFrom('service')
      .select(['id', 'ticket_letter as letter', translatedColumn('name').as('name')])
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .orderBy('ticket_letter')
      .execute(),
    deskLabels(db, officeId).where('desk.active', '=', true).execute(),
  ]);
  return { ...panel, services, desks: byDeskNumber(desks) };
}
