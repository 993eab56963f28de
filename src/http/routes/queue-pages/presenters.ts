import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { BoardView, DeskPanelWithChoices, KioskChoices, KioskService, PriorityReason, TicketView } from '../../../app/queue/index.ts';
import { officeTime, OFFICE_TIME_ZONE } from '../../../domain/organisation/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { BoardCall, BoardService } from '../../../ui/queue/board-page.tsx';
import type { DeskPanelView } from '../../../ui/queue/desk-panel.tsx';
import type { KioskServiceChoice, KioskUnitChoice, PriorityChoice } from '../../../ui/queue/kiosk-pages.tsx';
import type { TicketFacts } from '../../../ui/queue/ticket-facts.tsx';
import { presentEstimate, presentTicketStatus, whereText } from '../queue-api/presenters.ts';

/**
 * "Wizyta o 10:30": the booked time a booking's ticket is called at, as the screen and the printed ticket say it.
 * @example visitText(request, new Date('2026-11-24T09:30:00Z')) // 'Wizyta o 10:30'
 */
export function visitText(request: FastifyRequest, bookedFor: Date): string {
  return request.t('bookingArrival.ticket.visitAt', { time: officeTime(bookedFor) });
}

/**
 * A QR code of an address as inline SVG (drawn by the `qrcode` package from the address alone).
 * @example const svg = await qrSvg('https://urzad.example/bilet/K7QH2MZC9TXA');
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * What a resident is told of a ticket, worded in their language.
 * @example const facts = ticketFacts(request, await ticketView(app.deps, code));
 */
export function ticketFacts(request: FastifyRequest, ticket: TicketView): TicketFacts {
  const { status } = ticket;
  const shown = presentTicketStatus(request, status);
  return {
    number: shown.number,
    service: inLanguage(ticket.serviceName, request.locale).value,
    status: shown.statusText,
    ...(status.bookedFor !== null ? { visit: visitText(request, status.bookedFor) } : {}),
    where: whereText(request, ticket.where),
    peopleAhead: shown.peopleAheadText,
    estimate: shown.estimate?.text ?? null,
  };
}

function kioskServiceChoice(request: FastifyRequest, service: KioskService): KioskServiceChoice {
  return {
    serviceId: service.serviceId,
    letter: service.letter,
    name: inLanguage(service.name, request.locale).value,
    waiting: service.waiting,
    estimate: presentEstimate(request, service.estimate).text,
  };
}

/** The kiosk's units and most used services, worded for its screens. */
export function kioskUnitChoices(
  request: FastifyRequest,
  choices: KioskChoices,
): { units: KioskUnitChoice[]; mostUsed: KioskServiceChoice[] } {
  return {
    units: choices.units.map((u) => ({
      unitId: u.unitId,
      name: inLanguage(u.name, request.locale).value,
      services: u.services.map((s) => kioskServiceChoice(request, s)),
    })),
    mostUsed: choices.mostUsed.map((s) => kioskServiceChoice(request, s)),
  };
}

/** The priority reasons in the kiosk's language. */
export function priorityChoices(request: FastifyRequest, reasons: readonly PriorityReason[]): PriorityChoice[] {
  return reasons.map((r) => ({ code: r.code, name: inLanguage(r.name, request.locale).value }));
}

/** The desk panel's page: its data worded in the clerk's language, the choice lists as options. */
export function deskPanelView(request: FastifyRequest, panel: DeskPanelWithChoices): DeskPanelView {
  const nameOf = new Map(panel.services.map((s) => [s.id, inLanguage(s.name, request.locale).value]));
  const current = panel.current && (panel.current.status === 'called' || panel.current.status === 'serving') ? panel.current : null;
  return {
    today: new Intl.DateTimeFormat(request.locale, { timeZone: OFFICE_TIME_ZONE, dateStyle: 'full' }).format(
      request.server.deps.clock.now(),
    ),
    session: panel.session && { deskNumber: panel.session.deskNumber, status: panel.session.status },
    current: current && {
      ticketId: current.ticketId,
      number: current.number,
      service: nameOf.get(current.serviceId) ?? '',
      status: current.status as 'called' | 'serving',
      recalls: current.recalls,
      priority: current.priority,
    },
    waiting: panel.waiting.map((w) => ({ ...w, name: nameOf.get(w.serviceId) ?? '' })),
    desks: panel.desks.map((d) => ({ value: String(d.id), label: request.t('queue.panel.deskOption', { desk: d.number }) })),
    services: panel.services.map((s) => ({ value: String(s.id), label: `${s.letter} — ${nameOf.get(s.id) ?? ''}` })),
  };
}

/** A board's page: the clock, the calls and the services' waiting counts and estimates, in the board's language. */
export function boardPageView(
  request: FastifyRequest,
  view: BoardView,
): {
  boardName: string;
  buildingName: string | null;
  lastEventId: string;
  clock: string;
  calls: BoardCall[];
  recentCalls: BoardCall[];
  services: BoardService[];
} {
  const call = (c: BoardView['recentCalls'][number]): BoardCall => ({
    ticketId: c.ticketId,
    number: c.number,
    deskNumber: c.deskNumber,
    building: c.building,
  });
  return {
    boardName: view.board.name,
    buildingName: view.building?.name ?? null,
    lastEventId: view.lastEventId,
    clock: new Intl.DateTimeFormat('pl-PL', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(view.at),
    calls: view.calls.map(call),
    recentCalls: view.recentCalls.map(call),
    services: view.services.map((s) => ({
      serviceId: s.serviceId,
      letter: s.letter,
      name: inLanguage(s.name, request.locale).value,
      waiting: s.waiting,
      estimate: s.estimate.kind === 'unknown' ? request.t('queue.board.noEstimate') : presentEstimate(request, s.estimate).text,
    })),
  };
}
