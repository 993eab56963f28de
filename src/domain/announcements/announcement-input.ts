import { one, many, type FormValues } from '../organisation/form-values.ts';
import { instantOf, officeDate, officeTime } from '../organisation/office-time.ts';
import { FieldCheck } from '../shared/validate.ts';
import type { Translated } from '../shared/translated.ts';

export const SEVERITIES = ['info', 'warning', 'outage'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Where an announcement shows: the public site, the booking pages, the kiosks, the boards. */
export const PLACES = ['public', 'booking', 'kiosk', 'board'] as const;
export type Place = (typeof PLACES)[number];
/** An announcement is read on a board from across a room: a few sentences, no more. */
export const TEXT_MAX = 500;

/** An announcement as the person wrote it, checked. */
export interface AnnouncementInput {
  severity: Severity;
  text: Translated;
  places: Place[];
  shownFrom: Date;
  /** Null: until withdrawn. */
  shownUntil: Date | null;
}

/** The form's values of a saved announcement (office time), for its edit page. */
export function announcementToForm(a: {
  severity: Severity;
  text: Translated;
  places: readonly Place[];
  shownFrom: Date;
  shownUntil: Date | null;
}): FormValues {
  return {
    severity: a.severity,
    text_pl: a.text.pl,
    text_en: a.text.en,
    text_uk: a.text.uk,
    places: [...a.places],
    from_date: officeDate(a.shownFrom),
    from_time: officeTime(a.shownFrom),
    until_date: a.shownUntil ? officeDate(a.shownUntil) : '',
    until_time: a.shownUntil ? officeTime(a.shownUntil) : '',
  };
}

/**
 * Reads the announcement form: severity, the words in Polish (English and Ukrainian optional), at least one
 * place, from (empty: now) and until (empty: until withdrawn; a date without a time: the end of that day),
 * in office time. Every mistake at once; an end that is not after the start, or already past, is refused.
 * @example readAnnouncement({ severity: 'info', text_pl: 'Nieczynne 24 grudnia', places: ['public'], ... }, now)
 */
export function readAnnouncement(form: FormValues, now: Date): AnnouncementInput {
  const v = new FieldCheck();
  const severity = v.oneOf('severity', one(form, 'severity'), SEVERITIES);
  const text = {
    pl: v.text('text_pl', one(form, 'text_pl'), { max: TEXT_MAX, multiline: true }),
    en: v.text('text_en', one(form, 'text_en'), { max: TEXT_MAX, multiline: true, optional: true }),
    uk: v.text('text_uk', one(form, 'text_uk'), { max: TEXT_MAX, multiline: true, optional: true }),
  };
  const chosen = many(form, 'places');
  const places = PLACES.filter((place) => chosen.includes(place));
  if (chosen.length === 0) v.fail('places', 'announcements.error.noPlace');
  else if (places.length !== new Set(chosen).size) v.fail('places', 'errors.choice');
  const fromDate = v.date('from_date', one(form, 'from_date'), { optional: true });
  const fromTime = v.time('from_time', one(form, 'from_time'), { optional: true });
  const untilDate = v.date('until_date', one(form, 'until_date'), { optional: true });
  const untilTime = v.time('until_time', one(form, 'until_time'), { optional: true });
  if (fromDate === null && fromTime !== null && !v.has('from_time')) v.fail('from_date', 'announcements.error.dateWithTime');
  if (untilDate === null && untilTime !== null && !v.has('until_time')) v.fail('until_date', 'announcements.error.dateWithTime');
  const shownFrom = fromDate === null ? now : instantOf(fromDate, fromTime ?? '00:00');
  let shownUntil: Date | null = null;
  if (untilDate !== null) {
    shownUntil = untilTime === null ? instantOf(untilDate, '23:59') : instantOf(untilDate, untilTime);
    if (shownUntil.getTime() <= now.getTime()) v.fail('until_date', 'announcements.error.endPast');
    else if (!v.has('from_date') && !v.has('from_time') && shownUntil.getTime() <= shownFrom.getTime())
      v.fail('until_date', 'announcements.error.endBeforeStart');
  }
  v.done();
  return { severity: severity!, text, places, shownFrom, shownUntil };
}
