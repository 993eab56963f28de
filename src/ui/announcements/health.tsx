import type { DeviceAlert, DeviceHealthItem, DevicePolicy } from '../../app/announcements/index.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, ErrorSummary, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDateTime, keyPart, numberFormat } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';

/** A room the help can point to. */
export interface RoomChoice {
  id: number;
  label: string;
}

function problemWords(ctx: PageContext, problem: string | null): string {
  return problem === null ? ctx.t('announcements.health.well') : ctx.t(`announcements.problem.${keyPart(problem)}`);
}

/** The policy's saved values as the form shows them. */
export function policyToForm(policy: DevicePolicy): FormValues {
  return {
    silent_after: String(policy.silentAfterSeconds),
    recovery_hold: String(policy.recoveryHoldSeconds),
    help_room: policy.helpRoomId === null ? '' : String(policy.helpRoomId),
  };
}

/**
 * The administrator's device health: each device's state now, its latest changes and its availability over
 * the last days, and the rules of automatic failure announcements.
 */
export function DeviceHealthPage({
  ctx,
  devices,
  days,
  rooms,
  values,
  errors = {},
  notice,
}: {
  ctx: PageContext;
  devices: readonly DeviceHealthItem[];
  days: number;
  rooms: readonly RoomChoice[];
  values: FormValues;
  errors?: FormErrors;
  notice?: string | undefined;
}) {
  const title = ctx.t('announcements.health.title');
  const percent = numberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 2 });
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} wide hasErrors={Object.keys(errors).length > 0}>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p>{ctx.t('announcements.health.intro')}</p>
      {devices.length === 0 ? (
        <p>{ctx.t('announcements.health.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{ctx.t('announcements.health.caption', { n: devices.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('announcements.health.device')}</th>
                <th scope="col">{ctx.t('announcements.health.now')}</th>
                <th scope="col">{ctx.t('announcements.health.lastSeen')}</th>
                <th scope="col">{ctx.t('announcements.health.uptime', { days })}</th>
                <th scope="col">{ctx.t('announcements.health.history')}</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={d.id} data-device={d.id}>
                  <th scope="row">
                    {d.name}
                    <span class="device-health__kind">
                      {' '}
                      ({ctx.t(`announcements.kind.${d.kind}`)}
                      {d.buildingName ? `, ${d.buildingName}` : ''})
                    </span>
                  </th>
                  <td data-state={d.problem ?? 'ok'}>
                    <span class={`tag tag--health-${d.problem === null ? 'ok' : d.problem === 'paper_near_end' ? 'warning' : 'failed'}`}>
                      {d.problem && d.problemSince
                        ? ctx.t('announcements.health.since', {
                            problem: problemWords(ctx, d.problem),
                            since: formatDateTime(ctx.locale, d.problemSince),
                          })
                        : problemWords(ctx, d.problem)}
                    </span>
                  </td>
                  <td>{d.lastSeenAt ? formatDateTime(ctx.locale, d.lastSeenAt) : ctx.t('announcements.health.never')}</td>
                  {/* Rounded down: a device down for a minute is not "100%". */}
                  <td>{percent.format(Math.floor(d.uptime * 10_000) / 10_000)}</td>
                  <td>
                    {d.history.length === 0 ? (
                      ctx.t('announcements.health.noHistory')
                    ) : (
                      <ul class="device-health__history">
                        {d.history.map((h) => (
                          <li key={h.at.toISOString()}>
                            {ctx.t('announcements.health.change', {
                              at: formatDateTime(ctx.locale, h.at),
                              state: problemWords(ctx, h.problem),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{ctx.t('announcements.policy.title')}</h2>
      <form method="post" action="/admin/stan-urzadzen" novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="silent_after"
          label={ctx.t('announcements.policy.silentAfter')}
          hint={ctx.t('announcements.policy.silentAfterHint')}
          value={one(values, 'silent_after')}
          inputMode="numeric"
          width="short"
          error={errors.silent_after}
        />
        <TextInput
          ctx={ctx}
          name="recovery_hold"
          label={ctx.t('announcements.policy.recoveryHold')}
          hint={ctx.t('announcements.policy.recoveryHoldHint')}
          value={one(values, 'recovery_hold')}
          inputMode="numeric"
          width="short"
          error={errors.recovery_hold}
        />
        <Select
          ctx={ctx}
          name="help_room"
          label={ctx.t('announcements.policy.helpRoom')}
          hint={ctx.t('announcements.policy.helpRoomHint')}
          optional
          value={one(values, 'help_room')}
          emptyLabel={ctx.t('announcements.policy.noRoom')}
          options={rooms.map((r) => ({ value: String(r.id), label: r.label }))}
          error={errors.help_room}
        />
        <Button>{ctx.t('announcements.policy.submit')}</Button>
      </form>
    </Layout>
  );
}

/** The alert on the Information Point's and the administrator's pages: devices with a problem now. */
export function DeviceAlertBox({ ctx, alerts }: { ctx: PageContext; alerts: readonly DeviceAlert[] }) {
  if (alerts.length === 0) return null;
  const admin = ctx.staff?.roles.includes('admin') ?? false;
  return (
    <section class="device-alert" aria-labelledby="awarie-urzadzen" role="status">
      <h2 id="awarie-urzadzen" class="device-alert__title">
        {ctx.t('announcements.alert.title')}
      </h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.id} class={a.outage ? 'device-alert__item device-alert__item--outage' : 'device-alert__item'}>
            {ctx.t('announcements.alert.item', {
              name: a.name,
              kind: ctx.t(`announcements.kind.${a.kind}`),
              problem: problemWords(ctx, a.problem),
              since: a.since ? formatDateTime(ctx.locale, a.since) : '—',
            })}
          </li>
        ))}
      </ul>
      {admin && (
        <p>
          <a href="/admin/stan-urzadzen">{ctx.t('announcements.alert.link')}</a>
        </p>
      )}
    </section>
  );
}
