import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readUnit } from '../../domain/organisation/unit-input.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from './changes.ts';
import { unitValues } from './unit-rows.ts';

/**
 * Changes an organisational unit of the office.
 * @example await updateUnit(deps, 2, { code: 'WSO', name_pl: 'Wydział Spraw Obywatelskich', phone: '44 732 77 01' });
 */
export async function updateUnit(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const values = unitValues(readUnit(form));
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('unit')
      .selectAll()
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await tx.updateTable('unit').set(values).where('id', '=', id).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'unit.update',
      subjectType: 'unit',
      subjectId: id,
      details: { fields: changedFields(before, values) },
    });
  });
}
