import { MINUTE } from '../../domain/shared/time.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { announceGroundFloor } from './ground-floor-events.ts';
import { informationPointPolicy } from './policy.ts';

/**
 * Escalates the office's ground-floor requests nobody accepted within the office's minutes (default 5): each is
 * marked once (`escalated_at`), and its event makes the unit head's and the Information Point's pages sound the
 * alert again. Idempotent: a request already escalated, accepted or closed is left alone; rows locked by a
 * clerk accepting right now are skipped (the accept wins). The background job runs it every 30 seconds.
 * @example await escalateGroundFloorRequests(deps) // { count: 1 }
 */
export async function escalateGroundFloorRequests(deps: UseCaseDeps): Promise<{ count: number }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const { escalateMinutes } = await informationPointPolicy(deps.db, officeId);
  const dueBefore = new Date(now.getTime() - escalateMinutes * MINUTE);
  return deps.db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('ground_floor_request')
      .select(['id', 'service_id', 'unit_id'])
      .where('office_id', '=', officeId)
      .where('status', '=', 'registered')
      .where('escalated_at', 'is', null)
      .where('registered_at', '<=', dueBefore)
      .orderBy('id')
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return { count: 0 };
    await tx
      .updateTable('ground_floor_request')
      .set({ escalated_at: now })
      .where(
        'id',
        'in',
        due.map((r) => r.id),
      )
      .execute();
    for (const row of due)
      await announceGroundFloor(tx, {
        officeId,
        at: now,
        change: 'escalated',
        requestId: row.id,
        serviceId: row.service_id,
        unitId: row.unit_id,
      });
    await appendAudit(tx, deps.actor, now, {
      action: 'ground_floor.escalate',
      subjectType: 'ground_floor_request',
      details: { count: due.length, ids: due.map((r) => r.id), minutes: escalateMinutes },
    });
    return { count: due.length };
  });
}
