import type { BookableUnit, BookingServiceDetails, FreeDay, FreeTimeOption, PhoneBookingConfirmation } from '../../app/booking/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { isoWeekday, officeDate, officeTime } from '../../domain/organisation/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Fieldset, Radio, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { formatDate, LOCALES, weekdayName } from '../i18n/index.ts';
import { AdminPage, val } from '../admin/common.tsx';
import { inLanguage } from '../../domain/shared/translated.ts';
import { keyPart } from '../i18n/index.ts';

export const PHONE_BOOKING_PATH = '/punkt-informacyjny/rezerwacja';

/** A text in the page's language, Polish when that one was left empty. */

/** "środa, 25 listopada 2026". */
export function dayLabel(ctx: PageContext, date: string): string {
  return `${weekdayName(ctx.locale, isoWeekday(date))}, ${formatDate(ctx.locale, date)}`;
}

/** Step 1: which service the caller needs. */
export function ChooseServicePage({
  ctx,
  units,
  values,
  errors,
}: {
  ctx: PageContext;
  units: readonly BookableUnit[];
  values: FormValues;
  errors: FormErrors;
}) {
  const options = units.flatMap((unit) =>
    unit.services.map((s) => ({
      value: String(s.id),
      label: `${inLanguage(s.name, ctx.locale).value} (${inLanguage(unit.name, ctx.locale).value})`,
    })),
  );
  return (
    <AdminPage ctx={ctx} title={ctx.t('bookingStaff.phone.title')} errors={errors}>
      <p class="lead">{ctx.t('bookingStaff.phone.lead')}</p>
      {options.length === 0 ? (
        <p>{ctx.t('bookingStaff.phone.noServices')}</p>
      ) : (
        <form method="get" action={PHONE_BOOKING_PATH} novalidate>
          <Select
            ctx={ctx}
            name="service"
            label={ctx.t('bookingStaff.phone.service')}
            emptyLabel={ctx.t('bookingStaff.phone.chooseService')}
            options={options}
            value={val(values, 'service')}
            error={errors.service}
          />
          <Button>{ctx.t('bookingStaff.phone.next')}</Button>
        </form>
      )}
    </AdminPage>
  );
}

interface BookingFormProps {
  ctx: PageContext;
  service: BookingServiceDetails;
  /** Days with free times. */
  days: readonly FreeDay[];
  /** The chosen day, once chosen. */
  date: string;
  /** The day's free times, or the nearest ones after the chosen time was taken (then across days). */
  times: readonly FreeTimeOption[] | undefined;
  alternatives: boolean;
  values: FormValues;
  errors: FormErrors;
}

