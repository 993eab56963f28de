import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readNewStaff } from '../../domain/organisation/staff-input.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from '../auth/password.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { requireOfficeUnitOrNone, staffValues } from './staff-rows.ts';

/**
 * Adds a member of staff with their roles and an initial password; returns the id. The login is unique
 * regardless of case (a unique index on lower(login)).
 * @example const id = await createStaff(deps, { full_name: 'Anna Nowak', login: 'a.nowak', role: ['clerk'], active: 'on', password: 'pierwsze-haslo-1' });
 */
export async function createStaff(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const input = readNewStaff(form, PASSWORD_MIN, PASSWORD_MAX);
  // Hashing takes tens of milliseconds: done before the transaction, so no lock waits on it.
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (tx) => {
    await requireOfficeUnitOrNone(tx, deps.actor.officeId, input.unitId);
    const now = deps.clock.now();
    const row = await tx
      .insertInto('staff')
      .values({
        ...staffValues(input),
        office_id: deps.actor.officeId,
        password_hash: passwordHash,
        password_changed_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('staff_role')
      .values(input.roles.map((role) => ({ staff_id: row.id, role })))
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'staff.create',
      subjectType: 'staff',
      subjectId: row.id,
      details: { roles: input.roles },
    });
    return row.id;
  });
}
