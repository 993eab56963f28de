import type { BuildingChoice, RoomChoice, UnitDetails, UnitListItem } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, languageFields, LanguageInputs, val, type Notice } from './common.tsx';

export function unitToForm(unit: UnitDetails): FormValues {
  return {
    code: unit.code,
    ...languageFields('name', unit.name),
    building_id: unit.buildingId === null ? '' : String(unit.buildingId),
    room_id: unit.roomId === null ? '' : String(unit.roomId),
    phone: unit.phone,
    email: unit.email,
  };
}

export function UnitListPage({ ctx, units, notice }: { ctx: PageContext; units: readonly UnitListItem[]; notice?: Notice | undefined }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.units.title')} notice={notice}>
      <p>
        <a class="button" href="/admin/komorki/nowa">
          {ctx.t('admin.units.add')}
        </a>
      </p>
      {units.length === 0 ? (
        <p>{ctx.t('admin.units.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('admin.units.caption', { n: units.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.units.code')}</th>
                <th scope="col">{ctx.t('admin.units.namePl')}</th>
                <th scope="col">{ctx.t('admin.units.place')}</th>
                <th scope="col">{ctx.t('admin.units.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <a href={`/admin/komorki/${u.id}`}>{u.code}</a>
                  </th>
                  <td>{u.name.pl}</td>
                  <td>
                    {[u.buildingName, u.roomNumber ? ctx.t('admin.units.room', { number: u.roomNumber }) : null].filter(Boolean).join(', ')}
                  </td>
                  <td>{u.phone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

interface UnitFormProps {
  ctx: PageContext;
  /** The unit's code as saved: the title, whatever a refused form holds. */
  savedCode?: string | undefined;
  unitId?: number;
  values: FormValues;
  errors: FormErrors;
  buildings: readonly BuildingChoice[];
  rooms: readonly RoomChoice[];
  notice?: Notice | undefined;
}

/** Adding (no unitId) or changing a unit. */
export function UnitFormPage({ ctx, unitId, values, errors, buildings, rooms, notice, savedCode }: UnitFormProps) {
  const title = unitId === undefined ? ctx.t('admin.units.new') : ctx.t('admin.units.edit', { code: savedCode ?? val(values, 'code') });
  return (
    <AdminPage ctx={ctx} title={title} notice={notice} errors={errors}>
      <form method="post" action={unitId === undefined ? '/admin/komorki/nowa' : `/admin/komorki/${unitId}`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="code"
          label={ctx.t('admin.units.code')}
          hint={ctx.t('admin.units.code.hint')}
          width="short"
          value={val(values, 'code')}
          error={errors.code}
        />
        <LanguageInputs ctx={ctx} prefix="name" labelKey="admin.units.name" values={values} errors={errors} requiredPl />
        <Select
          ctx={ctx}
          name="building_id"
          label={ctx.t('admin.units.building')}
          optional
          emptyLabel={ctx.t('admin.units.noBuilding')}
          options={buildings.map((b) => ({ value: String(b.id), label: b.name }))}
          value={val(values, 'building_id')}
          error={errors.building_id}
        />
        <Select
          ctx={ctx}
          name="room_id"
          label={ctx.t('admin.units.roomLabel')}
          hint={ctx.t('admin.units.room.hint')}
          optional
          emptyLabel={ctx.t('admin.units.noRoom')}
          options={rooms.map((r) => ({
            value: String(r.id),
            label: ctx.t('admin.units.roomOption', { building: r.buildingName, number: r.number, floor: r.floor }),
          }))}
          value={val(values, 'room_id')}
          error={errors.room_id}
        />
        <TextInput
          ctx={ctx}
          name="phone"
          label={ctx.t('admin.units.phone')}
          type="tel"
          width="medium"
          optional
          value={val(values, 'phone')}
          error={errors.phone}
        />
        <TextInput
          ctx={ctx}
          name="email"
          label={ctx.t('admin.units.email')}
          type="email"
          optional
          value={val(values, 'email')}
          error={errors.email}
        />
        <div class="button-group">
          <Button>{unitId === undefined ? ctx.t('admin.units.create') : ctx.t('form.save')}</Button>
          <a href="/admin/komorki">{ctx.t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}
