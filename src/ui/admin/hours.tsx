import type { BuildingChoice, CalendarExceptionView, HoursOwner, UnitChoice } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { WEEKDAYS } from '../../domain/organisation/hours-input.ts';
import type { WeeklyHours } from '../../domain/organisation/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Radio, Select, TextInput, type FormErrors } from '../components/form.tsx';
import type { Translated } from '../../domain/shared/translated.ts';
import { formatDate, formatTime, weekdayName } from '../i18n/index.ts';
import { AdminPage, LanguageInputs, val, type Notice } from './common.tsx';

/** The saved week as the grid's values: a day without hours is closed. */
export function weekToForm(rows: readonly WeeklyHours[]): FormValues {
  const values: Record<string, string> = {};
  for (const weekday of WEEKDAYS) {
    const row = rows.find((r) => r.weekday === weekday);
    if (row) {
      values[`opens_${weekday}`] = formatTime(row.opens);
      values[`closes_${weekday}`] = formatTime(row.closes);
    } else {
      values[`closed_${weekday}`] = 'on';
    }
  }
  return values;
}

interface HoursOverviewProps {
  ctx: PageContext;
  buildings: readonly BuildingChoice[];
  units: readonly UnitChoice[];
  exceptions: readonly CalendarExceptionView[];
  values: FormValues;
  errors: FormErrors;
  notice?: Notice | undefined;
}

/** A unit as the administrator's pages name it: its code and Polish name. */
function unitName(unit: { code: string; name: Translated }): string {
  return `${unit.code} — ${unit.name.pl}`;
}

