import type { FieldCheck } from '../shared/validate.ts';

/** Rules for a new password: long enough to resist guessing, short enough for argon2 to stay cheap. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export interface NewPassword {
  login: string;
  /** The password it replaces, when the person typed it (the account page); absent for a new account. */
  current?: string;
  password: string;
  /** The second typing of the new password, when the form asks for one. */
  repeat?: string;
}

/**
 * Checks a new password against the rules, reporting on `field` (and `repeatField` for the repetition).
 * Compares whole strings, never trims: a space is a legitimate character of a password.
 * @example const v = new FieldCheck(); checkNewPassword(v, 'newPassword', 'repeatPassword', { login, password }); v.done();
 */
export function checkNewPassword(v: FieldCheck, field: string, repeatField: string, input: NewPassword): void {
  const { password } = input;
  if (password === '') v.fail(field, 'errors.required');
  else if (password.length < PASSWORD_MIN) v.fail(field, 'auth.password.tooShort', { min: PASSWORD_MIN });
  else if (password.length > PASSWORD_MAX) v.fail(field, 'errors.tooLong', { max: PASSWORD_MAX });
  else if (password.toLowerCase() === input.login.toLowerCase()) v.fail(field, 'auth.password.sameAsLogin');
  else if (input.current !== undefined && password === input.current) v.fail(field, 'auth.password.sameAsCurrent');
  if (input.repeat !== undefined && !v.has(field) && input.repeat !== password) v.fail(repeatField, 'auth.password.repeatMismatch');
}
