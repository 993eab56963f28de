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
  TicketView,
  WaitingPlace,
} from '../../../app/queue/index.ts';
import { keyPart } from '../../../ui/i18n/index.ts';

/**
 * An estimate as data and as words ("ok. 10–15 min"). A service's estimate (board, kiosk) with nobody waiting
 * says so ("nikt nie czeka"), not "następny w kolejce", which is a ticket's words.
 */
export function presentEstimate(request: FastifyRequest, estimate: WaitEstimate, of: 'ticket' | 'service' = 'ticket') {
  if (estimate.kind === 'range') {
    return {
      kind: estimate.kind,
      fromMinutes: estimate.fromMinutes,
      toMinutes: estimate.toMinutes,
      text: request.t('queue.estimate.range', { from: estimate.fromMinutes, to: estimate.toMinutes }),
    };
  }
  const key = estimate.kind === 'next' && of === 'service' ? 'queue.estimate.nobodyWaiting' : `queue.estimate.${estimate.kind}`;
  return { kind: estimate.kind, fromMinutes: null, toMinutes: null, text: request.t(key) };
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

/** A desk's waiting count in words: "2 osoby", "nikt nie czeka". */
export function waitingText(request: FastifyRequest, n: number): string {
  return request.t('queue.panel.waitingCount', { n });
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
    statusText: request.t(`queue.status.${keyPart(status.status)}`, { desk: status.deskNumber ?? '' }),
    deskNumber: status.deskNumber,
    peopleAhead: status.peopleAhead,
    peopleAheadText: status.peopleAhead === null ? null : peopleAheadText(request, status.peopleAhead),
    estimate: status.estimate === null ? null : presentEstimate(request, status.estimate),
  };
}

/** Where a follower should be: at the desk that called them (and where it is), or where to wait; null once done. */
function followWhere(request: FastifyRequest, view: TicketView): { label: string; text: string } | null {
  const { status, desk } = view;
  if (desk && (status.status === 'called' || status.status === 'serving')) {
    const place = desk.place ? whereText(request, desk.place) : '';
    const text =
      place === ''
        ? request.t('queue.follow.deskOnly', { desk: desk.number })
        : request.t('queue.follow.deskPlace', { desk: desk.number, place });
    return { label: request.t('queue.follow.whereDesk'), text };
  }
  if (status.status === 'waiting') return { label: request.t('queue.ticketFacts.where'), text: whereText(request, view.where) };
  return null;
}

/**
 * What the follow page shows and its stream sends: the status, the service and where to go (both change
 * with a transfer or a call), the page title, and the words announced when the ticket is called.
 * Nobody ahead reads "your number will be called next" once, not beside an estimate saying the same.
 */
export function presentFollowStatus(request: FastifyRequest, view: TicketView) {
  const { status } = view;
  const shown = presentTicketStatus(request, status);
  const next = status.estimate?.kind === 'next';
  const where = followWhere(request, view);
  const desk = status.deskNumber ?? '';
  const called = status.status === 'called';
  const place = view.desk?.place ? whereText(request, view.desk.place) : '';
  return {
    ...shown,
    peopleAheadText: next && status.peopleAhead === 0 ? request.t('queue.follow.nextInLine') : shown.peopleAheadText,
    estimate: next ? null : shown.estimate,
    service: inLanguage(view.serviceName, request.locale).value,
    whereLabel: where?.label ?? null,
    whereText: where?.text ?? null,
    title: called
      ? request.t('queue.follow.titleCalled', { number: status.number, desk })
      : request.t('queue.follow.title', { number: status.number }),
    callText: called
      ? place === ''
        ? request.t('queue.follow.calledHere', { number: status.number, desk })
        : request.t('queue.follow.called', { number: status.number, desk, place })
      : null,
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
        estimate: presentEstimate(request, s.estimate, 'service'),
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
      estimate: presentEstimate(request, s.estimate, 'service'),
    })),
    calls: snapshot.calls.map((c) => ({ ...c, calledAt: c.calledAt.toISOString() })),
    recentCalls: snapshot.recentCalls.map((c) => ({ ...c, calledAt: c.calledAt.toISOString() })),
  };
}

/** The clerk's own desk session, the ticket in hand and the waiting counts of the desk's services. */
export function presentDeskPanel(request: FastifyRequest, panel: DeskPanel) {
  const { session, current } = panel;
  return {
    session: session && { id: session.id, deskId: session.deskId, deskNumber: session.deskNumber, status: session.status },
    current: current && {
      ticketId: current.ticketId,
      number: current.number,
      serviceId: current.serviceId,
      status: current.status,
      recalls: current.recalls,
      transfers: current.transfers,
      priority: current.priority,
      priorityReason: current.priorityReason && {
        code: current.priorityReason.code,
        name: current.priorityReason.name ? inLanguage(current.priorityReason.name, request.locale).value : null,
      },
      groundFloor: current.groundFloor,
      offered: current.offered,
    },
    waiting: panel.waiting,
  };
}

/** What a desk's live stream sends: its waiting counts, in numbers and in words, and the ticket in hand. */
export function presentDeskWaiting(
  request: FastifyRequest,
  counts: { status: 'open' | 'paused'; ticketId: number | null; waiting: DeskPanel['waiting'] } | null,
) {
  if (!counts) return { open: false, status: null, ticketId: null, waiting: [] };
  return {
    open: true,
    status: counts.status,
    ticketId: counts.ticketId,
    waiting: counts.waiting.map((w) => ({ serviceId: w.serviceId, waiting: w.waiting, text: waitingText(request, w.waiting) })),
  };
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