/** Whose hours to set, the local calendar exceptions, and a form to add one. */
export function HoursOverviewPage({ ctx, buildings, units, exceptions, values, errors, notice }: HoursOverviewProps) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.hours.title')} notice={notice} errors={errors}>
      <h2>{ctx.t('admin.hours.buildings')}</h2>
      {buildings.length === 0 ? (
        <p>{ctx.t('admin.buildings.none')}</p>
      ) : (
        <ul>
          {buildings.map((b) => (
            <li key={b.id}>
              <a href={`/admin/godziny/budynek/${b.id}`}>{ctx.t('admin.hours.setFor', { name: b.name })}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('admin.hours.units')}</h2>
      {units.length === 0 ? (
        <p>{ctx.t('admin.units.none')}</p>
      ) : (
        <ul>
          {units.map((u) => (
            <li key={u.id}>
              <a href={`/admin/godziny/komorka/${u.id}`}>{ctx.t('admin.hours.setFor', { name: unitName(u) })}</a>
            </li>
          ))}
        </ul>
      )}
      <h2 id="wyjatki">{ctx.t('admin.exceptions.title')}</h2>
      <p>{ctx.t('admin.exceptions.lead')}</p>
      {exceptions.length === 0 ? (
        <p>{ctx.t('admin.exceptions.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('admin.exceptions.caption', { n: exceptions.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.exceptions.dates')}</th>
                <th scope="col">{ctx.t('admin.exceptions.scope')}</th>
                <th scope="col">{ctx.t('admin.exceptions.kind')}</th>
                <th scope="col">{ctx.t('admin.exceptions.reason')}</th>
                <th scope="col">{ctx.t('admin.rooms.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {exceptions.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {e.startsOn === e.endsOn
                      ? formatDate(ctx.locale, e.startsOn)
                      : `${formatDate(ctx.locale, e.startsOn)} – ${formatDate(ctx.locale, e.endsOn)}`}
                  </th>
                  <td>{e.buildingName ?? ctx.t('admin.exceptions.wholeOffice')}</td>
                  <td>
                    {e.kind === 'closed'
                      ? ctx.t('admin.exceptions.closed')
                      : ctx.t('admin.exceptions.shortHoursText', { opens: formatTime(e.opens ?? ''), closes: formatTime(e.closes ?? '') })}
                  </td>
                  <td>{e.reason.pl}</td>
                  <td>
                    <form method="post" action={`/admin/godziny/wyjatki/${e.id}/usun`} class="inline-form">
                      <CsrfField ctx={ctx} />
                      <button type="submit" class="button button--secondary">
                        {ctx.t('admin.exceptions.delete', { reason: e.reason.pl })}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{ctx.t('admin.exceptions.add')}</h3>
      <form method="post" action="/admin/godziny/wyjatki" novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="building_id"
          label={ctx.t('admin.exceptions.scope')}
          emptyLabel={ctx.t('admin.exceptions.wholeOffice')}
          options={buildings.map((b) => ({ value: String(b.id), label: b.name }))}
          value={val(values, 'building_id')}
          error={errors.building_id}
        />
        <TextInput
          ctx={ctx}
          name="starts_on"
          type="date"
          width="medium"
          label={ctx.t('admin.exceptions.startsOn')}
          hint={ctx.t('admin.exceptions.date.hint')}
          value={val(values, 'starts_on')}
          error={errors.starts_on}
        />
        <TextInput
          ctx={ctx}
          name="ends_on"
          type="date"
          width="medium"
          label={ctx.t('admin.exceptions.endsOn')}
          value={val(values, 'ends_on')}
          error={errors.ends_on}
        />
        <Fieldset legend={ctx.t('admin.exceptions.kind')} name="kind" error={errors.kind}>
          <Radio name="kind" value="closed" label={ctx.t('admin.exceptions.closed')} checked={val(values, 'kind') !== 'short_hours'} />
          <Radio
            name="kind"
            value="short_hours"
            label={ctx.t('admin.exceptions.shortHours')}
            hint={ctx.t('admin.exceptions.shortHours.hint')}
            checked={val(values, 'kind') === 'short_hours'}
          />
        </Fieldset>
        <TextInput
          ctx={ctx}
          name="opens"
          type="time"
          width="short"
          label={ctx.t('admin.hours.opens')}
          optional
          value={val(values, 'opens')}
          error={errors.opens}
        />
        <TextInput
          ctx={ctx}
          name="closes"
          type="time"
          width="short"
          label={ctx.t('admin.hours.closes')}
          optional
          value={val(values, 'closes')}
          error={errors.closes}
        />
        <LanguageInputs
          ctx={ctx}
          prefix="reason"
          labelKey="admin.exceptions.reasonIn"
          hint={ctx.t('admin.exceptions.reason.hint')}
          values={values}
          errors={errors}
          requiredPl
        />
        <Button>{ctx.t('admin.exceptions.create')}</Button>
      </form>
    </AdminPage>
  );
}

/** The week grid of one building or unit: each weekday closed, or open from–to. */
export function WeekHoursPage({
  ctx,
  action,
  owner,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  action: string;
  owner: HoursOwner;
  values: FormValues;
  errors: FormErrors;
  notice?: Notice | undefined;
}) {
  const name = owner.kind === 'unit' ? unitName(owner) : owner.name;
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.hours.weekTitle', { name })} notice={notice} errors={errors}>
      <p>{ctx.t('admin.hours.weekLead')}</p>
      <form method="post" action={action} novalidate>
        <CsrfField ctx={ctx} />
        {WEEKDAYS.map((weekday) => (
          <Fieldset key={weekday} legend={weekdayName(ctx.locale, weekday)}>
            <Checkbox name={`closed_${weekday}`} label={ctx.t('admin.hours.closed')} checked={val(values, `closed_${weekday}`) !== ''} />
            <div class="time-pair">
              <TextInput
                ctx={ctx}
                name={`opens_${weekday}`}
                type="time"
                width="short"
                label={ctx.t('admin.hours.opens')}
                value={val(values, `opens_${weekday}`)}
                error={errors[`opens_${weekday}`]}
              />
              <TextInput
                ctx={ctx}
                name={`closes_${weekday}`}
                type="time"
                width="short"
                label={ctx.t('admin.hours.closes')}
                value={val(values, `closes_${weekday}`)}
                error={errors[`closes_${weekday}`]}
              />
            </div>
          </Fieldset>
        ))}
        <div class="button-group">
          <Button>{ctx.t('form.save')}</Button>
          <a href="/admin/godziny">{ctx.t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}
