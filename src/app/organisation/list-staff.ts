import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A member of staff in the administrator's list. */
export interface StaffListItem {
  id: number;
  login: string;
  fullName: string;
  unitCode: string | null;
  active: boolean;
  roles: string[];
}

/**
 * The office's staff with their roles, by name, for the administrator's list. Names are personal data,
 * so the read is audited (`staff.list_read`) in the same transaction.
 * @example const people = await listStaff(deps);
 */
export async function listStaff(deps: UseCaseDeps): Promise<StaffListItem[]> {
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const people = await tx
      .selectFrom('staff')
      .leftJoin('unit', 'unit.id', 'staff.unit_id')
      .select(['staff.id', 'staff.login', 'staff.full_name as fullName', 'unit.code as unitCode', 'staff.active'])
      .where('staff.office_id', '=', officeId)
      .orderBy('staff.full_name')
      .orderBy('staff.id')
      .execute();
    const roles = await tx
      .selectFrom('staff_role')
      .innerJoin('staff', 'staff.id', 'staff_role.staff_id')
      .select(['staff_role.staff_id as staffId', 'staff_role.role'])
      .where('staff.office_id', '=', officeId)
      .orderBy('staff_role.role')
      .execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'staff.list_read',
      subjectType: 'staff',
      details: { count: people.length },
    });
    return people.map((person) => ({ ...person, roles: roles.filter((r) => r.staffId === person.id).map((r) => r.role) }));
  });
}
