import { BOOKING_CONTACTS } from '../../domain/booking/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { WEEKDAYS } from '../../domain/organisation/hours-input.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { BookingScheduleRow, ServiceBookingSettings, ServingDesk } from '../../app/booking/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Radio, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { formatTime, weekdayName } from '../i18n/index.ts';
import { AdminPage, flag, val, type Notice } from '../admin/common.tsx';
import { keyPart } from '../i18n/index.ts';

/** The service's booking settings as the form's values. */
export function serviceBookingToForm(service: ServiceBookingSettings): FormValues {
  return {
    booking_minutes: service.bookingMinutes === null ? '' : String(service.bookingMinutes),
    booking_daily_cap: service.dailyCap === null ? '' : String(service.dailyCap),
    booking_needs_name: flag(service.needsName),
    booking_contact: service.contact,
  };
}

interface ServiceBookingProps {
  ctx: PageContext;
  service: ServiceBookingSettings;
  schedule: readonly BookingScheduleRow[];
  desks: readonly ServingDesk[];
  /** The settings form's values and errors. */
  values: FormValues;
  errors: FormErrors;
  /** The "add hours" form's values and errors. */
  rowValues: FormValues;
  rowErrors: FormErrors;
  notice?: Notice | undefined;
}

/** /admin/rezerwacje/sprawy/:id: what booking the service takes, and which desks take it when. */
export function ServiceBookingPage(props: ServiceBookingProps) {
  const { ctx, service, schedule, desks, values, errors, rowValues, rowErrors } = props;
  const base = `/admin/rezerwacje/sprawy/${service.id}`;
  return (
    <AdminPage
      ctx={ctx}
      title={ctx.t('bookingStaff.service.title', { name: inLanguage(service.name, ctx.locale).value })}
      notice={props.notice}
      errors={{ ...errors, ...rowErrors }}
    >
      <p>
        <a href="/admin/rezerwacje#sprawy">{ctx.t('bookingStaff.service.back')}</a>
      </p>
      {!service.bookableOnline && (
        <div class="notice">
          <p>
            {ctx.t('bookingStaff.service.notBookable')}{' '}
            <a href={`/admin/sprawy/${service.id}`}>{ctx.t('bookingStaff.service.openService')}</a>
          </p>
        </div>
      )}
      <h2>{ctx.t('bookingStaff.service.settings')}</h2>
      <form method="post" action={base} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="booking_minutes"
          width="short"
          inputMode="numeric"
          optional
          label={ctx.t('bookingStaff.service.bookingMinutes')}
          hint={ctx.t('bookingStaff.service.bookingMinutes.hint', { n: service.typicalMinutes })}
          value={val(values, 'booking_minutes')}
          error={errors.booking_minutes}
        />
        <TextInput
          ctx={ctx}
          name="booking_daily_cap"
          width="short"
          inputMode="numeric"
          optional
          label={ctx.t('bookingStaff.service.bookingDailyCap')}
          hint={ctx.t('bookingStaff.service.bookingDailyCap.hint')}
          value={val(values, 'booking_daily_cap')}
          error={errors.booking_daily_cap}
        />
        <Checkbox
          name="booking_needs_name"
          label={ctx.t('bookingStaff.service.bookingNeedsName')}
          hint={ctx.t('bookingStaff.service.bookingNeedsName.hint')}
          checked={val(values, 'booking_needs_name') !== ''}
        />
        <Fieldset legend={ctx.t('bookingStaff.service.bookingContact')} name="booking_contact" error={errors.booking_contact}>
          {BOOKING_CONTACTS.map((contact) => (
            <Radio
              key={contact}
              name="booking_contact"
              value={contact}
              label={ctx.t(`bookingStaff.contact.${keyPart(contact)}`)}
              checked={val(values, 'booking_contact') === contact}
            />
          ))}
        </Fieldset>
        <Button>{ctx.t('form.save')}</Button>
      </form>

      <h2 id="harmonogram">{ctx.t('bookingStaff.schedule.title')}</h2>
      <p>{ctx.t('bookingStaff.schedule.lead')}</p>
      {schedule.length === 0 ? (
        <p>{ctx.t('bookingStaff.schedule.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('bookingStaff.schedule.caption', { n: schedule.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('bookingStaff.schedule.weekday')}</th>
                <th scope="col">{ctx.t('bookingStaff.schedule.desk')}</th>
                <th scope="col">{ctx.t('bookingStaff.schedule.startsAt')}</th>
                <th scope="col">{ctx.t('bookingStaff.schedule.endsAt')}</th>
                <th scope="col">{ctx.t('admin.rooms.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {schedule.map((row) => {
                const day = weekdayName(ctx.locale, row.weekday);
                const hours = `${formatTime(row.startsAt)}–${formatTime(row.endsAt)}`;
                return (
                  <tr key={row.id}>
                    <th scope="row">{day}</th>
                    <td>{row.deskNumber}</td>
                    <td>{formatTime(row.startsAt)}</td>
                    <td>{formatTime(row.endsAt)}</td>
                    <td>
                      <form method="post" action={`${base}/harmonogram/${row.id}/usun`} class="inline-form">
                        <CsrfField ctx={ctx} />
                        <button type="submit" class="button button--secondary">
                          {ctx.t('bookingStaff.schedule.delete')}
                          <span class="visually-hidden">
                            {ctx.t('bookingStaff.schedule.deleteWhich', { day, desk: row.deskNumber, hours })}
                          </span>
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3>{ctx.t('bookingStaff.schedule.add')}</h3>
      {desks.length === 0 ? (
        <p>
          {ctx.t('bookingStaff.schedule.noDesks')} <a href="/admin/stanowiska">{ctx.t('nav.admin.desks')}</a>
        </p>
      ) : (
        <form method="post" action={`${base}/harmonogram`} novalidate>
          <CsrfField ctx={ctx} />
          <Select
            ctx={ctx}
            name="desk_id"
            label={ctx.t('bookingStaff.schedule.desk')}
            hint={ctx.t('bookingStaff.schedule.desk.hint')}
            emptyLabel={ctx.t('bookingStaff.schedule.chooseDesk')}
            options={desks.map((d) => ({ value: String(d.id), label: deskLabel(ctx, d) }))}
            value={val(rowValues, 'desk_id')}
            error={rowErrors.desk_id}
          />
          <Select
            ctx={ctx}
            name="weekday"
            label={ctx.t('bookingStaff.schedule.weekday')}
            options={WEEKDAYS.map((w) => ({ value: String(w), label: weekdayName(ctx.locale, w) }))}
            value={val(rowValues, 'weekday') || '1'}
            error={rowErrors.weekday}
          />
          <div class="time-pair">
            <TextInput
              ctx={ctx}
              name="starts_at"
              type="time"
              width="short"
              label={ctx.t('bookingStaff.schedule.startsAt')}
              value={val(rowValues, 'starts_at')}
              error={rowErrors.starts_at}
            />
            <TextInput
              ctx={ctx}
              name="ends_at"
              type="time"
              width="short"
              label={ctx.t('bookingStaff.schedule.endsAt')}
              value={val(rowValues, 'ends_at')}
              error={rowErrors.ends_at}
            />
          </div>
          <Button>{ctx.t('bookingStaff.schedule.create')}</Button>
        </form>
      )}
    </AdminPage>
  );
}

function deskLabel(ctx: PageContext, desk: { number: string; name: string; active: boolean }): string {
  const name =
    desk.name === ''
      ? ctx.t('bookingStaff.schedule.deskNumber', { number: desk.number })
      : ctx.t('bookingStaff.schedule.deskNamed', { number: desk.number, name: desk.name });
  return desk.active ? name : ctx.t('bookingStaff.schedule.deskInactive', { label: name });
}
