import { sql } from 'kysely';
import { nextGroundFloorStatus, type GroundFloorAction, type GroundFloorStatus } from '../../domain/special-needs/index.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { announceGroundFloor } from './ground-floor-events.ts';

const FROM: Record<GroundFloorAction, GroundFloorStatus[]> = {
  accept: ['registered'],
  serve: ['accepted'],
  cancel: ['registered', 'accepted'],
};

/**
 * One step of a ground-floor request: a clerk (or the unit head) accepts it — "Schodzę" —, marks it served, or
 * the Information Point cancels it (`onlyOwn`: a clerk may mark served only a request they accepted). The step is one conditional UPDATE, so of two clerks pressing "Schodzę" at
 * once exactly one wins and the other gets 409 "already accepted". One transaction with its event and audit row.
 * @example await changeGroundFloorRequest(deps, { requestId: 7, action: 'accept' }) // { status: 'accepted' }
 */
export async function changeGroundFloorRequest(
  deps: UseCaseDeps,
  input: { requestId: number; action: GroundFloorAction; onlyOwn?: boolean },
): Promise<{ status: GroundFloorStatus }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const staffId = deps.actor.kind === 'staff' ? deps.actor.id : null;
  return deps.db.transaction().execute(async (tx) => {
    const to = nextGroundFloorStatus(FROM[input.action][0]!, input.action);
    const deskId =
      input.action === 'accept' && staffId !== null
        ? ((
            await tx
              .selectFrom('desk_session')
              .select('desk_id')
              .where('staff_id', '=', staffId)
              .where('status', '<>', 'closed')
              .executeTakeFirst()
          )?.desk_id ?? null)
        : null;
    const changed = await tx
      .updateTable('ground_floor_request')
      .set({
        status: to,
        ...(input.action === 'accept' ? { accepted_at: now, accepted_by: staffId, accepted_desk_id: deskId } : {}),
        ...(input.action === 'serve' ? { served_at: now } : {}),
        ...(input.action === 'cancel' ? { cancelled_at: now } : {}),
      })
      .where('id', '=', input.requestId)
      .where('office_id', '=', officeId)
      .where('status', 'in', FROM[input.action])
      // A clerk marks served only what they accepted; the unit head and the Information Point any.
      .where((eb) => (input.onlyOwn && input.action === 'serve' ? eb('accepted_by', '=', staffId ?? -1) : eb.val(true)))
      .returning(['id', 'service_id', 'unit_id', sql<string>`status`.as('status')])
      .executeTakeFirst();
    if (!changed) {
      const current = await tx
        .selectFrom('ground_floor_request')
        .select('status')
        .where('id', '=', input.requestId)
        .where('office_id', '=', officeId)
        .executeTakeFirst();
      if (!current) throw notFound();
      nextGroundFloorStatus(current.status, input.action);
      throw conflict('groundFloor.refusal.notYours');
    }
    const change = ({ accept: 'accepted', serve: 'served', cancel: 'cancelled' } as const)[input.action];
    await announceGroundFloor(tx, {
      officeId,
      at: now,
      change,
      requestId: changed.id,
      serviceId: changed.service_id,
      unitId: changed.unit_id,
    });
    await appendAudit(tx, deps.actor, now, {
      action: `ground_floor.${input.action}`,
      subjectType: 'ground_floor_request',
      subjectId: changed.id,
      details: { serviceId: changed.service_id, unitId: changed.unit_id, deskId },
    });
    return { status: to };
  });
}
