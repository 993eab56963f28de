import { invalid } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Notes one phone call transferred for a matter (seed 5.4), so the office sees how many calls go where:
 * the matter, the unit and the person it went to, never anything of the caller. The unit is the person's,
 * or the matter's when no person is named.
 * @example await noteTransfer(deps, { serviceId: '4', staffId: '7' });
 */
export async function noteTransfer(deps: UseCaseDeps, form: { serviceId: string; staffId: string }): Promise<void> {
  // Sent by the page's own buttons: anything else is a tampered form, refused as a whole with the matter's words.
  const v = new FieldCheck();
  const serviceId = v.integer('service_id', form.serviceId, { min: 1, max: 2_147_483_647 });
  const staffId = v.integer('staff_id', form.staffId, { min: 1, max: 2_147_483_647, optional: true });
  if (v.has('service_id')) throw invalid({ service_id: { key: 'directory.errors.unknownMatter' } }, 'directory.errors.unknownMatter');
  if (v.has('staff_id')) throw invalid({ staff_id: { key: 'directory.errors.unknownPerson' } }, 'directory.errors.unknownPerson');
  const officeId = deps.actor.officeId;
  await deps.db.transaction().execute(async (tx) => {
    const service = await tx
      .selectFrom('service')
      .select(['id', 'unit_id'])
      .where('id', '=', serviceId ?? 0)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    if (!service) throw invalid({ service_id: { key: 'directory.errors.unknownMatter' } }, 'directory.errors.unknownMatter');
    let unitId = service.unit_id;
    if (staffId !== null) {
      const person = await tx
        .selectFrom('staff')
        .select(['id', 'unit_id'])
        .where('id', '=', staffId)
        .where('office_id', '=', officeId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!person) throw invalid({ staff_id: { key: 'directory.errors.unknownPerson' } }, 'directory.errors.unknownPerson');
      unitId = person.unit_id ?? unitId;
    }
    const now = deps.clock.now();
    const row = await tx
      .insertInto('phone_transfer')
      .values({ office_id: officeId, service_id: service.id, unit_id: unitId, staff_id: staffId, noted_by: deps.actor.id, noted_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'directory.transfer_noted',
      subjectType: 'phone_transfer',
      subjectId: row.id,
      details: { serviceId: service.id, unitId, staffId },
    });
  });
}
