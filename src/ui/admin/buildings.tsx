import type { BuildingDetails, BuildingView, RoomView } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, flag, val, yesNo, type Notice } from './common.tsx';
import { keyPart } from '../i18n/index.ts';

/** A building as the form's values. */
export function buildingToForm(building: BuildingView): FormValues {
  return {
    name: building.name,
    street: building.street,
    postal_code: building.postalCode,
    city: building.city,
    floors: String(building.floors),
    ground_floor_accessible: flag(building.groundFloorAccessible),
    has_lift: flag(building.hasLift),
    accessibility_notes: building.accessibilityNotes,
  };
}

/** A room as the room form's values. */
export function roomToForm(room: RoomView): FormValues {
  return { room_floor: String(room.floor), room_number: room.number, room_name: room.name };
}

export function BuildingListPage({
  ctx,
  buildings,
  notice,
}: {
  ctx: PageContext;
  buildings: readonly BuildingView[];
  notice?: Notice | undefined;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.buildings.title')} notice={notice}>
      <p>
        <a class="button" href="/admin/budynki/nowy">
          {ctx.t('admin.buildings.add')}
        </a>
      </p>
      {buildings.length === 0 ? (
        <p>{ctx.t('admin.buildings.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('admin.buildings.caption', { n: buildings.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.buildings.name')}</th>
                <th scope="col">{ctx.t('admin.buildings.address')}</th>
                <th scope="col">{ctx.t('admin.buildings.floors')}</th>
                <th scope="col">{ctx.t('admin.buildings.groundFloorAccessible')}</th>
                <th scope="col">{ctx.t('admin.buildings.hasLift')}</th>
              </tr>
            </thead>
            <tbody>
              {buildings.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <a href={`/admin/budynki/${b.id}`}>{b.name}</a>
                  </th>
                  <td>{`${b.street}, ${b.postalCode} ${b.city}`}</td>
                  <td>{b.floors}</td>
                  <td>{yesNo(ctx, b.groundFloorAccessible)}</td>
                  <td>{yesNo(ctx, b.hasLift)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

function BuildingFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: FormErrors }) {
  const text = (
    name: string,
    options: { autocomplete?: string; width?: 'short' | 'medium'; hint?: boolean; inputMode?: 'numeric' } = {},
  ) => (
    <TextInput
      ctx={ctx}
      name={name}
      label={ctx.t(`admin.buildings.${keyPart(name)}`)}
      hint={options.hint ? ctx.t(`admin.buildings.${keyPart(name)}.hint`) : undefined}
      autocomplete={options.autocomplete}
      width={options.width}
      inputMode={options.inputMode}
      value={val(values, name)}
      error={errors[name]}
    />
  );
  return (
    <>
      {text('name', { hint: true })}
      {text('street', { autocomplete: 'street-address' })}
      {text('postal_code', { autocomplete: 'postal-code', width: 'short', hint: true })}
      {text('city', { autocomplete: 'address-level2', width: 'medium' })}
      {text('floors', { width: 'short', inputMode: 'numeric', hint: true })}
      <Checkbox
        name="ground_floor_accessible"
        label={ctx.t('admin.buildings.groundFloorAccessible')}
        checked={val(values, 'ground_floor_accessible') !== ''}
      />
      <Checkbox name="has_lift" label={ctx.t('admin.buildings.hasLift')} checked={val(values, 'has_lift') !== ''} />
      <TextArea
        ctx={ctx}
        name="accessibility_notes"
        label={ctx.t('admin.buildings.accessibilityNotes')}
        hint={ctx.t('admin.buildings.accessibilityNotes.hint')}
        optional
        value={val(values, 'accessibility_notes')}
        error={errors.accessibility_notes}
      />
    </>
  );
}

export function NewBuildingPage({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: FormErrors }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.buildings.new')} errors={errors}>
      <form method="post" action="/admin/budynki/nowy" novalidate>
        <CsrfField ctx={ctx} />
        <BuildingFields ctx={ctx} values={values} errors={errors} />
        <div class="button-group">
          <Button>{ctx.t('admin.buildings.create')}</Button>
          <a href="/admin/budynki">{ctx.t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}

export function RoomFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: FormErrors }) {
  return (
    <>
      <TextInput
        ctx={ctx}
        name="room_floor"
        label={ctx.t('admin.rooms.floor')}
        hint={ctx.t('admin.rooms.floor.hint')}
        width="short"
        value={val(values, 'room_floor')}
        error={errors.room_floor}
      />
      <TextInput
        ctx={ctx}
        name="room_number"
        label={ctx.t('admin.rooms.number')}
        width="short"
        value={val(values, 'room_number')}
        error={errors.room_number}
      />
      <TextInput
        ctx={ctx}
        name="room_name"
        label={ctx.t('admin.rooms.name')}
        hint={ctx.t('admin.rooms.name.hint')}
        optional
        value={val(values, 'room_name')}
        error={errors.room_name}
      />
    </>
  );
}

interface EditBuildingProps {
  ctx: PageContext;
  building: BuildingDetails;
  values: FormValues;
  errors?: FormErrors;
  roomValues?: FormValues;
  roomErrors?: FormErrors;
  deleteError?: string;
  notice?: Notice | undefined;
}

/** A building's page: its details, its rooms (add, edit, remove) and removing the building. */
export function EditBuildingPage(props: EditBuildingProps) {
  const { ctx, building } = props;
  const { rooms } = building;
  const errors = props.errors ?? {};
  const roomErrors = props.roomErrors ?? {};
  const summary: FormErrors = { ...errors, ...roomErrors, ...(props.deleteError ? { usun: props.deleteError } : {}) };
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.buildings.edit', { name: building.name })} notice={props.notice} errors={summary}>
      <form method="post" action={`/admin/budynki/${building.id}`} novalidate>
        <CsrfField ctx={ctx} />
        <BuildingFields ctx={ctx} values={props.values} errors={errors} />
        <Button>{ctx.t('form.save')}</Button>
      </form>

      <h2 id="sale">{ctx.t('admin.rooms.title')}</h2>
      {rooms.length === 0 ? (
        <p>{ctx.t('admin.rooms.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('admin.rooms.caption', { n: rooms.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.rooms.number')}</th>
                <th scope="col">{ctx.t('admin.rooms.floor')}</th>
                <th scope="col">{ctx.t('admin.rooms.name')}</th>
                <th scope="col">{ctx.t('admin.rooms.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((room) => (
                <tr key={room.id}>
                  <th scope="row">{room.number}</th>
                  <td>{room.floor}</td>
                  <td>{room.name}</td>
                  <td>
                    <a href={`/admin/budynki/${building.id}/sale/${room.id}`}>{ctx.t('admin.rooms.editLink', { number: room.number })}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{ctx.t('admin.rooms.add')}</h3>
      <form method="post" action={`/admin/budynki/${building.id}/sale`} novalidate>
        <CsrfField ctx={ctx} />
        <RoomFields ctx={ctx} values={props.roomValues ?? {}} errors={roomErrors} />
        <Button variant="secondary">{ctx.t('admin.rooms.create')}</Button>
      </form>

      <h2>{ctx.t('admin.buildings.delete.title')}</h2>
      <p>{ctx.t('admin.buildings.delete.text')}</p>
      <form method="post" action={`/admin/budynki/${building.id}/usun`}>
        <CsrfField ctx={ctx} />
        {props.deleteError && (
          <p id="usun-error" class="error-message">
            {props.deleteError}
          </p>
        )}
        <button type="submit" id="usun" class="button button--warning" aria-describedby={props.deleteError ? 'usun-error' : undefined}>
          {ctx.t('admin.buildings.delete.button', { name: building.name })}
        </button>
      </form>
    </AdminPage>
  );
}

/** One room's page: change it or remove it. */
export function EditRoomPage({
  ctx,
  building,
  roomId,
  values,
  errors,
  deleteError,
}: {
  ctx: PageContext;
  building: BuildingView;
  roomId: number;
  values: FormValues;
  errors: FormErrors;
  deleteError?: string;
}) {
  const summary: FormErrors = { ...errors, ...(deleteError ? { usun: deleteError } : {}) };
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.rooms.editTitle', { building: building.name })} errors={summary}>
      <form method="post" action={`/admin/budynki/${building.id}/sale/${roomId}`} novalidate>
        <CsrfField ctx={ctx} />
        <RoomFields ctx={ctx} values={values} errors={errors} />
        <div class="button-group">
          <Button>{ctx.t('form.save')}</Button>
          <a href={`/admin/budynki/${building.id}#sale`}>{ctx.t('form.cancel')}</a>
        </div>
      </form>
      <form method="post" action={`/admin/budynki/${building.id}/sale/${roomId}/usun`}>
        <CsrfField ctx={ctx} />
        {deleteError && (
          <p id="usun-error" class="error-message">
            {deleteError}
          </p>
        )}
        <button type="submit" id="usun" class="button button--warning" aria-describedby={deleteError ? 'usun-error' : undefined}>
          {ctx.t('admin.rooms.delete')}
        </button>
      </form>
    </AdminPage>
  );
}
