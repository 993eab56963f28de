import { officeDate } from '../../domain/organisation/index.ts';
import {
  decideIssue,
  formatTicketNumber,
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
import { issueSetup, type IssueSetup } from './issue-setup.ts';
import { voidUnclaimedTickets } from './unclaimed-tickets.ts';
import { estimateFor, ticketFigures } from './wait-figures.ts';
import type { WaitingPlace } from './waiting-place.ts';

/** What an issue key may look like: the kiosk's pages send 22 characters of base64url. */
export const ISSUE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export interface IssueTicketInput {
  serviceId: number;
  /** A priority reason code (seed 7.1) or null for a regular ticket. */
  priorityReason: string | null;
  /** The resident cannot go upstairs: a clerk comes down (seed 7.1). */
  groundFloor: boolean;
  source: 'kiosk' | 'information_point';
  /** The language of the person at the kiosk, for reasons the office typed (a closure's reason). */
  locale: 'pl' | 'en' | 'uk';
  /**
   * The key a kiosk sent with the request (a device's only): a retry with the same key, after an answer that
   * never arrived, gets the ticket issued the first time instead of a second one.
   */
  issueKey?: string | null;
  /** Issued on the kiosk's own screens: the ticket waits for its page or print (see unclaimed-tickets.ts). */
  awaitingHandout?: boolean;
}

export interface IssuedTicket {
  ticketId: number;
  number: string;
  publicCode: string;
  serviceId: number;
  serviceName: Translated;
  priority: boolean;
  /** The priority reason's code (seed 7.1), or null for a regular ticket. */
  priorityReason: string | null;
  /** Served on the ground floor: a clerk comes down (seed 7.1). */
  groundFloor: boolean;
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
 * and the daily limit is counted under the same lock. A kiosk's key makes a retried request return the
 * ticket of the first (see ISSUE_KEY_PATTERN); a ground-floor ticket needs a service a clerk can serve there.
 * @example await issueTicket(deps, { serviceId: 3, priorityReason: null, groundFloor: false, source: 'kiosk' }); // { number: 'A012', … }
 */
export async function issueTicket(deps: UseCaseDeps, input: IssueTicketInput): Promise<IssuedTicket> {
  const { actor } = deps;
  const officeId = actor.officeId;
  if (input.priorityReason !== null && !isPriorityReasonCode(input.priorityReason)) {
    throw invalid({ priorityReason: { key: 'queue.refusal.unknownPriorityReason' } });
  }
  const issueKey = actor.kind === 'device' ? (input.issueKey ?? null) : null;
  if (issueKey !== null && !ISSUE_KEY_PATTERN.test(issueKey)) throw invalid({ issueKey: { key: 'queue.issue.badKey' } });
  const priorityReason: PriorityReasonCode | null = input.priorityReason;
  const now = deps.clock.now();
  const day = officeDate(now);
  const setup = await issueSetup(deps.db, officeId, input.serviceId, day);
  if (!setup) throw invalid({ serviceId: { key: 'queue.issue.unknownService' } });
  if (input.groundFloor && !setup.service.groundFloorPossible) throw invalid({ groundFloor: { key: 'queue.issue.groundFloorImpossible' } });
  if (issueKey !== null) {
    const earlier = await ticketOfKey(deps, issueKey, input, setup);
    if (earlier) return earlier;
  }
  const { service, hours } = setup;
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
  let outcome;
  try {
    outcome = await issueTicketRow(deps.db, {
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
      issueKey,
      awaitingHandout: input.awaitingHandout === true && actor.kind === 'device',
    });
  } catch (error) {
    // The same key twice at once (a double touch and a retry): the other request issued the ticket.
    const earlier = issueKey !== null && isIssueKeyTaken(error) ? await ticketOfKey(deps, issueKey, input, setup) : null;
    if (earlier) return earlier;
    throw error;
  }
  if (!outcome.issued) {
    const refusal =
      outcome.reason === 'numbers_used_up'
        ? { code: 'numbers_used_up' as const, letter: service.letter }
        : { code: 'limit_reached' as const, limit: rules.dailyLimit ?? 0 };
    throw refusalError(refusal, input.locale);
  }
  if (input.awaitingHandout === true && actor.kind === 'device') {
    // This kiosk's earlier tickets that never reached anybody are cancelled now; a failure leaves them to the next sweep.
    await voidUnclaimedTickets(deps, { justIssuedTicketId: outcome.ticketId }).catch(() => undefined);
  }
  return issuedTicket(deps, setup, {
    ticketId: outcome.ticketId,
    number: outcome.formatted,
    publicCode,
    priorityReason,
    groundFloor: input.groundFloor,
    issuedAt: now,
    arrivedAt: now,
  });
}

function isIssueKeyTaken(error: unknown): boolean {
  const pg = error as { code?: unknown; constraint?: unknown };
  return pg?.code === '23505' && pg.constraint === 'ticket_issue_key';
}

interface IssuedRow {
  ticketId: number;
  number: string;
  publicCode: string;
  priorityReason: string | null;
  groundFloor: boolean;
  issuedAt: Date;
  arrivedAt: Date;
}

/** A committed ticket with what the resident is told: where to wait, people ahead, the estimate. */
async function issuedTicket(deps: UseCaseDeps, setup: IssueSetup, row: IssuedRow): Promise<IssuedTicket> {
  const now = deps.clock.now();
  // Read after commit, outside the counter's lock: the next kiosk need not wait for this kiosk's figures.
  // The ticket is committed: a failed read must not turn it into an error, the figures only become unknown.
  const figures = await ticketFigures(
    deps.db,
    deps.actor.officeId,
    { id: row.ticketId, serviceId: setup.service.id, arrivedAt: row.arrivedAt, priority: row.priorityReason !== null },
    now,
  ).catch(() => null);
  return {
    ticketId: row.ticketId,
    number: row.number,
    publicCode: row.publicCode,
    serviceId: setup.service.id,
    serviceName: setup.service.names,
    priority: row.priorityReason !== null,
    priorityReason: row.priorityReason,
    groundFloor: row.groundFloor,
    bookedFor: null,
    where: setup.where,
    peopleAhead: figures?.ahead ?? null,
    estimate: figures ? estimateFor(figures.figures, figures.ahead) : { kind: 'unknown' },
    issuedAt: row.issuedAt,
  };
}

/**
 * The ticket this device issued with this key, if any. A key is one request: asked again for another
 * service or reason, it is refused (422), as the request was not the one retried.
 */
async function ticketOfKey(deps: UseCaseDeps, key: string, input: IssueTicketInput, setup: IssueSetup): Promise<IssuedTicket | null> {
  const row = await deps.db
    .selectFrom('ticket')
    .select(['id', 'letter', 'number', 'public_code', 'service_id', 'priority_reason', 'ground_floor', 'issued_at', 'arrived_at'])
    .where('issued_by_device_id', '=', deps.actor.id)
    .where('issue_key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  if (row.service_id !== input.serviceId || row.priority_reason !== input.priorityReason || row.ground_floor !== input.groundFloor) {
    throw invalid({ issueKey: { key: 'queue.issue.keyReused' } });
  }
  return issuedTicket(deps, setup, {
    ticketId: row.id,
    number: formatTicketNumber(row.letter, row.number),
    publicCode: row.public_code,
    priorityReason: row.priority_reason,
    groundFloor: row.ground_floor,
    issuedAt: row.issued_at,
    arrivedAt: row.arrived_at,
  });
}
