import '../../storage/organisation-constraints.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { isStillReferenced } from './changes.ts';

/**
 * Removes a building with its rooms, hours and exceptions. A building that still has desks, units or
 * devices stays: the foreign keys refuse, and the administrator is told to move them first (409).
 * @example await deleteBuilding(deps, 3);
 */
export async function deleteBuilding(deps: UseCaseDeps, id: number): Promise<void> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const deleted = await tx.deleteFrom('building').where('id', '=', id).where('office_id', '=', deps.actor.officeId).executeTakeFirst();
      if (deleted.numDeletedRows === 0n) throw notFound();
      await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'building.delete', subjectType: 'building', subjectId: id });
    });
  } catch (error) {
    if (isStillReferenced(error)) throw conflict('admin.errors.buildingInUse');
    throw error;
  }
}
