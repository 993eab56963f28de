import { appendAudit } from '../../storage/audit-repository.ts';
import { listStaff as selectStaff, type StaffListRow } from '../../storage/organisation-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * The office's staff for the administrator's list. Names are personal data, so the read is audited
 * (`staff.list_read`) in the same transaction.
 * @example const people = await listStaff(deps);
 */
export async function listStaff(deps: UseCaseDeps): Promise<StaffListRow[]> {
  return deps.db.transaction().execute(async (tx) => {
    const people = await selectStaff(tx, deps.actor.officeId);
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'staff.list_read',
      subjectType: 'staff',
      details: { count: people.length },
    });
    return people;
  });
}
