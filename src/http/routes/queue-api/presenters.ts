import type { FastifyRequest } from 'fastify';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { WaitEstimate } from '../../../domain/queue/index.ts';
import type {
  DeskPanel,
  IssuedTicket,
  KioskChoices,
  PublicTicketStatus,
  QueueEvent,
  QueueSnapshot,
  WaitingPlace,
} from '../../../app/queue/index.ts';

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

/** Where to wait as printed lines: building, floor, room (the empty ones left out). */
export function whereLines(request: FastifyRequest, where: WaitingPlace): string[] {
  const lines = [where.building];
  if (where.floor !== null)
    lines.push(where.floor === 0 ? request.t('queue.where.groundFloor') : request.t('queue.where.floor', { floor: where.floor }));
  if (where.room !== null) lines.push(request.t('queue.where.room', { room: where.room }));
  return lines.filter((line) => line.trim() !== '');
}

/** "Ratusz, piętro 1, pokój 104": where to wait, in the caller's language. */
export function whereText(request: FastifyRequest, where: WaitingPlace): string {
  return whereLines(request, where).join(', ');
}

/** The follow page's address of a ticket. */
export function followUrlOf(request: FastifyRequest, code: string): string {
  return `${request.server.deps.config.publicUrl}/bilet/${code}`;
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
    followUrl: followUrlOf(request, ticket.publicCode),
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

/** The kiosk's menu: units and their services with waiting counts and estimates, and the priority reasons. */
export function presentKioskChoices(request: FastifyRequest, choices: KioskChoices) {
  return {
    units: choices.units.map((u) => ({
      unitId: u.unitId,
      code: u.code,
      name: inLanguage(u.name, request.locale).value,
      services: u.services.map((s) => ({
        serviceId: s.serviceId,
        letter: s.letter,
        name: inLanguage(s.name, request.locale).value,
        waiting: s.waiting,
        estimate: presentEstimate(request, s.estimate),
        issuingNow: s.issuingNow,
        issuedToday: s.issuedToday,
      })),
    })),
    priorityReasons: choices.priorityReasons.map((r) => ({ code: r.code, name: inLanguage(r.name, request.locale).value })),
  };
}

/** The queue now for boards and kiosks: numbers, desks (with their building when the screen should name it) and counts. */
export function presentQueueSnapshot(request: FastifyRequest, snapshot: QueueSnapshot) {
  return {
    lastEventId: snapshot.lastEventId,
    services: snapshot.services.map((s) => ({
      serviceId: s.serviceId,
      letter: s.letter,
      name: inLanguage(s.name, request.locale).value,
      waiting: s.waiting,
      openDesks: s.openDesks,
      estimate: presentEstimate(request, s.estimate),
    })),
    calls: snapshot.calls.map((c) => ({ ...c, calledAt: c.calledAt.toISOString() })),
    recentCalls: snapshot.recentCalls.map((c) => ({ ...c, calledAt: c.calledAt.toISOString() })),
  };
}

/** The clerk's own desk session, the ticket in hand and the waiting counts of the desk's services. */
export function presentDeskPanel(panel: DeskPanel) {
  return { session: panel.session, current: panel.current, waiting: panel.waiting };
}

/** What a board is sent of an event: numbers and desks (the payload never holds a person or a public code). */
export function presentBoardEvent(event: QueueEvent) {
  return { id: event.id, kind: event.kind, at: event.at.toISOString(), ticketId: event.ticketId, deskId: event.deskId, ...event.payload };
}

/** What a ticket's follower is sent of the ticket's own event. */
export function presentTicketEvent(event: QueueEvent) {
  return {
    kind: event.kind,
    at: event.at.toISOString(),
    number: event.payload.number,
    status: event.payload.status,
    deskNumber: event.payload.deskNumber ?? null,
  };
}
