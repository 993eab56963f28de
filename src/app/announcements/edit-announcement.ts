import { readAnnouncement } from '../../domain/announcements/index.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { columns, staffId } from './announcement-columns.ts';

/**
 * Changes a person's announcement (an automatic one is the system's: it can only be withdrawn). A withdrawn
 * or ended one is not changed: publish a new one.
 * @example await editAnnouncement(deps, 3, form);
 */
export async function editAnnouncement(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  staffId(deps);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('announcement')
      .select(['id', 'device_id', 'withdrawn_at', 'shown_until'])
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!current || current.device_id !== null) throw notFound();
    if (current.withdrawn_at !== null || (current.shown_until !== null && current.shown_until <= now))
      throw conflict('announcements.error.closed');
    const input = readAnnouncement(form, now);
    await tx
      .updateTable('announcement')
      .set({ ...columns(input), updated_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'announcement.edit',
      subjectType: 'announcement',
      subjectId: id,
      details: { severity: input.severity, places: input.places },
    });
  });
}
