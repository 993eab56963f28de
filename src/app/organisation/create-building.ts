import '../../storage/organisation-constraints.ts';
import { readBuilding } from '../../domain/organisation/building-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { buildingValues } from './building-rows.ts';

/**
 * Adds a building to the office; returns its id.
 * @example const id = await createBuilding(deps, { name: 'Ratusz', street: 'Pasaż Rudowskiego 10', postal_code: '97-300', city: 'Piotrków Trybunalski', floors: '3' });
 */
export async function createBuilding(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const values = buildingValues(readBuilding(form));
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('building')
      .values({ ...values, office_id: deps.actor.officeId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'building.create', subjectType: 'building', subjectId: row.id });
    return row.id;
  });
}
