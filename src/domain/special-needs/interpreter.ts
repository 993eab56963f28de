import { hoursOn, type CalendarInput } from '../organisation/calendar.ts';
import { addDays, type OfficeDate } from '../organisation/office-time.ts';

/** The ways of communicating the act on sign language names (art. 3): PJM, SJM and SKOGN (deafblind). */
export const INTERPRETER_METHODS = ['pjm', 'sjm', 'skogn'] as const;
export type InterpreterMethod = (typeof INTERPRETER_METHODS)[number];
/** What staff may propose instead: another method, or the video interpreter at the Information Point. */
export const PROPOSED_METHODS = ['pjm', 'sjm', 'skogn', 'video'] as const;
export type ProposedMethod = (typeof PROPOSED_METHODS)[number];

/** Why the video interpreter is not available now; shown to residents in their language, so codes, not free text. */
export const UNAVAILABLE_REASONS = ['in_session', 'break', 'technical', 'absent', 'other'] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

export const SESSION_OUTCOMES = ['settled', 'referred', 'interrupted', 'technical_failure'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

/** The act's notice (art. 12 ust. 1): at least 3 working days before the visit. */
export const NOTICE_WORKING_DAYS = 3;
/** How far ahead to look for working days: longer than any closure (Christmas to Epiphany). */
const HORIZON_DAYS = 62;

/**
 * The earliest day an in-person interpreter can be asked for when the request is made on `today`: the
 * `workingDays`-th day after today on which the place is open (public holidays, weekends and the office's own
 * closed days do not count), so a request on Monday may ask for Thursday.
 * @example earliestInterpreterDate(calendar, '2026-12-22') // '2026-12-29' (24–27 December are closed)
 */
export function earliestInterpreterDate(calendar: CalendarInput, today: OfficeDate, workingDays = NOTICE_WORKING_DAYS): OfficeDate | null {
  let counted = 0;
  for (let i = 1; i <= HORIZON_DAYS; i += 1) {
    const date = addDays(today, i);
    if (hoursOn(calendar, date).open) counted += 1;
    if (counted === workingDays) return date;
  }
  return null;
}
