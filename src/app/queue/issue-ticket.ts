import { officeDate } from '../../domain/organisation/index.ts';
import {
  decideIssue,
  isPriorityReasonCode,
  type IssuingRules,
  type PriorityReasonCode,
  type WaitEstimate,
} from '../../domain/queue/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { issueTicketRow } from '../../storage/ticket-issuing.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { newPublicCode } from './public-code.ts';
import { refusalError } from './refusal.ts';
import { issueSetup } from './issue-setup.ts';
import { estimateFor, ticketFigures } from './wait-figures.ts';
import type { WaitingPlace } from './waiting-place.ts';

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
  serviceName: Translated;
  priority: boolean;
  /** The booked time a booking's ticket is called at ("Wizyta o 10:30"); null for any other ticket. */
  bookedFor: Date | null;
  where: WaitingPlace;
  /** Null when it could not be read after the ticket was committed. */
  peopleAhead: number | null;
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
  const setup = await issueSetup(deps.db, officeId, input.serviceId, day);
  if (!setup) throw invalid({ serviceId: { key: 'queue.issue.unknownService' } });
  const { service, hours, where } = setup;
  const rules: IssuingRules = {
    active: service.active,
    dailyLimit: service.dailyLimit,
    stopIssuingMinutesBeforeClosing: service.stopIssuingMinutes,
    priorityReasons: setup.priorityReasons.filter(isPriorityReasonCode),
  };
  const ticketRequest = { priorityReason, booked: false };
  // Everything but the limit is decided before taking the counter's lock, so refusals do not queue behind issues.
  const early = decideIssue(rules, hours, { at: now, issuedToday: 0, ticket: ticketRequest });
  if (!early.ok) throw refusalError(early.refusal, input.locale);

  // One statement: number, limit, ticket, event, audit (see issueTicketRow for why).
  const publicCode = newPublicCode();
  const outcome = await issueTicketRow(deps.db, {
    officeId,
    serviceId: service.id,
    letter: service.letter,
    officeDay: day,
    at: now,
    publicCode,
    priorityReason,
    source: input.source,
    groundFloor: input.groundFloor,
    bookedFor: null,
    bookingId: null,
    dailyLimit: rules.dailyLimit,
    actor,
  });
  if (!outcome.issued) throw refusalError({ code: 'limit_reached', limit: rules.dailyLimit ?? 0 }, input.locale);
  const issued = { ticketId: outcome.ticketId, number: outcome.formatted, publicCode };
  // Read after commit, outside the counter's lock: the next kiosk need not wait for this kiosk's figures.
  // The ticket is committed: a failed read must not turn it into an error, the figures only become unknown.
  const figures = await ticketFigures(
    deps.db,
    officeId,
    { id: issued.ticketId, serviceId: service.id, arrivedAt: now, priority: priorityReason !== null },
    now,
  ).catch(() => null);
  return {
    ...issued,
    serviceId: service.id,
    serviceName: service.names,
    priority: priorityReason !== null,
    bookedFor: null,
    where,
    peopleAhead: figures?.ahead ?? null,
    estimate: figures ? estimateFor(figures.figures, figures.ahead) : { kind: 'unknown' },
    issuedAt: now,
  };
}
