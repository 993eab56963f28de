import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { ticketStatus, type PublicTicketStatus } from './ticket-status.ts';
import { placeOfDesk, placeOfService, type WaitingPlace } from './waiting-place.ts';

/** What is around a ticket's status: its service's name, where to wait, and the desk that called it. */
export interface TicketSurroundings {
  serviceName: Translated;
  where: WaitingPlace;
  /** While called or being served: the desk and where it is, so the resident knows where to go. */
  desk: { number: string; place: WaitingPlace | null } | null;
  issuedAt: Date;
}

/** What a resident is told of a ticket on its follow page, the kiosk's screen and the printable ticket. */
export interface TicketView extends TicketSurroundings {
  status: PublicTicketStatus;
}

/**
 * The service's name, the waiting place and the calling desk's place of a ticket's status. They change only
 * with the service (a transfer) or the desk: a follower's stream reads them again only then.
 * @example const { serviceName, where, desk } = await ticketSurroundings(deps, await ticketStatus(deps, code));
 */
export async function ticketSurroundings(deps: Pick<UseCaseDeps, 'db'>, status: PublicTicketStatus): Promise<TicketSurroundings> {
  const { db } = deps;
  const [service, ticket, where, deskPlace] = await Promise.all([
    db.selectFrom('service').select(translatedColumn('name').as('name')).where('id', '=', status.serviceId).executeTakeFirstOrThrow(),
    db.selectFrom('ticket').select('issued_at').where('id', '=', status.ticketId).executeTakeFirstOrThrow(),
    placeOfService(db, status.serviceId),
    status.deskId === null ? null : placeOfDesk(db, status.deskId),
  ]);
  const desk = status.deskNumber === null ? null : { number: status.deskNumber, place: deskPlace };
  return { serviceName: service.name, where, desk, issuedAt: ticket.issued_at };
}

/**
 * A ticket by its public code with its service's name, where to wait, the desk that called it and when it
 * was issued; 404 for an unknown or malformed code. Public: the code is the only key, nothing personal is read.
 * @example const { status, serviceName, where } = await ticketView(deps, 'K7QH2MZC9TXA');
 */
export async function ticketView(deps: Pick<UseCaseDeps, 'db' | 'clock'>, code: string): Promise<TicketView> {
  const status = await ticketStatus(deps, code);
  return { status, ...(await ticketSurroundings(deps, status)) };
}
