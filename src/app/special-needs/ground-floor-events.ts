import { recordQueueEvent } from '../../storage/queue-repository.ts';
import type { Tx } from '../../storage/database.ts';

/** The queue-event kinds of ground-floor requests; boards and follow pages ignore them. */
export const GROUND_FLOOR_EVENT_PREFIX = 'ground_floor.';

/** True for an event of a ground-floor request (desk panels, the unit head's and the Information Point's pages listen). */
export function isGroundFloorEvent(kind: string): boolean {
  return kind.startsWith(GROUND_FLOOR_EVENT_PREFIX);
}

/**
 * Tells every process of a request's change through the queue's event feed (LISTEN/NOTIFY), delivered only
 * if the transaction commits. The payload has ids only: no person, no reason.
 */
export async function announceGroundFloor(
  tx: Tx,
  input: {
    officeId: number;
    at: Date;
    change: 'registered' | 'accepted' | 'served' | 'cancelled' | 'escalated';
    requestId: number;
    serviceId: number;
    unitId: number;
  },
): Promise<void> {
  await recordQueueEvent(tx, {
    officeId: input.officeId,
    at: input.at,
    kind: `${GROUND_FLOOR_EVENT_PREFIX}${input.change}`,
    ticketId: null,
    deskId: null,
    payload: { requestId: input.requestId, serviceId: input.serviceId, unitId: input.unitId },
  });
}
