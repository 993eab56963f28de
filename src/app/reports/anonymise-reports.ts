import { sql } from 'kysely';
import { reportRetentionCutoff, UNCONFIRMED_RETENTION_DAYS } from '../../domain/reports/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

const BATCH = 500;

/**
 * The retention job: reports whose last change is older than the retention period (an unconfirmed one
 * after 30 days) lose the reporter's e-mail, name and phone, and their queued or sent mails lose
 * recipient, subject and text. Batches of 500, each one transaction with one audit row (count and ids).
 * @example await anonymiseReports(deps) // { anonymised: 12 }
 */
export async function anonymiseReports(deps: UseCaseDeps): Promise<{ anonymised: number }> {
  const now = deps.clock.now();
  const cutoff = reportRetentionCutoff(now);
  const unconfirmedCutoff = reportRetentionCutoff(now, UNCONFIRMED_RETENTION_DAYS);
  let total = 0;
  for (;;) {
    const ids = await deps.db.transaction().execute(async (tx) => {
      const changed = await sql<{ id: number }>`
        UPDATE problem_report SET email = NULL, first_name = NULL, last_name = NULL, phone = NULL, anonymised_at = ${now}
        WHERE id IN (
          SELECT id FROM problem_report
          WHERE anonymised_at IS NULL AND office_id = ${deps.actor.officeId}
            AND (updated_at < ${cutoff} OR (status = 'unconfirmed' AND created_at < ${unconfirmedCutoff}))
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id`.execute(tx);
      const found = changed.rows.map((row) => row.id);
      if (found.length === 0) return found;
      await tx
        .updateTable('mail_outbox')
        .set({ recipient: null, subject: null, body_text: null, status: sql`CASE WHEN status = 'pending' THEN 'skipped' ELSE status END` })
        .where('report_id', 'in', found)
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'report.anonymise',
        subjectType: 'problem_report',
        details: { count: found.length, ids: found },
      });
      return found;
    });
    total += ids.length;
    if (ids.length < BATCH) return { anonymised: total };
  }
}
