import type { DayBooking, DayBookings, DayDesk } from '../../app/booking/index.ts';
import { addDays, officeTime } from '../../domain/organisation/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage } from '../admin/common.tsx';
import { dayLabel } from './phone-booking.tsx';
import { inLanguage } from '../../domain/shared/translated.ts';
import { keyPart } from '../i18n/index.ts';

export const DAY_PATH = '/rezerwacje/dzien';

const STATUS_TAG: Record<DayBooking['status'], string> = {
  booked: 'tag',
  checked_in: 'tag tag--open',
  no_show: 'tag tag--closed',
  cancelled: 'tag tag--closed',
};

function scopeKey(day: DayBookings): string {
  if (day.missing) return `bookingStaff.day.missing.${day.missing}`;
  if (!day.scope.personalData) return 'bookingStaff.day.scope.noPersonalData';
  return `bookingStaff.day.scope.${keyPart(day.scope.kind)}`;
}

/** A Polish number as it is read out: '+48600123456' → '+48 600 123 456'; anything else as stored. */
function spacedPhone(phone: string): string {
  const match = /^\+48(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return match ? `+48 ${match[1]!} ${match[2]!} ${match[3]!}` : phone;
}

function Person({ ctx, booking }: { ctx: PageContext; booking: DayBooking }) {
  const person = booking.person;
  if (!person) return null;
  const erased = ctx.t('bookingStaff.day.erased');
  const notAsked = ctx.t('bookingStaff.day.notAsked');
  const contacts = [person.email, person.phone === null ? null : spacedPhone(person.phone)].filter((c): c is string => c !== null);
  return (
    <>
      <td>
        <span class="code">{person.code}</span>
      </td>
      <td>{person.name ?? (person.anonymised ? erased : notAsked)}</td>
      <td>
        {contacts.length > 0
          ? contacts.map((c, i) => (
              <span key={c} class="nowrap">
                {i > 0 && <br />}
                {c}
              </span>
            ))
          : person.anonymised
            ? erased
            : notAsked}
      </td>
    </>
  );
}

function DeskTable({ ctx, desk, personalData }: { ctx: PageContext; desk: DayDesk; personalData: boolean }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{ctx.t('bookingStaff.day.deskCaption', { desk: desk.number, n: desk.bookings.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('bookingStaff.day.time')}</th>
            {personalData && <th scope="col">{ctx.t('bookingStaff.day.code')}</th>}
            {personalData && <th scope="col">{ctx.t('bookingStaff.day.name')}</th>}
            {personalData && <th scope="col">{ctx.t('bookingStaff.day.contact')}</th>}
            <th scope="col">{ctx.t('bookingStaff.day.service')}</th>
            <th scope="col">{ctx.t('bookingStaff.day.status')}</th>
            <th scope="col">{ctx.t('bookingStaff.day.source')}</th>
          </tr>
        </thead>
        <tbody>
          {desk.bookings.map((b) => (
            <tr key={b.id}>
              <th scope="row" class="nowrap">
                {officeTime(b.startsAt)}–{officeTime(b.endsAt)}
              </th>
              <Person ctx={ctx} booking={b} />
              <td>{inLanguage(b.service, ctx.locale).value}</td>
              <td>
                <span class={STATUS_TAG[b.status]}>{ctx.t(`bookingStaff.status.${keyPart(b.status)}`)}</span>
              </td>
              <td>{ctx.t(`bookingStaff.source.${keyPart(b.source)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /rezerwacje/dzien: one day's bookings by unit and desk, as far as the person's roles may see them. */
export function DayBookingsPage({
  ctx,
  day,
  dateValue,
  errors,
}: {
  ctx: PageContext;
  day: DayBookings | undefined;
  dateValue: string;
  errors: FormErrors;
}) {
  const title = day ? ctx.t('bookingStaff.day.titleFor', { day: dayLabel(ctx, day.date) }) : ctx.t('bookingStaff.day.title');
  return (
    <AdminPage ctx={ctx} title={title} errors={errors}>
      <form method="get" action={DAY_PATH} novalidate>
        <TextInput
          ctx={ctx}
          name="dzien"
          type="date"
          width="medium"
          label={ctx.t('bookingStaff.day.date')}
          hint={ctx.t('bookingStaff.day.date.hint')}
          value={dateValue}
          error={errors.dzien}
        />
        <Button variant="secondary">{ctx.t('bookingStaff.day.show')}</Button>
      </form>
      {day && (
        <>
          <nav aria-label={ctx.t('bookingStaff.day.otherDays')}>
            <ul class="pager">
              <li>
                <a href={`${DAY_PATH}?dzien=${addDays(day.date, -1)}`}>{ctx.t('bookingStaff.day.previous')}</a>
              </li>
              <li>
                <a href={DAY_PATH}>{ctx.t('bookingStaff.day.today')}</a>
              </li>
              <li>
                <a href={`${DAY_PATH}?dzien=${addDays(day.date, 1)}`}>{ctx.t('bookingStaff.day.next')}</a>
              </li>
            </ul>
          </nav>
          <p>{ctx.t(scopeKey(day))}</p>
          {day.scope.personalData && !day.missing && <p class="notice">{ctx.t('bookingStaff.day.audited')}</p>}
          {!day.missing && <p class="lead">{ctx.t('bookingStaff.day.count', { n: day.count })}</p>}
          {day.units.map((unit) => (
            <section key={unit.unitId} aria-labelledby={`komorka-${unit.unitId}`}>
              <h2 id={`komorka-${unit.unitId}`}>
                {unit.code} — {inLanguage(unit.name, ctx.locale).value}
              </h2>
              {unit.desks.map((desk) => (
                <DeskTable key={desk.deskId} ctx={ctx} desk={desk} personalData={day.scope.personalData} />
              ))}
            </section>
          ))}
        </>
      )}
    </AdminPage>
  );
}
