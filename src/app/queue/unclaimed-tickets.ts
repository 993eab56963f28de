import { cancelTicket, formatTicketNumber } from '../../domain/queue/index.ts';
import { MINUTE } from '../../domain/shared/time.ts';
import { commitTicketChange } from '../../storage/ticket-change.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { stateOf } from './ticket-record.ts';

/**
 * How long a ticket issued on a kiosk's screens may wait for its page or print before it counts as lost. The
 * kiosk follows the issue's redirect in milliseconds; a kiosk script retrying a lost answer gives up well before.
 */
export const UNCLAIMED_AFTER_MS = 2 * MINUTE;

/**
 * Records that a ticket issued on this kiosk's screens reached its holder: its page was shown on the kiosk or
 * its ticket printed. Another device's ticket, or one already handed out, is left as it is.
 * @example await confirmHandout(deps, { publicCode: 'K7QH2MZC9TXA' });
 */
export async function confirmHandout(deps: UseCaseDeps, input: { publicCode: string }): Promise<void> {
  if (deps.actor.kind !== 'device' || deps.actor.id === null) return;
  await deps.db
    .updateTable('ticket')
    .set({ awaiting_handout: false })
    .where('public_code', '=', input.publicCode)
    .where('issued_by_device_id', '=', deps.actor.id)
    .where('awaiting_handout', '=', true)
    .execute();
}

/**
 * Cancels the office's kiosk tickets that nobody holds: issued on a kiosk's screens, still waiting, and never
 * shown or printed for UNCLAIMED_AFTER_MS (the queue's minute job), or at once when the acting kiosk has just
 * issued another (`justIssuedTicketId`: a kiosk serves one person at a time, so the earlier page will never be
 * shown). Each gets a queue event and an audit row, so boards drop it and staff can see why. Tickets a desk
 * holds locked are skipped (they are being called: the next sweep sees their new state).
 * @example await voidUnclaimedTickets(deps, { justIssuedTicketId: 42 }) // { count: 1 } (one lost ticket cancelled)
 */
export async function voidUnclaimedTickets(deps: UseCaseDeps, input: { justIssuedTicketId?: number } = {}): Promise<{ count: number }> {
  const { actor } = deps;
  const now = deps.clock.now();
  const lostBefore = new Date(now.getTime() - UNCLAIMED_AFTER_MS);
  const justIssued = input.justIssuedTicketId;
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('ticket')
      .selectAll()
      .where('office_id', '=', actor.officeId)
      .where('awaiting_handout', '=', true)
      .where('status', '=', 'waiting')
      .where((eb) =>
        eb.or([
          eb('issued_at', '<', lostBefore),
          ...(justIssued !== undefined && actor.kind === 'device' && actor.id !== null
            ? [eb.and([eb('issued_by_device_id', '=', actor.id), eb('id', '!=', justIssued)])]
            : []),
        ]),
      )
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of rows) {
      const cancelled = cancelTicket(stateOf(row), now);
      if (!cancelled.ok) continue;
      const number = formatTicketNumber(row.letter, row.number);
      await commitTicketChange(tx, {
        ticketId: row.id,
        state: cancelled.ticket,
        event: {
          officeId: actor.officeId,
          at: now,
          kind: 'ticket.cancelled',
          deskId: null,
          payload: { number, serviceId: row.service_id, status: 'cancelled', reason: 'not_handed_out' },
        },
        audit: { actor, action: 'ticket.void', details: { number, reason: 'not_handed_out', issuedByDeviceId: row.issued_by_device_id } },
      });
    }
    if (rows.length > 0) {
      // The key goes with the ticket: a retry after this issues a new ticket instead of returning a cancelled one.
      await tx
        .updateTable('ticket')
        .set({ awaiting_handout: false, issue_key: null })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    }
    return { count: rows.length };
  });
}
