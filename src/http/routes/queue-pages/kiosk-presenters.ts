import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type {
  IssuedTicket,
  KioskBuilding,
  KioskChoices,
  KioskService,
  KioskTicketSetting,
  WaitingPlace,
} from '../../../app/queue/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { KioskChoice, KioskServiceChoice, KioskUnitChoice, PriorityChoice } from '../../../ui/queue/kiosk-pages.tsx';
import { presentEstimate, whereLines } from '../queue-api/presenters.ts';
import { keyPart } from '../../../ui/i18n/index.ts';

/** A new key for one issue form: a retry of that form gets the same ticket (see ISSUE_KEY_PATTERN). */
export function newIssueKey(): string {
  return randomBytes(16).toString('base64url');
}

/** "ul. Szkolna 28, 97-300 Piotrków Trybunalski". */
function addressOf(request: FastifyRequest, building: KioskBuilding): string {
  return request.t('queue.kiosk.where.address', { street: building.street, postalCode: building.postalCode, city: building.city });
}

/** The building of a place when it is not the one the kiosk stands in; null when it is, or either is unknown. */
export function otherBuilding(
  place: Pick<WaitingPlace, 'buildingId'>,
  site: { buildings: readonly KioskBuilding[]; kioskBuildingId: number | null },
): KioskBuilding | null {
  if (site.kioskBuildingId === null || place.buildingId === undefined || place.buildingId === null) return null;
  if (place.buildingId === site.kioskBuildingId) return null;
  return site.buildings.find((b) => b.id === place.buildingId) ?? null;
}

/** Whether a ground-floor ticket means a clerk comes down: the place is known to be above or below it. */
function awayFromGroundFloor(where: WaitingPlace): boolean {
  return where.floor !== null && where.floor !== 0;
}

/** Where to wait, as the kiosk's screen and printed ticket say it, with the building's address when it is another one. */
export interface KioskPlace {
  /** Building, its address and the way there when it is another one, floor, room: one printed line each. */
  lines: string[];
  /** The same in one line for the screen, without the way there (the screen says it in a banner). */
  text: string;
  /** "Ta sprawa jest w innym budynku: …" on the screen; null in the kiosk's own building. */
  elsewhere: string | null;
}

/**
 * Where a ticket's holder waits: for a ground-floor ticket whose place is upstairs, the ground floor of that
 * building (a clerk comes down, seed 7.1); in another building, its address and that one has to go there.
 * @example kioskPlace(request, where, setting).lines // ['Budynek A', 'ul. Szkolna 28, 97-300 Piotrków Trybunalski', 'To inny budynek: …', 'parter', 'pokój A.0.5']
 */
export function kioskPlace(request: FastifyRequest, where: WaitingPlace, setting: Omit<KioskTicketSetting, 'priorityReason'>): KioskPlace {
  const building = otherBuilding(where, setting);
  const place = setting.groundFloor && awayFromGroundFloor(where) ? { ...where, floor: null, room: null } : where;
  const [name, ...rest] = whereLines(request, place);
  if (setting.groundFloor && awayFromGroundFloor(where)) rest.push(request.t('queue.kiosk.where.groundFloor'));
  const address = building ? addressOf(request, building) : null;
  const head = [name ?? '', ...(address ? [address] : [])].filter((line) => line !== '');
  return {
    lines: [...head, ...(address ? [request.t('queue.kiosk.where.otherBuilding')] : []), ...rest],
    text: [...head, ...rest].join(', '),
    elsewhere: building && address ? request.t('queue.kiosk.result.elsewhere', { building: building.name, address }) : null,
  };
}

/** How a ticket is served, as the screen's "Obsługa" row says it; null for a regular ticket. */
export function careText(request: FastifyRequest, setting: KioskTicketSetting): string | null {
  const parts: string[] = [];
  if (setting.priorityReason)
    parts.push(request.t('queue.kiosk.care.priority', { reason: inLanguage(setting.priorityReason.name, request.locale).value }));
  if (setting.groundFloor) parts.push(request.t('queue.kiosk.care.groundFloor'));
  return parts.length === 0 ? null : parts.join(', ');
}

