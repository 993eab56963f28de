import { addDays, officeDate } from '../../domain/organisation/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { complaintPolicy } from './complaint-policy.ts';
import { inBatches } from '../shared/batches.ts';

const BATCH = 500;

/**
 * Erases the personal data of ended cases past the retention period: a case answered, or left unexamined,
 * more than `complaint_policy.retention_days` days ago loses the sender's name, address and e-mail and the
 * texts that may name people (subject, handling, reason of delay); what stays — kind, channel, unit, dates,
 * status, reply method — keeps the register's figures whole. Batches of 500, one audit row each; anonymised
 * cases are never picked again.
 * @example await anonymiseComplaints({ db, clock, actor: systemActor(officeId) }) // { count: 3 }
 */
export async function anonymiseComplaints(deps: UseCaseDeps): Promise<{ count: number }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const { retentionDays } = await complaintPolicy(deps.db, officeId);
  // Ended on or before this day: more than `retentionDays` full days ago.
  const cutoff = addDays(officeDate(now), -retentionDays - 1);
  const count = await inBatches(BATCH, () =>
    deps.db.transaction().execute(async (tx) => {
      const rows = await tx
        .updateTable('complaint')
        .set({
          sender_name: '',
          sender_address: '',
          sender_email: '',
          subject: '',
          handling: '',
          delay_reason: '',
          assignee: '',
          anonymised_at: now,
        })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('complaint')
            .select('id')
            .where('office_id', '=', officeId)
            .where('anonymised_at', 'is', null)
            .where((w) =>
              w.or([
                w.and([w('status', '=', 'answered'), w('replied_on', '<=', cutoff)]),
                w.and([w('status', '=', 'unexamined'), w('received_on', '<=', cutoff)]),
              ]),
            )
            .orderBy('id')
            .limit(BATCH)
            .forUpdate()
            .skipLocked(),
        )
        .returning('id')
        .execute();
      const ids = rows.map((r) => r.id).sort((a, b) => a - b);
      if (ids.length === 0) return 0;
      await appendAudit(tx, deps.actor, now, {
        action: 'complaint.anonymise',
        subjectType: 'complaint',
        details: { count: ids.length, complaintIds: ids, cutoff },
      });
      return ids.length;
    }),
  );
  return { count };
}
