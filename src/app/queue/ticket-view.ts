import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { ticketStatus, type PublicTicketStatus } from './ticket-status.ts';
import { placeOfService, type WaitingPlace } from './waiting-place.ts';

/** What a resident is told of a ticket on its follow page, the kiosk's screen and the printable ticket. */
export interface TicketView {
  status: PublicTicketStatus;
  serviceName: Translated;
  where: WaitingPlace;
  issuedAt: Date;
}

/**
 * A ticket by its public code with its service's name, where to wait and when it was issued; 404 for an
 * unknown or malformed code. Public: the code is the only key, nothing personal is read.
 * @example const { status, serviceName, where } = await ticketView(deps, 'K7QH2MZC9TXA');
 */
export async function ticketView(deps: Pick<UseCaseDeps, 'db' | 'clock'>, code: string): Promise<TicketView> {
  const { db } = deps;
  const status = await ticketStatus(deps, code);
  const [service, ticket, where] = await Promise.all([
    db.selectFrom('service').select(translatedColumn('name').as('name')).where('id', '=', status.serviceId).executeTakeFirstOrThrow(),
    db.selectFrom('ticket').select('issued_at').where('id', '=', status.ticketId).executeTakeFirstOrThrow(),
    placeOfService(db, status.serviceId),
  ]);
  return { status, serviceName: service.name, where, issuedAt: ticket.issued_at };
}
