import type { StaffDetails, StaffListItem, UnitChoice } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { many } from '../../domain/organisation/form-values.ts';
import { STAFF_ROLES } from '../../domain/organisation/staff-input.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, flag, val, yesNo, type Notice } from './common.tsx';
import { keyPart } from '../i18n/index.ts';

export function staffToForm(person: StaffDetails): FormValues {
  return {
    full_name: person.fullName,
    login: person.login,
    unit_id: person.unitId === null ? '' : String(person.unitId),
    position: person.position,
    badge_number: person.badgeNumber,
    email: person.email,
    role: person.roles,
    active: flag(person.active),
  };
}

export function StaffListPage({
  ctx,
  people,
  notice,
}: {
  ctx: PageContext;
  people: readonly StaffListItem[];
  notice?: Notice | undefined;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.staff.title')} notice={notice}>
      <p>
        <a class="button" href="/admin/pracownicy/nowy">
          {ctx.t('admin.staff.add')}
        </a>
      </p>
      <div class="table-wrap">
        <table>
          <caption>{ctx.t('admin.staff.caption', { n: people.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('admin.staff.fullName')}</th>
              <th scope="col">{ctx.t('admin.staff.login')}</th>
              <th scope="col">{ctx.t('admin.staff.unit')}</th>
              <th scope="col">{ctx.t('admin.staff.roles')}</th>
              <th scope="col">{ctx.t('admin.staff.active')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={`/admin/pracownicy/${p.id}`}>{p.fullName}</a>
                </th>
                <td>{p.login}</td>
                <td>{p.unitCode ?? ''}</td>
                <td>{p.roles.map((role) => ctx.t(`admin.staff.role.${keyPart(role)}`)).join(', ')}</td>
                <td>{yesNo(ctx, p.active)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPage>
  );
}

interface StaffFormProps {
  ctx: PageContext;
  staffId?: number;
  values: FormValues;
  errors: FormErrors;
  units: readonly UnitChoice[];
  notice?: Notice | undefined;
}

/** Adding (no staffId, with the initial password) or changing a member of staff. */
export function StaffFormPage({ ctx, staffId, values, errors, units, notice }: StaffFormProps) {
  const title = staffId === undefined ? ctx.t('admin.staff.new') : ctx.t('admin.staff.edit', { login: val(values, 'login') });
  const roles = many(values, 'role');
  return (
    <AdminPage ctx={ctx} title={title} notice={notice} errors={errors}>
      <form method="post" action={staffId === undefined ? '/admin/pracownicy/nowy' : `/admin/pracownicy/${staffId}`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="full_name"
          label={ctx.t('admin.staff.fullName')}
          spellcheck={false}
          value={val(values, 'full_name')}
          error={errors.full_name}
        />
        <TextInput
          ctx={ctx}
          name="login"
          label={ctx.t('admin.staff.login')}
          hint={ctx.t('admin.staff.login.hint')}
          width="medium"
          spellcheck={false}
          value={val(values, 'login')}
          error={errors.login}
        />
        <Select
          ctx={ctx}
          name="unit_id"
          label={ctx.t('admin.staff.unit')}
          optional
          emptyLabel={ctx.t('admin.staff.noUnit')}
          options={units.map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name.pl}` }))}
          value={val(values, 'unit_id')}
          error={errors.unit_id}
        />
        <TextInput
          ctx={ctx}
          name="position"
          label={ctx.t('admin.staff.position')}
          optional
          value={val(values, 'position')}
          error={errors.position}
        />
        <TextInput
          ctx={ctx}
          name="badge_number"
          label={ctx.t('admin.staff.badgeNumber')}
          hint={ctx.t('admin.staff.badgeNumber.hint')}
          optional
          width="short"
          value={val(values, 'badge_number')}
          error={errors.badge_number}
        />
        <TextInput
          ctx={ctx}
          name="email"
          type="email"
          label={ctx.t('admin.staff.email')}
          optional
          spellcheck={false}
          value={val(values, 'email')}
          error={errors.email}
        />
        <Fieldset legend={ctx.t('admin.staff.roles')} name="role" error={errors.role}>
          {STAFF_ROLES.map((role) => (
            <Checkbox
              key={role}
              id={`role-${role}`}
              name="role"
              value={role}
              label={ctx.t(`admin.staff.role.${keyPart(role)}`)}
              checked={roles.includes(role)}
            />
          ))}
        </Fieldset>
        <Checkbox
          name="active"
          label={ctx.t('admin.staff.active')}
          hint={ctx.t('admin.staff.active.hint')}
          checked={val(values, 'active') !== ''}
        />
        {staffId === undefined && (
          <TextInput
            ctx={ctx}
            name="password"
            type="password"
            autocomplete="new-password"
            width="medium"
            label={ctx.t('admin.staff.password')}
            hint={ctx.t('admin.staff.password.hint')}
            error={errors.password}
          />
        )}
        <div class="button-group">
          <Button>{staffId === undefined ? ctx.t('admin.staff.create') : ctx.t('form.save')}</Button>
          <a href="/admin/pracownicy">{ctx.t('form.cancel')}</a>
        </div>
      </form>
      {staffId !== undefined && (
        <p>
          <a href={`/admin/pracownicy/${staffId}/haslo`}>{ctx.t('admin.staff.reset.link')}</a>
        </p>
      )}
      {staffId !== undefined && (
        <p>
          <a href={`/admin/pracownicy/${staffId}/telefon`}>{ctx.t('directory.staffPhone.link')}</a>
        </p>
      )}
    </AdminPage>
  );
}

/** Setting a new password for someone; it logs them out everywhere. Shows no personal data. */
export function ResetPasswordPage({ ctx, staffId, errors }: { ctx: PageContext; staffId: number; errors: FormErrors }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.staff.reset.title')} errors={errors}>
      <p>{ctx.t('admin.staff.reset.lead')}</p>
      <form method="post" action={`/admin/pracownicy/${staffId}/haslo`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="password"
          type="password"
          autocomplete="new-password"
          width="medium"
          label={ctx.t('admin.staff.password')}
          hint={ctx.t('admin.staff.password.hint')}
          error={errors.password}
        />
        <div class="button-group">
          <Button variant="warning">{ctx.t('admin.staff.reset.button')}</Button>
          <a href={`/admin/pracownicy/${staffId}`}>{ctx.t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}
