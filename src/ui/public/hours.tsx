import type { PublicBuilding, PublicUnit } from '../../app/organisation/index.ts';
import type { PageContext } from '../components/context.ts';
import { weekdayName } from '../i18n/index.ts';
import { closedReason, dayLabel, statusWords, type StatusTone } from './wording.ts';
import { inLanguage } from '../../domain/shared/translated.ts';

const TONE_CLASS: Record<StatusTone, string> = { open: 'tag tag--open', later: 'tag tag--later', closed: 'tag tag--closed' };

/** Today's status of a building: a coloured tag with words (colour is never the only signal). */
export function BuildingStatus({ ctx, building }: { ctx: PageContext; building: PublicBuilding }) {
  const words = statusWords(ctx.t, ctx.locale, building.status);
  return (
    <div class="status">
      <p class="status__headline">
        <strong class={TONE_CLASS[words.tone]}>{words.headline}</strong>
      </p>
      {words.next && <p class="status__next">{words.next}</p>}
    </div>
  );
}

/** The actual hours of the next seven days, holidays and local exceptions included. */
export function WeekTable({ ctx, building }: { ctx: PageContext; building: PublicBuilding }) {
  const { t, locale } = ctx;
  return (
    <div class="table-wrap">
      <table class="hours-table">
        <caption>{t('public.home.weekCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('public.home.day')}</th>
            <th scope="col">{t('public.home.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {building.week.map((day, i) => {
            let hours: string;
            if (day.open) {
              hours = day.shortened
                ? t('public.home.shorter', { opens: day.opens, closes: day.closes, reason: inLanguage(day.shortened, locale).value })
                : t('public.home.range', { opens: day.opens, closes: day.closes });
            } else {
              const reason = closedReason(t, locale, day.reason);
              hours = reason === '' ? t('public.home.closed') : t('public.home.closedBecause', { reason });
            }
            return (
              <tr key={day.date} class={day.open ? undefined : 'hours-table__closed'}>
                <th scope="row">
                  {dayLabel(locale, day.date)}
                  {i === 0 && <> {t('public.home.today')}</>}
                </th>
                <td>{hours}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A unit's own weekly hours, Monday to Sunday. */
export function UnitHoursTable({ ctx, unit }: { ctx: PageContext; unit: PublicUnit }) {
  if (!unit.hours) return null;
  const { t, locale } = ctx;
  return (
    <div class="table-wrap">
      <table class="hours-table">
        <caption>{t('public.home.unitHours')}</caption>
        <tbody>
          {unit.hours.map((day) => (
            <tr key={day.weekday}>
              <th scope="row">{weekdayName(locale, day.weekday)}</th>
              <td>{day.hours ? t('public.home.range', { opens: day.hours.opens, closes: day.hours.closes }) : t('public.home.closed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
