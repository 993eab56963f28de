import type { Office } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Fieldset, Radio, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from './common.tsx';
import { keyPart } from '../i18n/index.ts';

/** The office as the settings form's values. */
export function officeToForm(office: Office): FormValues {
  const a11y = office.accessibility;
  return {
    name: office.name,
    short_name: office.shortName,
    street: office.street,
    postal_code: office.postalCode,
    city: office.city,
    phone: office.phone,
    email: office.email,
    website: office.website,
    a11y_status: a11y.status,
    a11y_published_on: a11y.publishedOn ?? '',
    a11y_updated_on: a11y.updatedOn ?? '',
    a11y_prepared_on: a11y.preparedOn ?? '',
    a11y_reviewed_on: a11y.reviewedOn ?? '',
    a11y_contact_name: a11y.contactName,
    a11y_contact_email: a11y.contactEmail,
    a11y_contact_phone: a11y.contactPhone,
    a11y_exceptions: a11y.exceptions,
  };
}

/** Office settings: name, address, contact and the accessibility statement's fields. */
export function OfficePage({
  ctx,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  values: FormValues;
  errors: FormErrors;
  notice?: Notice | undefined;
}) {
  const text = (
    name: string,
    options: {
      optional?: boolean;
      autocomplete?: string;
      type?: 'text' | 'email' | 'tel' | 'date';
      width?: 'short' | 'medium' | 'long';
      hint?: boolean;
    } = {},
  ) => (
    <TextInput
      ctx={ctx}
      name={name}
      label={ctx.t(`admin.office.${keyPart(name)}`)}
      hint={options.hint ? ctx.t(`admin.office.${keyPart(name)}.hint`) : undefined}
      optional={options.optional ?? true}
      type={options.type}
      width={options.width}
      autocomplete={options.autocomplete}
      value={val(values, name)}
      error={errors[name]}
    />
  );
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.office.title')} notice={notice} errors={errors}>
      <form method="post" action="/admin/urzad" novalidate>
        <CsrfField ctx={ctx} />
        <h2>{ctx.t('admin.office.identity')}</h2>
        {text('name', { optional: false, autocomplete: 'organization' })}
        {text('short_name', { optional: false, hint: true, width: 'medium' })}
        <h2>{ctx.t('admin.office.address')}</h2>
        {text('street', { autocomplete: 'street-address' })}
        {text('postal_code', { autocomplete: 'postal-code', width: 'short', hint: true })}
        {text('city', { autocomplete: 'address-level2', width: 'medium' })}
        {text('phone', { type: 'tel', autocomplete: 'tel', width: 'medium' })}
        {text('email', { type: 'email', autocomplete: 'email' })}
        {text('website', { hint: true })}
        <h2>{ctx.t('admin.office.a11y')}</h2>
        <Fieldset legend={ctx.t('admin.office.a11yStatus')} name="a11y_status" error={errors.a11y_status}>
          {(['full', 'partial', 'none'] as const).map((status) => (
            <Radio
              key={status}
              name="a11y_status"
              value={status}
              label={ctx.t(`admin.office.a11yStatus.${status}`)}
              checked={val(values, 'a11y_status') === status}
            />
          ))}
        </Fieldset>
        {text('a11y_published_on', { type: 'date', width: 'medium', hint: true })}
        {text('a11y_updated_on', { type: 'date', width: 'medium' })}
        {text('a11y_prepared_on', { type: 'date', width: 'medium' })}
        {text('a11y_reviewed_on', { type: 'date', width: 'medium' })}
        {text('a11y_contact_name')}
        {text('a11y_contact_email', { type: 'email' })}
        {text('a11y_contact_phone', { type: 'tel', width: 'medium' })}
        <TextArea
          ctx={ctx}
          name="a11y_exceptions"
          label={ctx.t('admin.office.a11yExceptions')}
          hint={ctx.t('admin.office.a11yExceptions.hint')}
          optional
          rows={6}
          value={val(values, 'a11y_exceptions')}
          error={errors.a11y_exceptions}
        />
        <Button>{ctx.t('form.save')}</Button>
      </form>
    </AdminPage>
  );
}
