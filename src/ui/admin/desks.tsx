import type { BuildingChoice, DeskDetails, DeskListItem, RoomChoice, ServiceChoice } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { many } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, flag, val, yesNo, type Notice } from './common.tsx';

export function deskToForm(desk: DeskDetails): FormValues {
  return {
    building_id: String(desk.buildingId),
    floor: String(desk.floor),
    room_id: desk.roomId === null ? '' : String(desk.roomId),
    number: desk.number,
    name: desk.name,
    active: flag(desk.active),
    service_id: desk.serviceIds.map(String),
  };
}

export function DeskListPage({ ctx, desks, notice }: { ctx: PageContext; desks: readonly DeskListItem[]; notice?: Notice | undefined }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.desks.title')} notice={notice}>
      <p>
        <a class="button" href="/admin/stanowiska/nowe">
          {ctx.t('admin.desks.add')}
        </a>
      </p>
      {desks.length === 0 ? (
        <p>{ctx.t('admin.desks.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('admin.desks.caption', { n: desks.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.desks.number')}</th>
                <th scope="col">{ctx.t('admin.desks.name')}</th>
                <th scope="col">{ctx.t('admin.desks.place')}</th>
                <th scope="col">{ctx.t('admin.desks.services')}</th>
                <th scope="col">{ctx.t('admin.desks.active')}</th>
              </tr>
            </thead>
            <tbody>
              {desks.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <a href={`/admin/stanowiska/${d.id}`}>{d.number}</a>
                  </th>
                  <td>{d.name}</td>
                  <td>
                    {[
                      ctx.t('admin.desks.placeText', { building: d.buildingName, floor: d.floor }),
                      d.roomNumber ? ctx.t('admin.units.room', { number: d.roomNumber }) : '',
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                  <td>{d.letters.join(', ')}</td>
                  <td>{yesNo(ctx, d.active)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

interface DeskFormProps {
  ctx: PageContext;
  /** The desk's number as saved: the title, whatever a refused form holds. */
  savedNumber?: string | undefined;
  deskId?: number;
  values: FormValues;
  errors: FormErrors;
  buildings: readonly BuildingChoice[];
  rooms: readonly RoomChoice[];
  services: readonly ServiceChoice[];
  notice?: Notice | undefined;
}

/** Adding (no deskId) or changing a desk and the services it serves. */
export function DeskFormPage({ ctx, deskId, values, errors, buildings, rooms, services, notice, savedNumber }: DeskFormProps) {
  const title =
    deskId === undefined ? ctx.t('admin.desks.new') : ctx.t('admin.desks.edit', { number: savedNumber ?? val(values, 'number') });
  const chosen = many(values, 'service_id');
  return (
    <AdminPage ctx={ctx} title={title} notice={notice} errors={errors}>
      <form method="post" action={deskId === undefined ? '/admin/stanowiska/nowe' : `/admin/stanowiska/${deskId}`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="number"
          label={ctx.t('admin.desks.number')}
          hint={ctx.t('admin.desks.number.hint')}
          width="short"
          value={val(values, 'number')}
          error={errors.number}
        />
        <TextInput
          ctx={ctx}
          name="name"
          label={ctx.t('admin.desks.name')}
          hint={ctx.t('admin.desks.name.hint')}
          optional
          value={val(values, 'name')}
          error={errors.name}
        />
        <Select
          ctx={ctx}
          name="building_id"
          label={ctx.t('admin.desks.building')}
          emptyLabel={ctx.t('admin.desks.chooseBuilding')}
          options={buildings.map((b) => ({ value: String(b.id), label: b.name }))}
          value={val(values, 'building_id')}
          error={errors.building_id}
        />
        <TextInput
          ctx={ctx}
          name="floor"
          label={ctx.t('admin.desks.floor')}
          hint={ctx.t('admin.rooms.floor.hint')}
          width="short"
          value={val(values, 'floor')}
          error={errors.floor}
        />
        <Select
          ctx={ctx}
          name="room_id"
          label={ctx.t('admin.desks.room')}
          hint={ctx.t('admin.desks.room.hint')}
          optional
          emptyLabel={ctx.t('admin.desks.noRoom')}
          options={rooms.map((r) => ({
            value: String(r.id),
            label: ctx.t('admin.units.roomOption', { building: r.buildingName, number: r.number, floor: r.floor }),
          }))}
          value={val(values, 'room_id')}
          error={errors.room_id}
        />
        <Fieldset legend={ctx.t('admin.desks.services')} name="service_id" error={errors.service_id}>
          {services.length === 0 && <p class="hint">{ctx.t('admin.desks.noServices')}</p>}
          {services.map((s) => (
            <Checkbox
              key={s.id}
              id={`service_id-${s.id}`}
              name="service_id"
              value={String(s.id)}
              label={`${s.ticketLetter} — ${s.name.pl}`}
              checked={chosen.includes(String(s.id))}
            />
          ))}
        </Fieldset>
        <Checkbox
          name="active"
          label={ctx.t('admin.desks.active')}
          hint={ctx.t('admin.desks.active.hint')}
          checked={val(values, 'active') !== ''}
        />
        <div class="button-group">
          <Button>{deskId === undefined ? ctx.t('admin.desks.create') : ctx.t('form.save')}</Button>
          <a href="/admin/stanowiska">{ctx.t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}
