import '../../storage/organisation-constraints.ts';
import { readRoom } from '../../domain/organisation/building-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { roomValues } from './building-rows.ts';
import { changedFields } from './changes.ts';

/**
 * Changes a room of a building of the office.
 * @example await updateRoom(deps, 3, 7, { room_floor: '1', room_number: '101', room_name: '' });
 */
export async function updateRoom(deps: UseCaseDeps, buildingId: number, roomId: number, form: FormValues): Promise<void> {
  const values = roomValues(readRoom(form));
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('room')
      .innerJoin('building', 'building.id', 'room.building_id')
      .select(['room.floor', 'room.number', 'room.name'])
      .where('room.id', '=', roomId)
      .where('room.building_id', '=', buildingId)
      .where('building.office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    await tx.updateTable('room').set(values).where('id', '=', roomId).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'room.update',
      subjectType: 'room',
      subjectId: roomId,
      details: { buildingId, fields: changedFields(before, values) },
    });
  });
}
