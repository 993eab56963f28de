import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { BoardView, DeskLabel, DeskPanelWithChoices, PriorityReason, TicketView } from '../../../app/queue/index.ts';
import { officeTime, OFFICE_TIME_ZONE } from '../../../domain/organisation/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { BoardCall, BoardService } from '../../../ui/queue/board-page.tsx';
import type { DeskPanelView } from '../../../ui/queue/desk-panel.tsx';
import type { DeskTicketView } from '../../../ui/queue/desk-ticket.tsx';
import type { FollowView } from '../../../ui/queue/follow-page.tsx';
import type { PriorityChoice } from '../../../ui/queue/kiosk-pages.tsx';
import type { TicketFacts } from '../../../ui/queue/ticket-facts.tsx';
import { dateTimeFormat } from '../../../ui/i18n/index.ts';
import { presentEstimate, presentFollowStatus, presentTicketStatus, waitingText, whereText } from '../queue-api/presenters.ts';

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

/**
 * The follow page's view: the ticket's facts with where to go now, the page title and, when called, the words
 * of the call (the same the page's live stream sends).
 * @example const view = followView(request, await ticketView(app.deps, code));
 */
export function followView(request: FastifyRequest, ticket: TicketView): FollowView {
  const shown = presentFollowStatus(request, ticket);
  return {
    status: shown.status,
    title: shown.title,
    callText: shown.callText,
    facts: {
      number: shown.number,
      service: shown.service,
      status: shown.statusText,
      ...(ticket.status.bookedFor !== null ? { visit: visitText(request, ticket.status.bookedFor) } : {}),
      where: shown.whereText,
      ...(shown.whereLabel !== null ? { whereLabel: shown.whereLabel } : {}),
      peopleAhead: shown.peopleAheadText,
      estimate: shown.estimate?.text ?? null,
    },
  };
}

/** The priority reasons in the kiosk's language. */
export function priorityChoices(request: FastifyRequest, reasons: readonly PriorityReason[]): PriorityChoice[] {
  return reasons.map((r) => ({ code: r.code, name: inLanguage(r.name, request.locale).value }));
}

/**
 * "Stanowisko 9 — Rejestracja pojazdów (Budynek A, ul. Szkolna 28)": a desk as clerks tell desks apart.
 * @example deskLabel(request, { number: '9', name: 'Kasa', building: 'Budynek A', street: 'ul. Szkolna 28' })
 */
export function deskLabel(request: FastifyRequest, desk: Pick<DeskLabel, 'number' | 'name' | 'building' | 'street'>): string {
  const place = [desk.building, desk.street].filter((part) => part.trim() !== '').join(', ');
  const name = desk.name.trim();
  return request.t(name === '' ? 'queue.panel.deskLabelUnnamed' : 'queue.panel.deskLabel', { desk: desk.number, name, place });
}

function deskTicketView(request: FastifyRequest, panel: DeskPanelWithChoices, serviceName: (id: number) => string): DeskTicketView | null {
  const current = panel.current;
  if (!current || (current.status !== 'called' && current.status !== 'serving')) return null;
  const reason = current.priorityReason;
  const reasonName = reason?.name ? inLanguage(reason.name, request.locale) : null;
  const deskOnGroundFloor = panel.session?.desk.floor === 0;
  return {
    ticketId: current.ticketId,
    number: current.number,
    service: serviceName(current.serviceId),
    status: current.status,
    recalls: current.recalls,
    maxRecalls: current.maxRecalls,
    priority: current.priority ? { reason: reasonName?.value ?? null, lang: reasonName?.lang } : null,
    groundFloor: current.groundFloor ? (deskOnGroundFloor ? 'here' : 'comeDown') : null,
    offered: current.offered,
  };
}

/** The desk panel's page: its data worded in the clerk's language, the choice lists as options. */
export function deskPanelView(request: FastifyRequest, panel: DeskPanelWithChoices): DeskPanelView {
  const nameOf = new Map(panel.services.map((s) => [s.id, inLanguage(s.name, request.locale).value]));
  const serviceName = (id: number): string => nameOf.get(id) ?? '';
  return {
    today: dateTimeFormat(request.locale, { timeZone: OFFICE_TIME_ZONE, dateStyle: 'full' }).format(request.server.deps.clock.now()),
    session: panel.session && {
      deskNumber: panel.session.deskNumber,
      desk: deskLabel(request, { ...panel.session.desk, street: '' }),
      status: panel.session.status,
    },
    current: deskTicketView(request, panel, serviceName),
    waiting: panel.waiting.map((w) => ({ ...w, name: serviceName(w.serviceId), text: waitingText(request, w.waiting) })),
    desks: panel.desks.map((d) => ({ value: String(d.id), label: deskLabel(request, d) })),
    services: panel.services.map((s) => ({ value: String(s.id), label: `${s.letter} — ${serviceName(s.id)}` })),
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
    clock: dateTimeFormat('pl-PL', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(view.at),
    calls: view.calls.map(call),
    recentCalls: view.recentCalls.map(call),
    services: view.services.map((s) => ({
      serviceId: s.serviceId,
      letter: s.letter,
      name: inLanguage(s.name, request.locale).value,
      waiting: s.waiting,
      estimate: s.estimate.kind === 'unknown' ? request.t('queue.board.noEstimate') : presentEstimate(request, s.estimate, 'service').text,
    })),
  };
}
