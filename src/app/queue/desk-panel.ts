import type { TicketStatus } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { numberOf } from './ticket-record.ts';

export interface DeskPanel {
  session: { id: number; deskId: number; deskNumber: string; status: 'open' | 'paused' } | null;
  /** The one ticket in hand, if any (seed 6: the panel shows only the current ticket). */
  current: {
    ticketId: number;
    number: string;
    serviceId: number;
    status: TicketStatus;
    recalls: number;
    transfers: number;
    priority: boolean;
    groundFloor: boolean;
  } | null;
  /** Waiting counts of the desk's services. */
  waiting: { serviceId: number; letter: string; waiting: number }[];
}

/** The panel with what its forms offer: the office's active services (transfer) and desks (open, transfer). */
export interface DeskPanelWithChoices extends DeskPanel {
  /** By letter. */
  services: { id: number; letter: string; name: Translated }[];
  /** By number. */
  desks: { id: number; number: string }[];
}

/**
 * What the desk panel shows the acting clerk: their live desk session, the ticket in hand and the waiting
 * counts of the desk's services; nothing about other desks' residents.
 * @example const panel = await deskPanel(deps);
 */
export async function deskPanel(deps: Pick<UseCaseDeps, 'db' | 'actor'>): Promise<DeskPanel> {
  const { db, actor } = deps;
  const session = await db
    .selectFrom('desk_session')
    .innerJoin('desk', 'desk.id', 'desk_session.desk_id')
    .select(['desk_session.id', 'desk_session.status', 'desk.id as deskId', 'desk.number as deskNumber'])
    .where('desk_session.staff_id', '=', actor.id ?? -1)
    .where('desk_session.status', '<>', 'closed')
    .executeTakeFirst();
  if (!session || session.status === 'closed') return { session: null, current: null, waiting: [] };
  const [ticket, waiting] = await Promise.all([
    db
      .selectFrom('ticket')
      .select(['id', 'letter', 'number', 'service_id', 'status', 'recalls', 'transfers', 'priority_reason', 'ground_floor'])
      .where('desk_id', '=', session.deskId)
      .where('status', 'in', ['called', 'serving'])
      .orderBy('called_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('desk_service')
      .innerJoin('service', 'service.id', 'desk_service.service_id')
      .leftJoin('ticket', (join) => join.onRef('ticket.service_id', '=', 'service.id').on('ticket.status', '=', 'waiting'))
      .select(['service.id', 'service.ticket_letter', (eb) => eb.fn.count<string>('ticket.id').as('n')])
      .where('desk_service.desk_id', '=', session.deskId)
      .groupBy(['service.id', 'service.ticket_letter'])
      .orderBy('service.ticket_letter')
      .execute(),
  ]);
  return {
    session: { id: session.id, deskId: session.deskId, deskNumber: session.deskNumber, status: session.status },
    current: ticket
      ? {
          ticketId: ticket.id,
          number: numberOf(ticket),
          serviceId: ticket.service_id,
          status: ticket.status,
          recalls: ticket.recalls,
          transfers: ticket.transfers,
          priority: ticket.priority_reason !== null,
          groundFloor: ticket.ground_floor,
        }
      : null,
    waiting: waiting.map((w) => ({ serviceId: w.id, letter: w.ticket_letter, waiting: Number(w.n) })),
  };
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
    db.selectFrom('desk').select(['id', 'number']).where('office_id', '=', officeId).where('active', '=', true).orderBy('number').execute(),
  ]);
  return { ...panel, services, desks };
}
