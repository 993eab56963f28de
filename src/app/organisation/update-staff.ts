import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readStaff } from '../../domain/organisation/staff-input.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from './changes.ts';
import { requireOfficeUnitOrNone, staffValues } from './staff-rows.ts';

/**
 * Changes a member of staff and their roles. Deactivating someone ends their sessions at once
 * (the session lookup ignores inactive staff; the rows are deleted too).
 * @example await updateStaff(deps, 9, { full_name: 'Anna Nowak', login: 'a.nowak', role: ['clerk', 'unit_head'], active: 'on' });
 */
export async function updateStaff(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const input = readStaff(form);
  const values = staffValues(input);
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('staff')
      .select(['full_name', 'login', 'unit_id', 'position', 'badge_number', 'email', 'active'])
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await requireOfficeUnitOrNone(tx, deps.actor.officeId, input.unitId);
    await tx.updateTable('staff').set(values).where('id', '=', id).execute();
    await tx.deleteFrom('staff_role').where('staff_id', '=', id).execute();
    await tx
      .insertInto('staff_role')
      .values(input.roles.map((role) => ({ staff_id: id, role })))
      .execute();
    if (!input.active) await tx.deleteFrom('staff_session').where('staff_id', '=', id).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'staff.update',
      subjectType: 'staff',
      subjectId: id,
      details: { fields: changedFields(before, values), roles: input.roles },
    });
  });
}