/** Step 2 (one page): the day, then the time and the caller's details as the service asks for them. */
export function PhoneBookingFormPage(props: BookingFormProps) {
  const { ctx, service, days, date, times, values, errors } = props;
  const name = inLanguage(service.name, ctx.locale).value;
  const asksEmail = service.contact !== 'phone';
  const asksPhone = service.contact !== 'email';
  // Each field is required by the service's rule; with 'email_or_phone' one of the two, as the group's legend says.
  const contactFields = (
    <>
      {asksEmail && (
        <TextInput
          ctx={ctx}
          name="email"
          type="email"
          inputMode="email"
          label={ctx.t('bookingStaff.phone.email')}
          hint={ctx.t('bookingStaff.phone.email.hint')}
          value={val(values, 'email')}
          error={errors.email}
          spellcheck={false}
        />
      )}
      {asksPhone && (
        <TextInput
          ctx={ctx}
          name="phone"
          type="tel"
          inputMode="tel"
          width="medium"
          label={ctx.t('bookingStaff.phone.phone')}
          hint={ctx.t('bookingStaff.phone.phone.hint')}
          value={val(values, 'phone')}
          error={errors.phone}
        />
      )}
    </>
  );
  return (
    <AdminPage ctx={ctx} title={ctx.t('bookingStaff.phone.titleFor', { name })} errors={errors}>
      <p>
        {ctx.t('bookingStaff.phone.duration', { n: service.durationMinutes })}{' '}
        <a href={PHONE_BOOKING_PATH}>{ctx.t('bookingStaff.phone.changeService')}</a>
      </p>
      <h2>{ctx.t('bookingStaff.phone.dayTitle')}</h2>
      {days.length === 0 ? (
        <p>{ctx.t('bookingStaff.phone.noDays')}</p>
      ) : (
        <form method="get" action={PHONE_BOOKING_PATH} novalidate>
          <input type="hidden" name="service" value={String(service.id)} />
          <Select
            ctx={ctx}
            name="date"
            label={ctx.t('bookingStaff.phone.day')}
            emptyLabel={ctx.t('bookingStaff.phone.chooseDay')}
            options={days.map((d) => ({
              value: d.date,
              label: ctx.t('bookingStaff.phone.dayOption', { day: dayLabel(ctx, d.date), n: d.freeCount }),
            }))}
            value={date}
            error={times === undefined ? errors.date : undefined}
          />
          <Button variant="secondary">{ctx.t('bookingStaff.phone.showTimes')}</Button>
        </form>
      )}
      {times !== undefined && (
        <>
          <h2>
            {props.alternatives
              ? ctx.t('bookingStaff.phone.nearestTitle')
              : ctx.t('bookingStaff.phone.timeTitle', { day: dayLabel(ctx, date) })}
          </h2>
          <form method="post" action={PHONE_BOOKING_PATH} novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="service" value={String(service.id)} />
            <input type="hidden" name="date" value={date} />
            {times.length === 0 ? (
              <p id="time">{ctx.t('bookingStaff.phone.noTimes')}</p>
            ) : (
              <Fieldset legend={ctx.t('bookingStaff.phone.time')} name="time" error={errors.time ?? errors.date}>
                <div class={props.alternatives ? undefined : 'radio-columns'}>
                  {times.map((t) => (
                    <Radio
                      key={t.slot}
                      name="time"
                      value={t.slot}
                      checked={val(values, 'time') === t.slot}
                      label={props.alternatives ? `${dayLabel(ctx, t.date)}, ${t.time}` : t.time}
                    />
                  ))}
                </div>
              </Fieldset>
            )}
            <h3>{ctx.t('bookingStaff.phone.callerTitle')}</h3>
            {service.contact !== 'email_or_phone' && <p>{ctx.t(`bookingStaff.phone.asks.${keyPart(service.contact)}`)}</p>}
            {service.needsName && (
              <TextInput
                ctx={ctx}
                name="name"
                label={ctx.t('bookingStaff.phone.name')}
                value={val(values, 'name')}
                error={errors.name}
                spellcheck={false}
              />
            )}
            {service.contact === 'email_or_phone' ? (
              <Fieldset legend={ctx.t('bookingStaff.phone.eitherContact')}>{contactFields}</Fieldset>
            ) : (
              contactFields
            )}
            {asksEmail && (
              <Select
                ctx={ctx}
                name="locale"
                label={ctx.t('bookingStaff.phone.locale')}
                hint={ctx.t('bookingStaff.phone.locale.hint')}
                options={LOCALES.map((l) => ({ value: l, label: ctx.t(`language.${l}`) }))}
                value={val(values, 'locale') || 'pl'}
                error={errors.locale}
              />
            )}
            {times.length > 0 && <Button>{ctx.t('bookingStaff.phone.book')}</Button>}
          </form>
        </>
      )}
    </AdminPage>
  );
}

/** Step 3: what to read out to the caller. No personal data on it. */
export function PhoneBookingDonePage({ ctx, booking }: { ctx: PageContext; booking: PhoneBookingConfirmation }) {
  const date = officeDate(booking.startsAt);
  const place = [
    booking.building,
    ctx.t('bookingStaff.done.floor', { floor: booking.floor }),
    ...(booking.room ? [ctx.t('bookingStaff.done.room', { room: booking.room })] : []),
    ctx.t('bookingStaff.done.desk', { desk: booking.deskNumber }),
  ].join(', ');
  return (
    <AdminPage ctx={ctx} title={ctx.t('bookingStaff.done.title')}>
      <div class="panel-confirmation">
        <p>{ctx.t('bookingStaff.done.codeLabel')}</p>
        <p class="booking-code">{booking.code}</p>
      </div>
      <p>{ctx.t('bookingStaff.done.readOut')}</p>
      <dl class="summary-list">
        <dt>{ctx.t('bookingStaff.done.service')}</dt>
        <dd>{inLanguage(booking.service, ctx.locale).value}</dd>
        <dt>{ctx.t('bookingStaff.done.when')}</dt>
        <dd>
          {ctx.t('bookingStaff.done.whenText', {
            day: dayLabel(ctx, date),
            from: officeTime(booking.startsAt),
            to: officeTime(booking.endsAt),
          })}
        </dd>
        <dt>{ctx.t('bookingStaff.done.where')}</dt>
        <dd>{place}</dd>
        <dt>{ctx.t('bookingStaff.done.mail')}</dt>
        <dd>{ctx.t(`bookingStaff.done.mail.${booking.mail}`)}</dd>
      </dl>
      <p>{ctx.t('bookingStaff.done.checkIn')}</p>
      <ul>
        <li>
          <a href={PHONE_BOOKING_PATH}>{ctx.t('bookingStaff.done.another')}</a>
        </li>
        <li>
          <a href={`/rezerwacje/dzien?dzien=${date}`}>{ctx.t('bookingStaff.done.day')}</a>
        </li>
      </ul>
    </AdminPage>
  );
}
