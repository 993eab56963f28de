import '../../storage/organisation-constraints.ts';
import { readRoom } from '../../domain/organisation/building-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { roomValues } from './building-rows.ts';

/**
 * Adds a room to a building of the office; returns its id.
 * @example await createRoom(deps, 3, { room_floor: '0', room_number: '12', room_name: 'Sala obsługi' });
 */
export async function createRoom(deps: UseCaseDeps, buildingId: number, form: FormValues): Promise<number> {
  const values = roomValues(readRoom(form));
  return deps.db.transaction().execute(async (tx) => {
    const building = await tx
      .selectFrom('building')
      .select('id')
      .where('id', '=', buildingId)
      .where('office_id', '=', deps.actor.officeId)
      .forShare()
      .executeTakeFirst();
    if (!building) throw notFound();
    const row = await tx
      .insertInto('room')
      .values({ ...values, building_id: buildingId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'room.create',
      subjectType: 'room',
      subjectId: row.id,
      details: { buildingId },
    });
    return row.id;
  });
}
