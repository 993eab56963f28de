import { isStaffRole, type StaffRole } from '../../domain/auth/roles.ts';
import { checkNewPassword } from '../../domain/auth/password-policy.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { registerConstraintMessages, translateDatabaseError } from '../../storage/database-errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { hashPassword } from './password.ts';

registerConstraintMessages({
  staff_login: { kind: 'conflict', field: 'login', key: 'auth.account.loginTaken' },
});

export interface CreateAccountInput {
  login: unknown;
  fullName: unknown;
  roles: readonly unknown[];
  /** The code of the person's unit, e.g. "USC"; optional. */
  unitCode?: unknown;
  password: string;
}

/**
 * Creates a member of staff who can log in, with roles and an optional unit.
 * The login is unique regardless of letter case (the database's `staff_login` index keeps that promise).
 * @example const { id } = await createAccount(deps, { login: 'jan.kowalski', fullName: 'Jan Kowalski', roles: ['clerk'], password });
 */
export async function createAccount(
  deps: UseCaseDeps,
  input: CreateAccountInput,
): Promise<{ id: number; login: string; roles: StaffRole[] }> {
  const v = new FieldCheck();
  const login = v.text('login', input.login, { max: 40, pattern: /^[a-z0-9._-]{3,40}$/, patternKey: 'auth.account.loginFormat' });
  const fullName = v.text('fullName', input.fullName, { max: 120 });
  const unitCode = v.text('unit', input.unitCode, { max: 12, optional: true });
  const roles: StaffRole[] = [];
  for (const raw of input.roles) {
    if (typeof raw === 'string' && isStaffRole(raw)) {
      if (!roles.includes(raw)) roles.push(raw);
    } else {
      v.fail('role', 'auth.account.unknownRole');
    }
  }
  if (input.roles.length === 0) v.fail('role', 'errors.required');
  if (!v.has('login')) checkNewPassword(v, 'password', 'password', { login, password: input.password });
  v.done();

  const now = deps.clock.now();
  const passwordHash = await hashPassword(input.password);
  // Worded here rather than only by the HTTP error handler: the command line calls this too.
  return deps.db
    .transaction()
    .execute(async (tx) => {
      let unitId: number | null = null;
      if (unitCode !== '') {
        const unit = await tx
          .selectFrom('unit')
          .select('id')
          .where('office_id', '=', deps.actor.officeId)
          .where('code', '=', unitCode)
          .executeTakeFirst();
        if (!unit) throw invalid({ unit: { key: 'auth.account.unknownUnit' } });
        unitId = unit.id;
      }
      const row = await tx
        .insertInto('staff')
        .values({
          office_id: deps.actor.officeId,
          login,
          full_name: fullName,
          unit_id: unitId,
          password_hash: passwordHash,
          password_changed_at: now,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('staff_role')
        .values(roles.map((role) => ({ staff_id: row.id, role })))
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'staff.create',
        subjectType: 'staff',
        subjectId: row.id,
        details: { roles, unitId },
      });
      return { id: row.id, login, roles };
    })
    .catch((error: unknown) => {
      throw translateDatabaseError(error) ?? error;
    });
}
