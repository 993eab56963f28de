import type { Db, Tx } from '../../storage/database.ts';
import { DEFAULT_CALL_POLICY, DEFAULT_RECALL_POLICY, type CallPolicy, type RecallPolicy } from '../../domain/queue/index.ts';

export interface QueuePolicy {
  recall: RecallPolicy;
  call: CallPolicy;
}

/**
 * The office's queue policy; the domain defaults when the office has not set one.
 * @example const { recall, call } = await loadQueuePolicy(tx, officeId);
 */
export async function loadQueuePolicy(db: Db | Tx, officeId: number): Promise<QueuePolicy> {
  const row = await db.selectFrom('queue_policy').selectAll().where('office_id', '=', officeId).executeTakeFirst();
  if (!row) return { recall: DEFAULT_RECALL_POLICY, call: DEFAULT_CALL_POLICY };
  return {
    recall: { recallsBeforeNoShow: row.recalls_before_no_show, maxRecalls: row.max_recalls },
    call: {
      bookingMinutesBefore: row.booking_minutes_before,
      bookingMinutesAfter: row.booking_minutes_after,
      maxOutOfTurnInARow: row.max_out_of_turn_in_a_row,
    },
  };
}
