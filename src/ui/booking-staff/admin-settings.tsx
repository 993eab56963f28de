import type { BookingPolicy } from '../../app/booking/booking-policy.ts';
import { LATE_ARRIVAL_RULES } from '../../domain/booking/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { ServiceBookingSettings } from '../../app/booking/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Fieldset, Radio, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, yesNo, type Notice } from '../admin/common.tsx';
import { keyPart } from '../i18n/index.ts';

/** The policy as the form's values. */
export function policyToForm(policy: BookingPolicy): FormValues {
  return {
    horizon_days: String(policy.horizonDays),
    minimum_notice_minutes: String(policy.minimumNoticeMinutes),
    walk_in_percent: String(policy.walkInPercent),
    email_daily_cap: String(policy.emailDailyCap),
    retention_days: String(policy.retentionDays),
    late_arrival: policy.arrival.lateArrival,
    challenge_max_number: String(policy.challengeMaxNumber),
    reminder_hours_before: String(policy.reminderHoursBefore),
  };
}

const NUMBERS = [
  'horizon_days',
  'minimum_notice_minutes',
  'walk_in_percent',
  'email_daily_cap',
  'retention_days',
  'challenge_max_number',
  'reminder_hours_before',
] as const;

/** What a service's booking asks for, in a few words: "imię i nazwisko; e-mail lub telefon". */
export function detailsAsked(ctx: PageContext, service: Pick<ServiceBookingSettings, 'needsName' | 'contact'>): string {
  const contact = ctx.t(`bookingStaff.contactShort.${keyPart(service.contact)}`);
  return service.needsName ? ctx.t('bookingStaff.services.nameAnd', { contact }) : contact;
}

interface BookingSettingsProps {
  ctx: PageContext;
  values: FormValues;
  errors: FormErrors;
  services: readonly ServiceBookingSettings[];
  notice?: Notice | undefined;
}

/** /admin/rezerwacje: the office's booking policy, and every service with its booking settings. */
export function BookingSettingsPage({ ctx, values, errors, services, notice }: BookingSettingsProps) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('bookingStaff.settings.title')} notice={notice} errors={errors}>
      <p class="lead">{ctx.t('bookingStaff.settings.lead')}</p>
      <h2 id="zasady">{ctx.t('bookingStaff.policy.title')}</h2>
      <form method="post" action="/admin/rezerwacje" novalidate>
        <CsrfField ctx={ctx} />
        {NUMBERS.map((name) => (
          <TextInput
            key={name}
            ctx={ctx}
            name={name}
            width="short"
            inputMode="numeric"
            label={ctx.t(`bookingStaff.policy.${keyPart(name)}`)}
            hint={ctx.t(`bookingStaff.policy.${keyPart(name)}.hint`)}
            value={val(values, name)}
            error={errors[name]}
          />
        ))}
        <Fieldset legend={ctx.t('bookingStaff.policy.lateArrival')} name="late_arrival" error={errors.late_arrival}>
          {LATE_ARRIVAL_RULES.map((rule) => (
            <Radio
              key={rule}
              name="late_arrival"
              value={rule}
              label={ctx.t(`bookingStaff.policy.lateArrival.${keyPart(rule)}`)}
              checked={val(values, 'late_arrival') === rule}
            />
          ))}
        </Fieldset>
        <Button>{ctx.t('bookingStaff.policy.save')}</Button>
      </form>

      <h2 id="sprawy">{ctx.t('bookingStaff.services.title')}</h2>
      <p>{ctx.t('bookingStaff.services.lead')}</p>
      {services.length === 0 ? (
        <p>{ctx.t('admin.services.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('bookingStaff.services.caption', { n: services.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('bookingStaff.services.service')}</th>
                <th scope="col">{ctx.t('admin.services.unit')}</th>
                <th scope="col">{ctx.t('bookingStaff.services.online')}</th>
                <th scope="col">{ctx.t('bookingStaff.services.minutes')}</th>
                <th scope="col">{ctx.t('bookingStaff.services.cap')}</th>
                <th scope="col">{ctx.t('bookingStaff.services.details')}</th>
                <th scope="col">{ctx.t('bookingStaff.services.schedule')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <a href={`/admin/rezerwacje/sprawy/${s.id}`}>
                      <span lang={inLanguage(s.name, ctx.locale).lang}>{inLanguage(s.name, ctx.locale).value}</span>
                    </a>
                    {!s.active && (
                      <>
                        {' '}
                        <span class="tag tag--closed">{ctx.t('admin.services.inactive')}</span>
                      </>
                    )}
                  </th>
                  <td>{s.unitCode}</td>
                  <td>{yesNo(ctx, s.bookableOnline)}</td>
                  <td>{s.bookingMinutes ?? ctx.t('bookingStaff.services.typical', { n: s.typicalMinutes })}</td>
                  <td>{s.dailyCap ?? ctx.t('bookingStaff.services.noCap')}</td>
                  <td>{detailsAsked(ctx, s)}</td>
                  <td>{ctx.t('bookingStaff.services.rows', { n: s.scheduleRows })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
