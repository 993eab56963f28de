import { conflict, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { staffId } from './announcement-columns.ts';

/**
 * Withdraws an announcement now (a person's or a device's): it leaves every screen at once.
 * @example await withdrawAnnouncement(deps, 3);
 */
export async function withdrawAnnouncement(deps: UseCaseDeps, id: number): Promise<void> {
  staffId(deps);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('announcement')
      .select(['id', 'withdrawn_at', 'device_id'])
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound();
    if (current.withdrawn_at !== null) throw conflict('announcements.error.alreadyWithdrawn');
    await tx.updateTable('announcement').set({ withdrawn_at: now, updated_at: now }).where('id', '=', id).execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'announcement.withdraw',
      subjectType: 'announcement',
      subjectId: id,
      details: { deviceId: current.device_id },
    });
  });
}