/** How a ticket is served, one printed line each: "Poza kolejnością: Ciąża", "Obsługa na parterze". */
export function careLines(request: FastifyRequest, setting: KioskTicketSetting): string[] {
  const lines: string[] = [];
  if (setting.priorityReason)
    lines.push(request.t('queue.kiosk.print.priority', { reason: inLanguage(setting.priorityReason.name, request.locale).value }));
  if (setting.groundFloor) lines.push(request.t('queue.kiosk.print.groundFloor'));
  return lines;
}

/** The setting of a ticket just issued, from what the issue answered. */
export function issuedSetting(ticket: IssuedTicket): { priorityReason: string | null; groundFloor: boolean } {
  return { priorityReason: ticket.priorityReason, groundFloor: ticket.groundFloor };
}

/** A range such as "ok. 10–15 min" kept on one line (no-break spaces, word joiners around the dash). */
function estimateText(request: FastifyRequest, estimate: KioskService['estimate']): string {
  const text = presentEstimate(request, estimate).text;
  return estimate.kind === 'range' ? text.replace(/ /g, '\u00a0').replace(/–/g, '\u2060–\u2060') : text;
}

/** "W kolejce czekają 3 osoby · ok. 10–15 min"; with nobody waiting, that the next ticket is next. */
function queueText(request: FastifyRequest, service: KioskService): string {
  if (service.waiting === 0)
    return service.estimate.kind === 'next'
      ? request.t('queue.kiosk.queueEmpty')
      : `${request.t('queue.kiosk.queueEmptyNoDesk')} · ${estimateText(request, service.estimate)}`;
  return `${request.t('queue.kiosk.waitingPeople', { n: service.waiting })} · ${estimateText(request, service.estimate)}`;
}

/** Why a service issues no ticket of this kind now, in the tile's words; null when it issues. */
function unavailableText(request: FastifyRequest, service: KioskService, choice: KioskChoice): string | null {
  const refusal = service.refusal;
  // A priority ticket is never refused for the daily limit (seed 7.1).
  if (refusal === null || (choice.priority !== null && refusal.code === 'limit_reached')) return null;
  const values: Record<string, string> = {};
  if (refusal.code === 'before_opening') values.opensAt = refusal.opensAt;
  if (refusal.code === 'after_cutoff') values.cutoffAt = refusal.cutoffAt;
  return request.t(`queue.kiosk.closed.${keyPart(refusal.code)}`, values);
}

/** What a ground-floor ticket means for this service: served there, or what happens instead. */
function groundFloorNote(request: FastifyRequest, service: KioskService, site: KioskChoices): { send: boolean; note: string } {
  if (service.groundFloorPossible) return { send: true, note: request.t('queue.kiosk.groundFloor.offered') };
  if (!awayFromGroundFloor(service.where)) return { send: false, note: request.t('queue.kiosk.groundFloor.offered') };
  const building = site.buildings.find((b) => b.id === service.where.buildingId);
  if (building && !building.hasLift) return { send: false, note: request.t('queue.kiosk.groundFloor.noLift') };
  const place = whereLines(request, { ...service.where, building: '' }).join(', ');
  return { send: false, note: request.t('queue.kiosk.groundFloor.lift', { place }) };
}

function serviceChoice(request: FastifyRequest, service: KioskService, site: KioskChoices, choice: KioskChoice): KioskServiceChoice {
  const notes: string[] = [];
  const building = otherBuilding(service.where, site);
  if (building) notes.push(request.t('queue.kiosk.elsewhere', { building: building.name, street: building.street }));
  let groundFloor = false;
  if (choice.groundFloor) {
    const { send, note } = groundFloorNote(request, service, site);
    groundFloor = send;
    notes.push(note);
  }
  return {
    serviceId: service.serviceId,
    name: inLanguage(service.name, request.locale).value,
    detail: queueText(request, service),
    unavailable: unavailableText(request, service, choice),
    notes,
    issueKey: newIssueKey(),
    groundFloor,
  };
}

