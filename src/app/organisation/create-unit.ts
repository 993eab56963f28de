import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readUnit } from '../../domain/organisation/unit-input.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { unitValues } from './unit-rows.ts';

/**
 * Adds an organisational unit; returns its id. The building must be the office's and the room in that
 * building: both are foreign keys.
 * @example const id = await createUnit(deps, { code: 'WSO', name_pl: 'Wydział Spraw Obywatelskich' });
 */
export async function createUnit(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const values = unitValues(readUnit(form));
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('unit')
      .values({ ...values, office_id: deps.actor.officeId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'unit.create', subjectType: 'unit', subjectId: row.id });
    return row.id;
  });
}
