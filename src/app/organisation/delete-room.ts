import '../../storage/organisation-constraints.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { isStillReferenced } from './changes.ts';

/**
 * Removes a room; a room a desk or a unit still points to stays (409).
 * @example await deleteRoom(deps, 3, 7);
 */
export async function deleteRoom(deps: UseCaseDeps, buildingId: number, roomId: number): Promise<void> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const deleted = await tx
        .deleteFrom('room')
        .where('id', '=', roomId)
        .where('building_id', '=', buildingId)
        .where('building_id', 'in', tx.selectFrom('building').select('id').where('office_id', '=', deps.actor.officeId))
        .executeTakeFirst();
      if (deleted.numDeletedRows === 0n) throw notFound();
      await appendAudit(tx, deps.actor, deps.clock.now(), {
        action: 'room.delete',
        subjectType: 'room',
        subjectId: roomId,
        details: { buildingId },
      });
    });
  } catch (error) {
    if (isStillReferenced(error)) throw conflict('admin.errors.roomInUse');
    throw error;
  }
}