/**
 * A screen's word on the hours, when none of its services issues tickets now: before opening (the earliest
 * time; a tile says its own when it differs), after the last ticket, or closed today; null otherwise.
 */
function hoursNotice(request: FastifyRequest, services: readonly KioskService[]): { text: string; opensAt: string | null } | null {
  const refusals = services.map((s) => s.refusal);
  if (refusals.length === 0 || refusals.some((r) => r === null)) return null;
  const before = refusals.flatMap((r) => (r?.code === 'before_opening' ? [r.opensAt] : []));
  if (before.length > 0) {
    const opensAt = [...before].sort()[0]!;
    return { text: request.t('queue.kiosk.hours.beforeOpening', { opensAt }), opensAt };
  }
  const text = closedNotice(request, refusals);
  return text === null ? null : { text, opensAt: null };
}

function closedNotice(request: FastifyRequest, refusals: readonly KioskService['refusal'][]): string | null {
  if (refusals.every((r) => r?.code === 'after_cutoff')) return request.t('queue.kiosk.hours.afterCutoff');
  const closed = refusals.find((r) => r?.code === 'closed_today');
  if (closed?.code === 'closed_today' && refusals.every((r) => r?.code === 'closed_today')) {
    const { reason } = closed;
    if (reason.kind === 'no_hours_on_weekday') return request.t('queue.kiosk.hours.closedToday', { why: 'no_hours', reason: '' });
    const text = reason.kind === 'public_holiday' ? reason.name : reason.reason;
    return request.t('queue.kiosk.hours.closedToday', { why: reason.kind, reason: inLanguage(text, request.locale).value });
  }
  return null;
}

/** The kiosk's start and unit screens, worded for the chosen language and kind of ticket. */
export function kioskScreens(
  request: FastifyRequest,
  choices: KioskChoices,
  choice: KioskChoice,
): { units: KioskUnitChoice[]; mostUsed: KioskServiceChoice[]; notice: string | null } {
  const notice = hoursNotice(
    request,
    choices.units.flatMap((u) => u.services),
  );
  return {
    units: choices.units.map((u) => {
      const services = u.services.map((s) => serviceChoice(request, s, choices, choice));
      const building = otherBuilding({ buildingId: u.buildingId }, choices);
      const reasons = new Set(services.map((s) => s.unavailable));
      // A unit none of whose services issues now says why, unless the start screen's notice already says the same.
      const same = reasons.size === 1 && !reasons.has(null) ? [...reasons][0]! : null;
      const saidAlready =
        notice !== null &&
        (notice.opensAt === null || u.services.every((s) => s.refusal?.code === 'before_opening' && s.refusal.opensAt === notice.opensAt));
      const unitNotice = hoursNotice(request, u.services);
      return {
        unitId: u.unitId,
        name: inLanguage(u.name, request.locale).value,
        note: building ? request.t('queue.kiosk.elsewhere', { building: building.name, street: building.street }) : null,
        unavailable: saidAlready ? null : same,
        notice: unitNotice?.text ?? null,
        services,
      };
    }),
    mostUsed: choices.mostUsed.map((s) => serviceChoice(request, s, choices, choice)).filter((s) => s.unavailable === null),
    notice: notice?.text ?? null,
  };
}

/** The chosen kind of ticket carried from screen to screen, the priority reason checked against the office's. */
export function kioskChoiceOf(query: { pierwszenstwo?: unknown; parter?: unknown }, reasons: readonly PriorityChoice[]): KioskChoice {
  const code = typeof query.pierwszenstwo === 'string' ? query.pierwszenstwo : '';
  const priority = code === '' ? null : (reasons.find((r) => r.code === code) ?? null);
  // Ground floor only together with priority: seed 7.1 serves out of turn those it brings down to the ground floor.
  return { priority, groundFloor: priority !== null && query.parter === 'tak' };
}
