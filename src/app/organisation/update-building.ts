import '../../storage/organisation-constraints.ts';
import { readBuilding } from '../../domain/organisation/building-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { buildingValues } from './building-rows.ts';
import { changedFields } from './changes.ts';

/**
 * Changes a building of the office.
 * @example await updateBuilding(deps, 3, { name: 'Ratusz', street: 'Pasaż Rudowskiego 10', postal_code: '97-300', city: 'Piotrków Trybunalski', floors: '4' });
 */
export async function updateBuilding(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const values = buildingValues(readBuilding(form));
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('building')
      .selectAll()
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await tx.updateTable('building').set(values).where('id', '=', id).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'building.update',
      subjectType: 'building',
      subjectId: id,
      details: { fields: changedFields(before, values) },
    });
  });
}
