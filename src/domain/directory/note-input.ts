import { instantOf } from '../organisation/office-time.ts';
import type { FormValues } from '../organisation/form-values.ts';
import { one } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';
import type { Translated } from '../shared/translated.ts';

/** The longest note: a sentence or two that the Information Point reads at a glance. */
export const NOTE_MAX_LENGTH = 300;

export interface NoteInput {
  unitId: number;
  serviceId: number | null;
  text: Translated;
  validFrom: Date;
  validUntil: Date;
  shownToResidents: boolean;
}

/**
 * Reads the form of a note to the Information Point (basic standard 8): the unit, optionally the matter, the
 * text (Polish required), from and until as office date and time. Shown to residents only at a matter.
 * @example readNote({ unit_id: '2', text_pl: 'CEPiK nie działa', from_date: '2026-12-03', from_time: '08:00', until_date: '2026-12-03', until_time: '12:00' })
 */
export function readNote(form: FormValues): NoteInput {
  const v = new FieldCheck();
  const unitId = v.integer('unit_id', one(form, 'unit_id'), { min: 1, max: 2_147_483_647 }) ?? 0;
  const serviceId = v.integer('service_id', one(form, 'service_id'), { min: 1, max: 2_147_483_647, optional: true });
  const text: Translated = {
    pl: v.text('text_pl', one(form, 'text_pl'), { max: NOTE_MAX_LENGTH }),
    en: v.text('text_en', one(form, 'text_en'), { max: NOTE_MAX_LENGTH, optional: true }),
    uk: v.text('text_uk', one(form, 'text_uk'), { max: NOTE_MAX_LENGTH, optional: true }),
  };
  const fromDate = v.date('from_date', one(form, 'from_date'));
  const fromTime = v.time('from_time', one(form, 'from_time'));
  const untilDate = v.date('until_date', one(form, 'until_date'));
  const untilTime = v.time('until_time', one(form, 'until_time'));
  const shownToResidents = v.flag(one(form, 'shown_to_residents'));
  const validFrom = fromDate && fromTime ? instantOf(fromDate, fromTime) : new Date(0);
  const validUntil = untilDate && untilTime ? instantOf(untilDate, untilTime) : new Date(0);
  if (fromDate && fromTime && untilDate && untilTime && validUntil <= validFrom) v.fail('until_date', 'directory.errors.untilBeforeFrom');
  if (shownToResidents && serviceId === null && !v.has('service_id')) v.fail('service_id', 'directory.errors.residentsNeedMatter');
  v.done();
  return { unitId, serviceId, text, validFrom, validUntil, shownToResidents };
}

/** Whether a note is in force at an instant. */
export function noteInForce(note: { validFrom: Date; validUntil: Date }, now: Date): boolean {
  return note.validFrom <= now && now < note.validUntil;
}
