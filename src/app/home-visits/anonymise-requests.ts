import { sql } from 'kysely';
import { DAY } from '../../domain/shared/time.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { homeVisitPolicy } from './policy.ts';
import { inBatches } from '../shared/batches.ts';

const BATCH = 500;

/**
 * Erases the personal data of home-visit requests ended (visit done or request cancelled) more than
 * `home_visit_policy.retention_days` days ago: the resident's and representative's names, address, phone
 * numbers and e-mail, and every free text that may name people (the matter as typed, access and time notes,
 * the cancellation reason, the visit's note and the reason it was moved). What the register needs stays:
 * unit, matter (the catalogue's service), channel, case sign, dates, statuses, the visit's outcome and the
 * authorisation it was made under. The copies of the visits' mails lose their address, subject and text. Batches of 500, one audit row each; an anonymised request is never picked again.
 * @example await anonymiseHomeVisits({ db, clock, actor: systemActor(officeId) }) // { count: 2 }
 */
export async function anonymiseHomeVisits(deps: UseCaseDeps): Promise<{ count: number }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const count = await inBatches(BATCH, () =>
    deps.db.transaction().execute(async (tx) => {
      const { retentionDays } = await homeVisitPolicy(tx, officeId);
      const endedBefore = new Date(now.getTime() - retentionDays * DAY);
      const rows = await tx
        .updateTable('home_visit_request')
        .set({
          applicant_name: '',
          visit_address: '',
          phone: '',
          email: '',
          representative_name: '',
          representative_phone: '',
          matter_text: '',
          preferred_notes: '',
          access_notes: '',
          cancel_reason: '',
          anonymised_at: now,
        })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('home_visit_request')
            .select('id')
            .where('office_id', '=', officeId)
            .where('anonymised_at', 'is', null)
            .where('ended_at', '<', endedBefore)
            .orderBy('id')
            .limit(BATCH)
            .forUpdate()
            .skipLocked(),
        )
        .returning('id')
        .execute();
      const ids = rows.map((r) => r.id).sort((a, b) => a - b);
      if (ids.length === 0) return 0;
      await tx.updateTable('home_visit').set({ note: '', reason: '' }).where('request_id', 'in', ids).execute();
      // The copies of the mails sent of the visits held the address and the employee's words: they go too.
      await tx
        .updateTable('mail_outbox')
        .set({ recipient: null, subject: null, body_text: null, status: sql`CASE WHEN status = 'pending' THEN 'skipped' ELSE status END` })
        .where('home_visit_id', 'in', (eb) => eb.selectFrom('home_visit').select('home_visit.id').where('home_visit.request_id', 'in', ids))
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'home_visit.anonymise',
        subjectType: 'home_visit_request',
        details: { count: ids.length, requestIds: ids, endedBefore: endedBefore.toISOString() },
      });
      return ids.length;
    }),
  );
  return { count };
}
