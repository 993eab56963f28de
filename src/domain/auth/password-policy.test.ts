import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FieldCheck } from '../shared/validate.ts';
import { DomainError } from '../shared/errors.ts';
import { checkNewPassword, type NewPassword } from './password-policy.ts';

function errorsOf(input: NewPassword): Record<string, string> {
  const v = new FieldCheck();
  checkNewPassword(v, 'newPassword', 'repeatPassword', input);
  try {
    v.done();
    return {};
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([field, e]) => [field, e.key]));
  }
}

describe('new password rules', () => {
  const cases: [string, NewPassword, Record<string, string>][] = [
    [
      'accepts a long enough password typed twice',
      { login: 'jan.kowalski', current: 'old-password-1', password: 'nowe-haslo-2026', repeat: 'nowe-haslo-2026' },
      {},
    ],
    ['requires a password', { login: 'jan.kowalski', password: '' }, { newPassword: 'errors.required' }],
    ['rejects 9 characters', { login: 'jan.kowalski', password: '123456789' }, { newPassword: 'auth.password.tooShort' }],
    ['accepts exactly 10 characters', { login: 'jan.kowalski', password: '1234567890' }, {}],
    ['rejects 201 characters', { login: 'jan.kowalski', password: 'x'.repeat(201) }, { newPassword: 'errors.tooLong' }],
    [
      'rejects the login in other letter case',
      { login: 'jan.kowalski', password: 'JAN.KOWALSKI' },
      { newPassword: 'auth.password.sameAsLogin' },
    ],
    [
      'rejects the current password',
      { login: 'jan.kowalski', current: 'old-password-1', password: 'old-password-1' },
      { newPassword: 'auth.password.sameAsCurrent' },
    ],
    [
      'rejects a different repetition',
      { login: 'jan.kowalski', password: 'nowe-haslo-2026', repeat: 'nowe-haslo-2027' },
      { repeatPassword: 'auth.password.repeatMismatch' },
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.deepEqual(errorsOf(input), expected);
    });
  }
});
