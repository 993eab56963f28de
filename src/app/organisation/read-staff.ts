import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A member of staff as their form edits them. */
export interface StaffDetails {
  id: number;
  login: string;
  fullName: string;
  unitId: number | null;
  position: string;
  badgeNumber: string;
  email: string;
  active: boolean;
  roles: string[];
}

/**
 * One member of staff with their roles for the edit page; the read of their name and e-mail is audited
 * (`staff.read`) in the same transaction.
 * @example const person = await readStaff(deps, 9);
 */
export async function readStaff(deps: UseCaseDeps, id: number): Promise<StaffDetails> {
  return deps.db.transaction().execute(async (tx) => {
    const person = await tx
      .selectFrom('staff')
      .select(['id', 'login', 'full_name as fullName', 'unit_id as unitId', 'position', 'badge_number as badgeNumber', 'email', 'active'])
      .where('office_id', '=', deps.actor.officeId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!person) throw notFound();
    const roles = await tx.selectFrom('staff_role').select('role').where('staff_id', '=', id).orderBy('role').execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'staff.read', subjectType: 'staff', subjectId: id });
    return { ...person, roles: roles.map((r) => r.role) };
  });
}
