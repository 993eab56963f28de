import type { ClosedReason, PlaceStatus, PublicHoliday } from '../../domain/organisation/index.ts';
import { dateTimeFormat, type Locale, type Translate } from '../i18n/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';

/**
 * "wtorek, 24 listopada" for 'YYYY-MM-DD' (a calendar date: no time-zone shift).
 * @example dayLabel('pl', '2026-11-24') // 'wtorek, 24 listopada'
 */
export function dayLabel(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function holidayName(t: Translate, holiday: PublicHoliday): string {
  return holiday.key === 'other' ? holiday.namePl : t(`public.holiday.${holiday.key}`);
}

/** Why a day is closed, in words; empty for a regular day off. */
export function closedReason(t: Translate, locale: Locale, reason: ClosedReason): string {
  if (reason.kind === 'holiday') return holidayName(t, reason.holiday);
  if (reason.kind === 'exception') return inLanguage(reason.reason, locale).value;
  return '';
}

/** How a status is shown: open now (green), opening later today (neutral, not the red of closed), or closed. */
export type StatusTone = 'open' | 'later' | 'closed';

/**
 * The status line of a place, its tone and, when closed, its next opening.
 * @example statusWords(t, 'pl', { kind: 'open', closes: '15:30', shortened: null }) // { headline: 'Otwarte do 15:30', next: null, tone: 'open' }
 */
export function statusWords(
  t: Translate,
  locale: Locale,
  status: PlaceStatus,
): { headline: string; next: string | null; tone: StatusTone } {
  switch (status.kind) {
    case 'open':
      return {
        headline: status.shortened
          ? t('public.status.openShort', { time: status.closes, reason: inLanguage(status.shortened, locale).value })
          : t('public.status.open', { time: status.closes }),
        next: null,
        tone: 'open',
      };
    case 'opens_later':
      return {
        headline: status.shortened
          ? t('public.status.opensLaterShort', {
              opens: status.opens,
              closes: status.closes,
              reason: inLanguage(status.shortened, locale).value,
            })
          : t('public.status.opensLater', { opens: status.opens, closes: status.closes }),
        next: null,
        tone: 'later',
      };
    case 'closed_today':
    case 'closed_now': {
      const headline =
        status.kind === 'closed_today'
          ? t('public.status.closedToday', { reason: closedReason(t, locale, status.reason) })
          : t('public.status.closedNow');
      const next = status.next ? t('public.status.next', { day: dayLabel(locale, status.next.date), time: status.next.opens }) : null;
      return { headline, next, tone: 'closed' };
    }
  }
}
