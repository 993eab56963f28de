import '../../storage/organisation-constraints.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readService } from '../../domain/organisation/service-input.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from './changes.ts';
import { requireOfficeUnit, serviceValues } from './service-rows.ts';

/**
 * Changes a service. Services are never deleted (tickets and bookings refer to them): unticking
 * "active" withdraws one from kiosks and booking.
 * @example await updateService(deps, 4, { unit_id: '1', ticket_letter: 'A', name_pl: 'Dowód osobisty', typical_minutes: '20' });
 */
export async function updateService(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const values = serviceValues(readService(form));
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('service')
      .selectAll()
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await requireOfficeUnit(tx, deps.actor.officeId, values.unit_id);
    await tx.updateTable('service').set(values).where('id', '=', id).execute();
    const fields = changedFields(before, values);
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: fields.includes('active') && !values.active ? 'service.deactivate' : 'service.update',
      subjectType: 'service',
      subjectId: id,
      details: { fields },
    });
  });
}
