import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { Button, CsrfField, ErrorSummary, Select, TextInput, Fieldset, Radio, type FormErrors } from '../components/form.tsx';
import { formatDateTime } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import type { BuildingChoice, UnitChoice } from '../../app/organisation/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { DeviceListItem } from '../../app/devices/index.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';

const KINDS = ['kiosk', 'board', 'printer', 'feedback'] as const;

function when(ctx: PageContext, at: Date | null): string {
  return at ? formatDateTime(ctx.locale, at) : ctx.t('devices.list.never');
}

/** The list of kiosks, boards and printers with their health. */
export function DevicesPage({
  ctx,
  devices,
  notice,
}: {
  ctx: PageContext;
  devices: readonly DeviceListItem[];
  notice?: string | undefined;
}) {
  const title = ctx.t('devices.list.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} wide>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <h1>{title}</h1>
      <p>
        <a class="button" href="/admin/urzadzenia/nowe">
          {ctx.t('devices.list.register')}
        </a>
      </p>
      {devices.length === 0 ? (
        <p>{ctx.t('devices.list.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{ctx.t('devices.list.caption', { n: devices.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('devices.field.name')}</th>
                <th scope="col">{ctx.t('devices.field.kind')}</th>
                <th scope="col">{ctx.t('devices.field.building')}</th>
                <th scope="col">{ctx.t('devices.list.registered')}</th>
                <th scope="col">{ctx.t('devices.list.lastSeen')}</th>
                <th scope="col">{ctx.t('devices.list.health')}</th>
                <th scope="col">{ctx.t('devices.list.lastFailure')}</th>
                <th scope="col">{ctx.t('devices.list.revoked')}</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.revokedAt ? d.name : <a href={`/admin/urzadzenia/${d.id}`}>{d.name}</a>}</th>
                  <td>{ctx.t(`devices.kind.${d.kind}`)}</td>
                  <td>{d.buildingName ?? '—'}</td>
                  <td>{formatDateTime(ctx.locale, d.createdAt)}</td>
                  <td>{when(ctx, d.lastSeenAt)}</td>
                  <td>
                    <span class={`tag tag--health-${d.health}`}>{ctx.t(`devices.health.${d.health}`)}</span>
                  </td>
                  <td>{d.lastFailure ? `${d.lastFailure} (${when(ctx, d.lastFailureAt)})` : '—'}</td>
                  <td>
                    {d.revokedAt ? (
                      formatDateTime(ctx.locale, d.revokedAt)
                    ) : (
                      <a href={`/admin/urzadzenia/${d.id}/wycofaj`}>
                        {ctx.t('devices.list.revoke')}
                        <span class="visually-hidden"> {d.name}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export interface RegisterValues {
  kind?: string;
  name?: string;
  building?: string;
}

/** The form that registers a device. */
export function RegisterDevicePage({
  ctx,
  buildings,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  buildings: readonly BuildingChoice[];
  values?: RegisterValues;
  errors?: FormErrors;
}) {
  const title = ctx.t('devices.register.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <form method="post" action="/admin/urzadzenia" novalidate>
        <CsrfField ctx={ctx} />
        <Fieldset legend={ctx.t('devices.field.kind')} name="kind" error={errors.kind}>
          {KINDS.map((kind) => (
            <Radio key={kind} name="kind" value={kind} label={ctx.t(`devices.kind.${kind}`)} checked={values.kind === kind} />
          ))}
        </Fieldset>
        <TextInput
          ctx={ctx}
          name="name"
          label={ctx.t('devices.field.name')}
          hint={ctx.t('devices.register.nameHint')}
          value={values.name ?? ''}
          width="medium"
          error={errors.name}
        />
        <Select
          ctx={ctx}
          name="building"
          label={ctx.t('devices.field.building')}
          optional
          value={values.building ?? ''}
          emptyLabel={ctx.t('devices.register.noBuilding')}
          options={buildings.map((b) => ({ value: String(b.id), label: b.name }))}
          error={errors.building}
        />
        <Button>{ctx.t('devices.register.submit')}</Button>
      </form>
    </Layout>
  );
}

/** Shown once, right after registering: the token to type into the device. */
export function DeviceTokenPage({ ctx, name, token }: { ctx: PageContext; name: string; token: string }) {
  const title = ctx.t('devices.token.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)}>
      <div class="notice notice--success" role="status">
        {ctx.t('devices.token.registered', { name })}
      </div>
      <h1>{title}</h1>
      <p>{ctx.t('devices.token.once')}</p>
      <p class="token" id="token">
        <code>{token}</code>
      </p>
      <p>{ctx.t('devices.token.howTo')}</p>
      <p>
        <a href="/admin/urzadzenia">{ctx.t('devices.token.back')}</a>
      </p>
    </Layout>
  );
}

/** Asks before revoking: the device stops working at once. */
export function RevokeDevicePage({ ctx, device }: { ctx: PageContext; device: DeviceListItem }) {
  const title = ctx.t('devices.revoke.title', { name: device.name });
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)}>
      <h1>{title}</h1>
      <p>{ctx.t('devices.revoke.warning')}</p>
      <form method="post" action={`/admin/urzadzenia/${device.id}/wycofaj`} class="button-group">
        <CsrfField ctx={ctx} />
        <Button variant="warning">{ctx.t('devices.revoke.submit')}</Button>
        <a href="/admin/urzadzenia">{ctx.t('form.cancel')}</a>
      </form>
    </Layout>
  );
}

/** A device's own page: its name, its building, for a kiosk the ticket printer beside it, for a feedback tablet its unit. */
export function EditDevicePage({
  ctx,
  device,
  buildings,
  units,
  values,
  errors = {},
  notice,
}: {
  ctx: PageContext;
  device: DeviceListItem;
  buildings: readonly BuildingChoice[];
  units: readonly UnitChoice[];
  values: FormValues;
  errors?: FormErrors;
  notice?: string | undefined;
}) {
  const title = ctx.t('devices.edit.title', { name: device.name });
  const value = (name: string) => one(values, name);
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} hasErrors={Object.keys(errors).length > 0}>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <dl class="summary">
        <div class="summary-row">
          <dt class="summary-row__key">{ctx.t('devices.field.kind')}</dt>
          <dd class="summary-row__value">{ctx.t(`devices.kind.${device.kind}`)}</dd>
        </div>
        <div class="summary-row">
          <dt class="summary-row__key">{ctx.t('devices.list.lastSeen')}</dt>
          <dd class="summary-row__value">{when(ctx, device.lastSeenAt)}</dd>
        </div>
        <div class="summary-row">
          <dt class="summary-row__key">{ctx.t('devices.list.health')}</dt>
          <dd class="summary-row__value">
            <span class={`tag tag--health-${device.health}`}>{ctx.t(`devices.health.${device.health}`)}</span>
            {device.lastFailure && ` ${device.lastFailure} (${when(ctx, device.lastFailureAt)})`}
          </dd>
        </div>
      </dl>
      <form method="post" action={`/admin/urzadzenia/${device.id}`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="name" label={ctx.t('devices.field.name')} value={value('name')} width="medium" error={errors.name} />
        <Select
          ctx={ctx}
          name="building"
          label={ctx.t('devices.field.building')}
          hint={ctx.t('devices.edit.buildingHint')}
          optional
          value={value('building')}
          emptyLabel={ctx.t('devices.register.noBuilding')}
          options={buildings.map((b) => ({ value: String(b.id), label: b.name }))}
          error={errors.building}
        />
        {device.kind === 'feedback' && (
          <Select
            ctx={ctx}
            name="unit"
            label={ctx.t('devices.edit.unit')}
            hint={ctx.t('devices.edit.unitHint')}
            optional
            value={value('unit')}
            emptyLabel={ctx.t('devices.edit.wholeOffice')}
            options={units.map((u) => ({ value: String(u.id), label: `${u.code} — ${inLanguage(u.name, ctx.locale).value}` }))}
            error={errors.unit}
          />
        )}
        {device.kind === 'kiosk' && (
          <Fieldset legend={ctx.t('devices.edit.printer')}>
            <p class="hint">{ctx.t('devices.edit.printerHint')}</p>
            <TextInput
              ctx={ctx}
              name="printer_host"
              label={ctx.t('devices.edit.printerHost')}
              hint={ctx.t('devices.edit.printerHostHint')}
              optional
              value={value('printer_host')}
              width="medium"
              error={errors.printer_host}
              spellcheck={false}
            />
            <TextInput
              ctx={ctx}
              name="printer_port"
              label={ctx.t('devices.edit.printerPort')}
              hint={ctx.t('devices.edit.printerPortHint')}
              optional
              inputMode="numeric"
              value={value('printer_port')}
              width="short"
              error={errors.printer_port}
            />
          </Fieldset>
        )}
        <div class="button-group">
          <Button>{ctx.t('devices.edit.submit')}</Button>
          <a href="/admin/urzadzenia">{ctx.t('form.cancel')}</a>
        </div>
      </form>
      <p>
        <a href={`/admin/urzadzenia/${device.id}/wycofaj`}>{ctx.t('devices.list.revoke')}</a>
      </p>
    </Layout>
  );
}

/** A device as its page's form values. */
export function deviceToForm(device: DeviceListItem): FormValues {
  return {
    name: device.name,
    building: device.buildingId === null ? '' : String(device.buildingId),
    printer_host: device.printer?.host ?? '',
    printer_port: device.printer ? String(device.printer.port) : '',
    unit: device.unitId === null ? '' : String(device.unitId),
  };
}
