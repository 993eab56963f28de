import { Temporal } from 'temporal-polyfill';
import { addDays, isoWeekday, publicHoliday, type OfficeDate } from '../organisation/index.ts';

/**
 * The day a complaint or a request must be handled by: one month from the day it was received (art. 237 §1
 * KPA for a complaint; art. 244 §1 for a request, which points to art. 237 §1). A month is counted as art.
 * 57 §3 KPA counts it: it ends on the day of the last month that has the receipt day's number, or on that
 * month's last day when it has no such day (31 January → 28 or 29 February). A deadline that falls on a
 * Saturday or a statutory day off (a Sunday or a public holiday) moves to the next working day (art. 57 §4).
 * The dates are office dates on the Europe/Warsaw calendar.
 * @example complaintDeadline('2027-01-29') // '2027-03-01' (28 February 2027 is a Sunday)
 */
export function complaintDeadline(receivedOn: OfficeDate): OfficeDate {
  const plain = Temporal.PlainDate.from(receivedOn).add({ months: 1 }, { overflow: 'constrain' });
  return nextWorkingDay(plain.toString());
}

/** The date itself when it is a working day, else the first working day after it (no Saturdays, Sundays or holidays). */
export function nextWorkingDay(date: OfficeDate): OfficeDate {
  let day = date;
  while (isoWeekday(day) >= 6 || publicHoliday(day) !== undefined) day = addDays(day, 1);
  return day;
}

/** How a case stands against its deadline today. */
export type DeadlineState = 'done' | 'overdue' | 'dueToday' | 'nearDue' | 'onTime';

/**
 * Where a case stands: handled (answered or left unexamined) → 'done'; past its deadline → 'overdue'; due
 * today; due within `nearDueDays` days → 'nearDue'; else 'onTime'. The deadline is the new date of a notice
 * of delay when there is one (art. 36 KPA).
 * @example deadlineState({ handled: false, dueOn: '2026-12-10', newDueOn: null }, '2026-12-05', 7) // 'nearDue'
 */
export function deadlineState(
  entry: { handled: boolean; dueOn: OfficeDate; newDueOn: OfficeDate | null },
  today: OfficeDate,
  nearDueDays: number,
): DeadlineState {
  if (entry.handled) return 'done';
  const due = entry.newDueOn ?? entry.dueOn;
  if (today > due) return 'overdue';
  if (today === due) return 'dueToday';
  if (addDays(today, nearDueDays) >= due) return 'nearDue';
  return 'onTime';
}
