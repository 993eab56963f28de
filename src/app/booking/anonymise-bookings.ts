import { retentionCutoff } from '../../domain/booking/index.ts';
import { instantOf } from '../../domain/organisation/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { readBookingPolicy } from './booking-policy.ts';
import { inBatches } from '../shared/batches.ts';

/** Bookings anonymised per transaction: a backlog (the first run, or after a long stop) goes in short steps. */
const BATCH = 500;

export interface AnonymisedBookings {
  count: number;
}

/**
 * Erases the personal data of the office's bookings whose visit day is past the retention period
 * (`booking_policy.retention_days` full days after the visit, see `retentionCutoff`): name, e-mail, its
 * lower-cased identity and phone become NULL and `anonymised_at` is set; their mails in the outbox lose
 * recipient, subject and text. What is left — service, desk, times, status, ticket — carries no person
 * and keeps the statistics whole. Each batch is one transaction with one audit row (count and ids);
 * anonymised rows are never picked again, so the job may run any number of times.
 * @example await anonymiseBookings({ db, clock, actor: systemActor(officeId) }) // { count: 12 }
 */
export async function anonymiseBookings(deps: UseCaseDeps): Promise<AnonymisedBookings> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const policy = await readBookingPolicy(deps.db, officeId);
  const cutoff = retentionCutoff(now, policy.retentionDays);
  // Visits before the cutoff day's first instant in Warsaw: the same as `office_day < cutoff`, on the partial index.
  const before = instantOf(cutoff, '00:00');
  const count = await inBatches(BATCH, () =>
    deps.db.transaction().execute(async (tx) => {
      const rows = await tx
        .updateTable('booking')
        .set({ person_name: null, email: null, email_identity: null, phone: null, anonymised_at: now })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('booking')
            .select('id')
            .where('office_id', '=', officeId)
            .where('anonymised_at', 'is', null)
            .where('starts_at', '<', before)
            .orderBy('id')
            .limit(BATCH)
            .forUpdate()
            .skipLocked(),
        )
        .returning('id')
        .execute();
      const bookingIds = rows.map((r) => r.id).sort((a, b) => a - b);
      if (bookingIds.length === 0) return 0;
      await tx
        .updateTable('mail_outbox')
        .set({ recipient: null, subject: null, body_text: null })
        .where('booking_id', 'in', bookingIds)
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'booking.anonymise',
        subjectType: 'booking',
        details: { count: bookingIds.length, bookingIds, cutoff },
      });
      return bookingIds.length;
    }),
  );
  return { count };
}
