import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Removes a local calendar exception of the office.
 * @example await deleteCalendarException(deps, 4);
 */
export async function deleteCalendarException(deps: UseCaseDeps, id: number): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const deleted = await tx
      .deleteFrom('calendar_exception')
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (deleted.numDeletedRows === 0n) throw notFound();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'calendar_exception.delete',
      subjectType: 'calendar_exception',
      subjectId: id,
    });
  });
}
