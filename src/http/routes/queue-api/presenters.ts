import type { FastifyRequest } from 'fastify';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { WaitEstimate } from '../../../domain/queue/index.ts';
import type { IssuedTicket, PublicTicketStatus } from '../../../app/queue/index.ts';
import type { WaitingPlace } from '../../../app/queue/waiting-place.ts';

/** An estimate as data and as words ("ok. 10–15 min"). */
export function presentEstimate(request: FastifyRequest, estimate: WaitEstimate) {
  if (estimate.kind === 'range') {
    return {
      kind: estimate.kind,
      fromMinutes: estimate.fromMinutes,
      toMinutes: estimate.toMinutes,
      text: request.t('queue.estimate.range', { from: estimate.fromMinutes, to: estimate.toMinutes }),
    };
  }
  return { kind: estimate.kind, fromMinutes: null, toMinutes: null, text: request.t(`queue.estimate.${estimate.kind}`) };
}

/** "Ratusz, piętro 1, pokój 104": where to wait, in the caller's language. */
export function whereText(request: FastifyRequest, where: WaitingPlace): string {
  const parts = [where.building];
  if (where.floor !== null)
    parts.push(where.floor === 0 ? request.t('queue.where.groundFloor') : request.t('queue.where.floor', { floor: where.floor }));
  if (where.room !== null) parts.push(request.t('queue.where.room', { room: where.room }));
  return parts.filter((p) => p !== '').join(', ');
}

/** "3 osoby przed Tobą", or that nobody is ahead. */
export function peopleAheadText(request: FastifyRequest, n: number): string {
  return n === 0 ? request.t('queue.peopleAhead.none') : request.t('queue.peopleAhead', { n });
}

/** The kiosk's and Information Point's answer: what the resident needs, with the follow address. */
export function presentIssuedTicket(request: FastifyRequest, ticket: IssuedTicket) {
  const { where } = ticket;
  return {
    ticketId: ticket.ticketId,
    number: ticket.number,
    service: { id: ticket.serviceId, name: inLanguage(ticket.serviceName, request.locale).value },
    priority: ticket.priority,
    where: {
      building: where.building,
      floor: where.floor,
      room: where.room,
      text: whereText(request, where),
    },
    peopleAhead: ticket.peopleAhead,
    peopleAheadText: ticket.peopleAhead === null ? null : peopleAheadText(request, ticket.peopleAhead),
    estimate: presentEstimate(request, ticket.estimate),
    issuedAt: ticket.issuedAt.toISOString(),
    followUrl: `${request.server.deps.config.publicUrl}/bilet/${ticket.publicCode}`,
  };
}

/** The public follow page's data: number, status, desk when called, people ahead, estimate — nothing else. */
export function presentTicketStatus(request: FastifyRequest, status: PublicTicketStatus) {
  return {
    number: status.number,
    status: status.status,
    statusText: request.t(`queue.status.${status.status}`, { desk: status.deskNumber ?? '' }),
    deskNumber: status.deskNumber,
    peopleAhead: status.peopleAhead,
    peopleAheadText: status.peopleAhead === null ? null : peopleAheadText(request, status.peopleAhead),
    estimate: status.estimate === null ? null : presentEstimate(request, status.estimate),
  };
}
