import { DomainError, invalid, type FieldError } from '../shared/errors.ts';
import { FieldCheck } from '../shared/validate.ts';
import { many, one, type FormValues } from './form-values.ts';

/** The roles a member of staff may hold; the database refuses any other. */
export const STAFF_ROLES = [
  'admin',
  'clerk',
  'information_point',
  'unit_head',
  'city_secretary',
  'register_keeper',
  'contact_centre',
  'auditor',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const LOGIN_PATTERN = /^[a-z0-9._-]{3,40}$/;

export interface StaffInput {
  fullName: string;
  login: string;
  unitId: number | null;
  position: string;
  badgeNumber: string;
  email: string;
  roles: StaffRole[];
  active: boolean;
}

/**
 * Reads and checks the staff form. The login is kept in lower case (it is unique regardless of case).
 * At least one role, and only known ones.
 * @example readStaff({ full_name: 'Anna Nowak', login: 'a.nowak', role: ['clerk'], active: 'on' })
 */
export function readStaff(form: FormValues): StaffInput {
  const v = new FieldCheck();
  const roles: StaffRole[] = [];
  for (const raw of many(form, 'role')) {
    if (!(STAFF_ROLES as readonly string[]).includes(raw)) v.fail('role', 'admin.errors.unknownRole');
    else if (!roles.includes(raw as StaffRole)) roles.push(raw as StaffRole);
  }
  if (roles.length === 0 && !v.has('role')) v.fail('role', 'admin.errors.noRole');
  const input: StaffInput = {
    fullName: v.text('full_name', one(form, 'full_name'), { max: 120 }),
    login: v.text('login', one(form, 'login').toLowerCase(), { max: 40, pattern: LOGIN_PATTERN, patternKey: 'admin.errors.login' }),
    unitId: v.integer('unit_id', one(form, 'unit_id'), { min: 1, max: 2_147_483_647, optional: true }),
    position: v.text('position', one(form, 'position'), { max: 120, optional: true }),
    badgeNumber: v.text('badge_number', one(form, 'badge_number'), { max: 20, optional: true }),
    email: v.email('email', one(form, 'email'), { optional: true }),
    roles,
    active: v.flag(one(form, 'active')),
  };
  v.done();
  return input;
}

/**
 * Checks a new password against the length rules (given by the caller, as they live with the hashing).
 * @example readPassword({ password: 'correct horse battery' }, 10, 200)
 */
export function readPassword(form: FormValues, min: number, max: number): string {
  const v = new FieldCheck();
  const password = one(form, 'password');
  if (password === '') v.fail('password', 'errors.required');
  else if (password.length < min) v.fail('password', 'admin.errors.passwordShort', { min });
  else if (password.length > max) v.fail('password', 'errors.tooLong', { max });
  v.done();
  return password;
}

/**
 * The add-staff form: the person and their initial password, with the errors of both shown together.
 * @example readNewStaff({ full_name: 'Anna Nowak', login: 'a.nowak', role: 'clerk', password: 'dlugie-haslo-1' }, 10, 200)
 */
export function readNewStaff(form: FormValues, min: number, max: number): StaffInput & { password: string } {
  const fields: Record<string, FieldError> = {};
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      Object.assign(fields, error.fields);
      return undefined;
    }
  };
  const staff = attempt(() => readStaff(form));
  const password = attempt(() => readPassword(form, min, max));
  if (!staff || password === undefined) throw invalid(fields);
  return { ...staff, password };
}
