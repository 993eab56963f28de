import { officeTime } from '../organisation/index.ts';
import type { PriorityReasonCode } from './priority-reason.ts';
import { minutesOfTime, timeOfMinutes } from './time-of-day.ts';

/** What an administrator sets per service about issuing tickets. */
export interface IssuingRules {
  active: boolean;
  /** Regular tickets a day; null means no limit. */
  dailyLimit: number | null;
  /** The kiosk stops issuing regular tickets this many minutes before the service closes. */
  stopIssuingMinutesBeforeClosing: number;
  /** The priority reasons the office accepts now. */
  priorityReasons: readonly PriorityReasonCode[];
}

/** A text in every language of the UI, for reasons that come from the office's own calendar. */
export interface LocalisedText {
  pl: string;
  en: string;
  uk: string;
}

/** Why a service does not work on a day: no hours that weekday, a public holiday, or an office exception. */
export type ClosedReason =
  { kind: 'no_hours_on_weekday' } | { kind: 'public_holiday'; name: LocalisedText } | { kind: 'calendar_exception'; reason: LocalisedText };

/** The service's hours on the office day of the request ('HH:MM' or 'HH:MM:SS', Warsaw wall clock). */
export type HoursToday = { open: true; opens: string; closes: string } | { open: false; reason: ClosedReason };

/** The ticket asked for: a priority reason (seed 7.1) or none; booked when it is for a booked visit. */
export interface TicketRequest {
  priorityReason: PriorityReasonCode | null;
  booked: boolean;
}

/** Why no ticket, with what the message needs ("Wydawanie biletów kończy się o 15:30"). */
export type IssueRefusal =
  | { code: 'inactive' }
  | { code: 'closed_today'; reason: ClosedReason }
  | { code: 'before_opening'; opensAt: string }
  | { code: 'after_cutoff'; cutoffAt: string; closesAt: string }
  | { code: 'limit_reached'; limit: number }
  /** Every number of the letter (up to MAX_TICKET_NUMBER) is taken today; found by the counter, not by decideIssue. */
  | { code: 'numbers_used_up'; letter: string }
  | { code: 'unknown_priority_reason' };

export type IssueDecision = { ok: true } | { ok: false; refusal: IssueRefusal };

/**
 * Decides whether a ticket may be issued now. `issuedToday` counts the regular tickets of the service
 * issued on this office day: only they count against the daily limit. Priority tickets are never refused
 * for the limit (seed 7.1: a person with special needs who came in person is served out of turn, not sent
 * home), and tickets for booked visits are exempt from the limit and the cutoff (the visit was promised).
 * All of them need the service active and open now. `hours` must be the hours of the office day of `at`.
 * @example
 * decideIssue(
 *   { active: true, dailyLimit: 50, stopIssuingMinutesBeforeClosing: 30, priorityReasons: [] },
 *   { open: true, opens: '08:00', closes: '16:00' },
 *   { at: new Date('2026-11-24T14:45:00Z'), issuedToday: 12, ticket: { priorityReason: null, booked: false } },
 * ) // { ok: false, refusal: { code: 'after_cutoff', cutoffAt: '15:30', closesAt: '16:00' } }
 */
export function decideIssue(
  rules: IssuingRules,
  hours: HoursToday,
  request: { at: Date; issuedToday: number; ticket: TicketRequest },
): IssueDecision {
  const refuse = (refusal: IssueRefusal): IssueDecision => ({ ok: false, refusal });
  const { ticket } = request;
  if (!rules.active) return refuse({ code: 'inactive' });
  if (ticket.priorityReason !== null && !rules.priorityReasons.includes(ticket.priorityReason)) {
    return refuse({ code: 'unknown_priority_reason' });
  }
  if (!hours.open) return refuse({ code: 'closed_today', reason: hours.reason });

  const now = minutesOfTime(officeTime(request.at));
  const opens = minutesOfTime(hours.opens);
  const closes = minutesOfTime(hours.closes);
  const cutoff = ticket.booked ? closes : closes - rules.stopIssuingMinutesBeforeClosing;
  if (now < opens) return refuse({ code: 'before_opening', opensAt: timeOfMinutes(opens) });
  if (now >= cutoff) return refuse({ code: 'after_cutoff', cutoffAt: timeOfMinutes(cutoff), closesAt: timeOfMinutes(closes) });

  const countsAgainstLimit = ticket.priorityReason === null && !ticket.booked;
  if (countsAgainstLimit && rules.dailyLimit !== null && request.issuedToday >= rules.dailyLimit) {
    return refuse({ code: 'limit_reached', limit: rules.dailyLimit });
  }
  return { ok: true };
}
