import '../../storage/organisation-constraints.ts';
import { readDesk } from '../../domain/organisation/desk-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { deskValues, replaceDeskServices } from './desk-rows.ts';

/**
 * Adds a desk with the services it serves; returns its id. The number is unique per office and the room
 * must be in the desk's building: both are constraints.
 * @example const id = await createDesk(deps, { building_id: '1', floor: '0', number: '5', service_id: ['2'], active: 'on' });
 */
export async function createDesk(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const input = readDesk(form);
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('desk')
      .values({ ...deskValues(input), office_id: deps.actor.officeId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceDeskServices(tx, deps.actor.officeId, row.id, input.serviceIds);
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'desk.create',
      subjectType: 'desk',
      subjectId: row.id,
      details: { serviceIds: input.serviceIds },
    });
    return row.id;
  });
}
