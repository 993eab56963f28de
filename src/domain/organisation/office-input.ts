import { FieldCheck } from '../shared/validate.ts';
import { POSTAL_CODE } from './building-input.ts';
import { one, type FormValues } from './form-values.ts';

export const A11Y_STATUSES = ['full', 'partial', 'none'] as const;
export type A11yStatus = (typeof A11Y_STATUSES)[number];

export interface OfficeInput {
  name: string;
  shortName: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  a11yStatus: A11yStatus;
  a11yPublishedOn: string | null;
  a11yUpdatedOn: string | null;
  a11yPreparedOn: string | null;
  a11yReviewedOn: string | null;
  a11yContactName: string;
  a11yContactEmail: string;
  a11yContactPhone: string;
  a11yExceptions: string;
}

/**
 * Reads and checks the office settings form, the accessibility statement's fields included.
 * @example readOffice({ name: 'Urząd Miasta', short_name: 'UM', a11y_status: 'partial' })
 */
export function readOffice(form: FormValues): OfficeInput {
  const v = new FieldCheck();
  const input: OfficeInput = {
    name: v.text('name', one(form, 'name'), { max: 200 }),
    shortName: v.text('short_name', one(form, 'short_name'), { max: 80 }),
    street: v.text('street', one(form, 'street'), { max: 200, optional: true }),
    postalCode: v.text('postal_code', one(form, 'postal_code'), {
      max: 20,
      optional: true,
      pattern: POSTAL_CODE,
      patternKey: 'admin.errors.postalCode',
    }),
    city: v.text('city', one(form, 'city'), { max: 100, optional: true }),
    phone: v.text('phone', one(form, 'phone'), { max: 50, optional: true }),
    email: v.email('email', one(form, 'email'), { optional: true }),
    website: v.text('website', one(form, 'website'), {
      max: 300,
      optional: true,
      pattern: /^https?:\/\/\S+$/,
      patternKey: 'admin.errors.url',
    }),
    a11yStatus: v.oneOf('a11y_status', one(form, 'a11y_status'), A11Y_STATUSES) ?? 'partial',
    a11yPublishedOn: v.date('a11y_published_on', one(form, 'a11y_published_on'), { optional: true }),
    a11yUpdatedOn: v.date('a11y_updated_on', one(form, 'a11y_updated_on'), { optional: true }),
    a11yPreparedOn: v.date('a11y_prepared_on', one(form, 'a11y_prepared_on'), { optional: true }),
    a11yReviewedOn: v.date('a11y_reviewed_on', one(form, 'a11y_reviewed_on'), { optional: true }),
    a11yContactName: v.text('a11y_contact_name', one(form, 'a11y_contact_name'), { max: 200, optional: true }),
    a11yContactEmail: v.email('a11y_contact_email', one(form, 'a11y_contact_email'), { optional: true }),
    a11yContactPhone: v.text('a11y_contact_phone', one(form, 'a11y_contact_phone'), { max: 50, optional: true }),
    a11yExceptions: v.text('a11y_exceptions', one(form, 'a11y_exceptions'), { max: 4000, optional: true, multiline: true }),
  };
  v.done();
  return input;
}
