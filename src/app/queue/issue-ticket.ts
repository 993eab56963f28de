import { officeDate } from '../../domain/organisation/index.ts';
import { decideIssue, isPriorityReasonCode, type IssuingRules, type PriorityReasonCode, type WaitEstimate } from '../../domain/queue/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { recordQueueEvent, takeTicketNumber } from '../../storage/queue-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { newPublicCode } from './public-code.ts';
import { refusalError } from './refusal.ts';
import { serviceHoursOn } from './service-hours.ts';
import { numberOf } from './ticket-record.ts';
import { estimateFor, peopleAhead, serviceFigures, type ServiceFigures } from './wait-figures.ts';
import { placeOfService, type WaitingPlace } from './waiting-place.ts';

export interface IssueTicketInput {
  serviceId: number;
  /** A priority reason code (seed 7.1) or null for a regular ticket. */
  priorityReason: string | null;
  /** The resident cannot go upstairs: a clerk comes down (seed 7.1). */
  groundFloor: boolean;
  source: 'kiosk' | 'information_point';
  /** The language of the person at the kiosk, for reasons the office typed (a closure's reason). */
  locale: 'pl' | 'en' | 'uk';
}

export interface IssuedTicket {
  ticketId: number;
  number: string;
  publicCode: string;
  serviceId: number;
  serviceName: { pl: string; en: string; uk: string };
  priority: boolean;
  where: WaitingPlace;
  peopleAhead: number;
  estimate: WaitEstimate;
  issuedAt: Date;
}

/**
 * Issues a ticket at a kiosk or at the Information Point: the service's hours today from the office
 * calendar and its rules decide (`decideIssue`); a refusal is a 409 that says why and what to do. The
 * number comes from the per-letter counter row, locked until commit, so two kiosks never share a number
 * and the daily limit is counted under the same lock.
 * @example await issueTicket(deps, { serviceId: 3, priorityReason: null, groundFloor: false, source: 'kiosk' }); // { number: 'A012', … }
 */
export async function issueTicket(deps: UseCaseDeps, input: IssueTicketInput): Promise<IssuedTicket> {
  const { actor } = deps;
  const officeId = actor.officeId;
  if (input.priorityReason !== null && !isPriorityReasonCode(input.priorityReason)) {
    throw invalid({ priorityReason: { key: 'queue.refusal.unknown_priority_reason' } });
  }
  const priorityReason: PriorityReasonCode | null = input.priorityReason;
  const now = deps.clock.now();
  const day = officeDate(now);
  const service = await deps.db.selectFrom('service')
    .select(['id', 'unit_id', 'ticket_letter', 'name_pl', 'name_en', 'name_uk', 'active', 'daily_ticket_limit', 'stop_issuing_minutes'])
    .where('id', '=', input.serviceId).where('office_id', '=', officeId).executeTakeFirst();
  if (!service) throw invalid({ serviceId: { key: 'queue.issue.unknownService' } });
  const [hours, reasons, where] = await Promise.all([
    serviceHoursOn(deps.db, officeId, service.unit_id, day),
    deps.db.selectFrom('priority_reason').select('code').where('office_id', '=', officeId).where('active', '=', true).execute(),
    placeOfService(deps.db, service.id),
  ]);
  const rules: IssuingRules = {
    active: service.active,
    dailyLimit: service.daily_ticket_limit,
    stopIssuingMinutesBeforeClosing: service.stop_issuing_minutes,
    priorityReasons: reasons.map((r) => r.code as PriorityReasonCode),
  };
  const ticketRequest = { priorityReason, booked: false };
  // Everything but the limit is decided before taking the counter's lock, so refusals do not queue behind issues.
  const early = decideIssue(rules, hours, { at: now, issuedToday: 0, ticket: ticketRequest });
  if (!early.ok) throw refusalError(early.refusal, input.locale);

  const issued = await deps.db.transaction().execute(async (tx) => {
    const number = await takeTicketNumber(tx, officeId, service.ticket_letter, day);
    // Counted under the counter's lock, so two kiosks cannot both take the last ticket of the limit.
    const issuedToday = rules.dailyLimit === null ? 0 : Number((await tx.selectFrom('ticket').select((eb) => eb.fn.countAll<string>().as('n'))
      .where('office_id', '=', officeId).where('letter', '=', service.ticket_letter).where('office_day', '=', day)
      .where('priority_reason', 'is', null).where('source', '<>', 'booking').executeTakeFirstOrThrow()).n);
    const decision = decideIssue(rules, hours, { at: now, issuedToday, ticket: ticketRequest });
    if (!decision.ok) throw refusalError(decision.refusal, input.locale);
    const publicCode = newPublicCode();
    const row = await tx.insertInto('ticket').values({
      office_id: officeId, service_id: service.id, letter: service.ticket_letter, office_day: day, number, public_code: publicCode,
      priority_reason: priorityReason, source: input.source, issued_at: now, arrived_at: now, ground_floor: input.groundFloor,
      issued_by_device_id: actor.kind === 'device' ? actor.id : null,
      issued_by_staff_id: actor.kind === 'staff' ? actor.id : null,
    }).returning(['id']).executeTakeFirstOrThrow();
    const formatted = numberOf({ letter: service.ticket_letter, number });
    await recordQueueEvent(tx, {
      officeId, at: now, kind: 'ticket.issued', ticketId: row.id, deskId: null,
      payload: { number: formatted, serviceId: service.id, status: 'waiting', priority: priorityReason !== null },
    });
    await appendAudit(tx, actor, now, {
      action: 'ticket.issue', subjectType: 'ticket', subjectId: row.id,
      details: { serviceId: service.id, number: formatted, source: input.source, priorityReason, groundFloor: input.groundFloor },
    });
    return { ticketId: row.id, number: formatted, publicCode };
  });
  // Read after commit, outside the counter's lock: the next kiosk need not wait for this kiosk's figures.
  const ahead = await peopleAhead(deps.db, { id: issued.ticketId, serviceId: service.id, arrivedAt: now, priority: priorityReason !== null });
  // The ticket is committed: a failed estimate must not turn it into an error, it only becomes unknown.
  const figures = await serviceFigures(deps.db, officeId, now).catch(() => new Map<number, ServiceFigures>());
  return {
    ...issued,
    serviceId: service.id,
    serviceName: { pl: service.name_pl, en: service.name_en, uk: service.name_uk },
    priority: priorityReason !== null,
    where,
    peopleAhead: ahead,
    estimate: estimateFor(figures.get(service.id), ahead),
    issuedAt: now,
  };
}
