import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readService } from '../../domain/organisation/service-input.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { requireOfficeUnit, serviceValues } from './service-rows.ts';

/**
 * Adds a service (a matter residents come for); returns its id. The ticket letter is unique per office
 * (a constraint), so two services never print the same numbers.
 * @example const id = await createService(deps, { unit_id: '1', ticket_letter: 'A', name_pl: 'Dowód osobisty', typical_minutes: '15', active: 'on' });
 */
export async function createService(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const values = serviceValues(readService(form));
  return deps.db.transaction().execute(async (tx) => {
    await requireOfficeUnit(tx, deps.actor.officeId, values.unit_id);
    const row = await tx
      .insertInto('service')
      .values({ ...values, office_id: deps.actor.officeId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'service.create', subjectType: 'service', subjectId: row.id });
    return row.id;
  });
}
