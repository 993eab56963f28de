import type { ComponentChildren } from 'preact';
import type { BookingPlace, FreeDay, FreeTimeOption } from '../../app/booking/index.ts';
import type { PageContext } from '../components/context.ts';
import { dateTimeFormat, OFFICE_TIME_ZONE, type Locale } from '../i18n/index.ts';
import { isoWeekday } from '../../domain/organisation/index.ts';
import { closedReason, dayLabel } from '../public/wording.ts';

function formatIn(locale: Locale, options: Intl.DateTimeFormatOptions, at: Date): string {
  return dateTimeFormat(locale, { timeZone: OFFICE_TIME_ZONE, ...options }).format(at);
}

/**
 * A visit's start written out in the office's time zone.
 * @example visitWhen(ctx, new Date('2026-12-01T08:30:00Z')) // 'wtorek, 1 grudnia 2026, godz. 09:30'
 */
export function visitWhen(ctx: PageContext, at: Date): string {
  const day = formatIn(ctx.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, at);
  return ctx.t('booking.pages.when', { day, time: clockTime(ctx.locale, at) });
}

/** "09:30" in the office's time zone. */
export function clockTime(locale: Locale, at: Date): string {
  return formatIn(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, at);
}

/**
 * Where a visit takes place, in one line.
 * @example placeText(ctx, where, '3') // 'Ratusz, Pasaż Rudowskiego 10, 97-300 Piotrków Trybunalski; parter, pokój 12, stanowisko 3'
 */
export function placeText(ctx: PageContext, where: BookingPlace, desk?: string): string {
  const address = [where.building, where.street, `${where.postalCode} ${where.city}`.trim()]
    .filter((part) => part.trim() !== '')
    .join(', ');
  const inside: string[] = [];
  if (where.floor !== null) inside.push(ctx.t('booking.pages.where.floor', { floor: where.floor }));
  if (where.room) inside.push(ctx.t('booking.pages.where.room', { room: where.room }));
  if (desk) inside.push(ctx.t('booking.pages.where.desk', { desk }));
  return inside.length > 0 ? `${address}; ${inside.join(', ')}` : address;
}

/** GOV.UK back link, above the question. */
export function BackLink({ ctx, href }: { ctx: PageContext; href: string }) {
  return (
    <a class="back-link" href={href}>
      {ctx.t('booking.pages.back')}
    </a>
  );
}

/** The question page's heading with the flow's name (or the service's) above it. */
export function QuestionHeading({ caption, title }: { caption: string; title: string }) {
  return (
    <h1 class="question__heading">
      <span class="caption">{caption}</span>
      {title}
    </h1>
  );
}

/**
 * The days of the booking window as a list: a day with free times is a link that says how many, a day
 * without is plain text, so the list reads the same to a screen reader and works without JavaScript.
 */
/** Why a day has no free times: the office closed (and why), no bookings of the service that day, or all taken. */
function withoutTimes(ctx: PageContext, day: FreeDay): string {
  const without = day.without;
  if (without === null) return ctx.t('booking.pages.day.none');
  if (without.kind === 'not_booked') return ctx.t('booking.pages.day.notBooked');
  const reason =
    without.reason.kind === 'no_hours' && isoWeekday(day.date) >= 6
      ? ctx.t('booking.pages.day.weekend')
      : closedReason(ctx.t, ctx.locale, without.reason);
  return reason === '' ? ctx.t('booking.pages.day.closed') : ctx.t('booking.pages.day.closedBecause', { reason });
}

export function DayList({
  ctx,
  days,
  hrefOf,
  chosen,
}: {
  ctx: PageContext;
  days: readonly FreeDay[];
  hrefOf: (date: string) => string;
  chosen?: string | undefined;
}) {
  return (
    <ul class="day-list">
      {days.map((day) => {
        const label = dayLabel(ctx.locale, day.date);
        if (day.freeCount === 0) {
          return (
            <li key={day.date} class="day-list__day day-list__day--full">
              <span class="day-list__date">{label}</span>
              <span class="day-list__count">{withoutTimes(ctx, day)}</span>
            </li>
          );
        }
        return (
          <li key={day.date} class="day-list__day">
            <a class="day-list__link" href={hrefOf(day.date)} aria-current={day.date === chosen ? 'true' : undefined}>
              <span class="day-list__date">{label}</span>
              <span class="day-list__count">{ctx.t('booking.pages.day.free', { count: day.freeCount })}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** A form's carried answers as hidden fields (validated again by whoever receives them). */
export function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/**
 * The time question: one radio per free time, the heading as the legend (GOV.UK question page). With
 * `withDay` each time also names its day (the nearest free times after a slot was taken span days).
 */
export function TimeChoice(props: {
  ctx: PageContext;
  caption: string;
  title: string;
  hint?: string | undefined;
  times: readonly FreeTimeOption[];
  chosen?: string | undefined;
  error?: string | undefined;
  withDay?: boolean;
}) {
  const { ctx, error } = props;
  const describedBy = [props.hint ? 'termin-hint' : '', error ? 'termin-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" id="termin" aria-describedby={describedBy}>
        <legend class="fieldset__legend fieldset__legend--page">
          <QuestionHeading caption={props.caption} title={props.title} />
        </legend>
        {props.hint && (
          <div id="termin-hint" class="hint">
            {props.hint}
          </div>
        )}
        {error && (
          <p id="termin-error" class="error-message">
            {error}
          </p>
        )}
        <div class={props.withDay ? 'time-list time-list--days' : 'time-list'}>
          {props.times.map((option) => (
            <div key={option.slot} class="radio time-list__time">
              <input
                class="radio__input"
                type="radio"
                id={`termin-${option.slot}`}
                name="termin"
                value={option.slot}
                checked={option.slot === props.chosen}
              />
              <label class="radio__label" for={`termin-${option.slot}`}>
                {props.withDay ? visitWhen(ctx, option.startsAt) : option.time}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** A definition list row of the summary. */
export function Row({ label, children, action }: { label: string; children: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="summary-row">
      <dt class="summary-row__key">{label}</dt>
      <dd class="summary-row__value">{children}</dd>
      {action !== undefined && <dd class="summary-row__action">{action}</dd>}
    </div>
  );
}

/** Lines of a one-item-per-line text as a list. */
export function Lines({ lines, lang }: { lines: readonly string[]; lang: Locale | undefined }) {
  return (
    <ul class="list-bullet" lang={lang}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
