import '../../storage/organisation-constraints.ts';
import { readDesk } from '../../domain/organisation/desk-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from './changes.ts';
import { deskValues, replaceDeskServices } from './desk-rows.ts';

/**
 * Changes a desk and the services it serves.
 * @example await updateDesk(deps, 5, { building_id: '1', floor: '1', number: '5', service_id: ['2', '3'], active: 'on' });
 */
export async function updateDesk(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const input = readDesk(form);
  const values = deskValues(input);
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('desk')
      .selectAll()
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await tx.updateTable('desk').set(values).where('id', '=', id).execute();
    await replaceDeskServices(tx, deps.actor.officeId, id, input.serviceIds);
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'desk.update',
      subjectType: 'desk',
      subjectId: id,
      details: { fields: changedFields(before, values), serviceIds: input.serviceIds },
    });
  });
}
