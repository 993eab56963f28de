import { readAnnouncement } from '../../domain/announcements/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { columns, staffId } from './announcement-columns.ts';

/**
 * Publishes an announcement from the staff form (administrator or Contact Centre): checked, one transaction
 * with its audit row; boards and kiosks hear of it through the row's NOTIFY at commit.
 * @example const id = await publishAnnouncement(deps, { severity: 'warning', text_pl: 'Nieczynne 24 grudnia', places: ['public', 'board'] });
 */
export async function publishAnnouncement(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const author = staffId(deps);
  const now = deps.clock.now();
  const input = readAnnouncement(form, now);
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('announcement')
      .values({ office_id: deps.actor.officeId, ...columns(input), created_by_staff_id: author, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'announcement.publish',
      subjectType: 'announcement',
      subjectId: row.id,
      details: { severity: input.severity, places: input.places },
    });
    return row.id;
  });
}
