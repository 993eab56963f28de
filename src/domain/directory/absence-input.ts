import type { FormValues } from '../organisation/form-values.ts';
import { one } from '../organisation/form-values.ts';
import type { OfficeDate } from '../organisation/office-time.ts';
import { FieldCheck } from '../shared/validate.ts';

/** The longest absence one entry may cover; a longer one is entered again for the next year. */
export const MAX_ABSENCE_DAYS = 366;

export interface AbsenceInput {
  staffId: number;
  startsOn: OfficeDate;
  endsOn: OfficeDate;
}

const dayNumber = (date: OfficeDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Reads the absence form of a unit's head: who, from and until (both days included).
 * @example readAbsence({ staff_id: '3', starts_on: '2026-12-07', ends_on: '2026-12-11' })
 */
export function readAbsence(form: FormValues): AbsenceInput {
  const v = new FieldCheck();
  const staffId = v.integer('staff_id', one(form, 'staff_id'), { min: 1, max: 2_147_483_647 }) ?? 0;
  const startsOn = v.date('starts_on', one(form, 'starts_on'));
  const endsOn = v.date('ends_on', one(form, 'ends_on'));
  if (startsOn && endsOn) {
    if (endsOn < startsOn) v.fail('ends_on', 'directory.errors.endsBeforeStarts');
    else if (dayNumber(endsOn) - dayNumber(startsOn) > MAX_ABSENCE_DAYS)
      v.fail('ends_on', 'directory.errors.absenceTooLong', { max: MAX_ABSENCE_DAYS });
  }
  v.done();
  return { staffId, startsOn: startsOn ?? '', endsOn: endsOn ?? '' };
}

/** Whether someone with these absences is away on a date. */
export function awayOn(absences: readonly { startsOn: OfficeDate; endsOn: OfficeDate }[], date: OfficeDate): boolean {
  return absences.some((a) => a.startsOn <= date && date <= a.endsOn);
}
