import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { ticketStatus } from '../../../app/queue/index.ts';
import { officeTime } from '../../../domain/organisation/index.ts';
import { placeOfService, type WaitingPlace } from '../../../app/queue/waiting-place.ts';
import type { TicketFacts } from '../../../ui/queue/ticket-facts.tsx';
import { presentTicketStatus, whereText } from '../queue-api/presenters.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';

/** Where to wait as printed lines: building, floor, room. */
export function whereLines(request: FastifyRequest, where: WaitingPlace): string[] {
  const lines = [where.building];
  if (where.floor !== null)
    lines.push(where.floor === 0 ? request.t('queue.where.groundFloor') : request.t('queue.where.floor', { floor: where.floor }));
  if (where.room !== null) lines.push(request.t('queue.where.room', { room: where.room }));
  return lines.filter((line) => line.trim() !== '');
}

/**
 * "Wizyta o 10:30": the booked time a booking's ticket is called at, as the screen and the printed ticket say it.
 * @example visitText(request, new Date('2026-11-24T09:30:00Z')) // 'Wizyta o 10:30'
 */
export function visitText(request: FastifyRequest, bookedFor: Date): string {
  return request.t('bookingArrival.ticket.visitAt', { time: officeTime(bookedFor) });
}

/** The follow page's address of a ticket. */
export function followUrlOf(request: FastifyRequest, code: string): string {
  return `${request.server.deps.config.publicUrl}/bilet/${code}`;
}

/**
 * A QR code of an address as inline SVG (drawn by the `qrcode` package from the address alone).
 * @example const svg = await qrSvg('https://urzad.example/bilet/K7QH2MZC9TXA');
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * What a resident is told of a ticket by its public code, worded in their language; 404 for an unknown code.
 * @example const { facts } = await ticketFactsOf(request, code);
 */
export async function ticketFactsOf(request: FastifyRequest, code: string): Promise<{ facts: TicketFacts; issuedAt: Date }> {
  const { db, clock } = request.server.deps;
  const status = await ticketStatus(db, code, clock.now());
  const [service, ticket, where] = await Promise.all([
    db
      .selectFrom('service')
      .select(['name_pl as pl', 'name_en as en', 'name_uk as uk'])
      .where('id', '=', status.serviceId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('ticket').select('issued_at').where('id', '=', status.ticketId).executeTakeFirstOrThrow(),
    placeOfService(db, status.serviceId),
  ]);
  const shown = presentTicketStatus(request, status);
  return {
    facts: {
      number: shown.number,
      service: inLanguage(service, request.locale).value,
      status: shown.statusText,
      ...(status.bookedFor !== null ? { visit: visitText(request, status.bookedFor) } : {}),
      where: whereText(request, where),
      peopleAhead: shown.peopleAheadText,
      estimate: shown.estimate?.text ?? null,
    },
    issuedAt: ticket.issued_at,
  };
}
