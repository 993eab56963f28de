import type { TicketState } from '../../domain/queue/index.ts';
import { formatTicketNumber } from '../../domain/queue/index.ts';
import type { TicketRow } from '../../storage/queue-repository.ts';
import type { Tx } from '../../storage/database.ts';

/**
 * The state machine's view of a stored ticket.
 * @example const next = startService(stateOf(row), deskId, now);
 */
export function stateOf(row: TicketRow): TicketState {
  return {
    status: row.status,
    serviceId: row.service_id,
    deskId: row.desk_id,
    assignedDeskId: row.assigned_desk_id,
    recalls: row.recalls,
    transfers: row.transfers,
    outcome: row.outcome,
    arrivedAt: row.arrived_at,
    calledAt: row.called_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}

/**
 * Writes a ticket's new state (the row must be locked by the caller's transaction).
 * @example await saveState(tx, row.id, next);
 */
export async function saveState(tx: Tx, ticketId: number, state: TicketState): Promise<void> {
  await tx
    .updateTable('ticket')
    .set({
      status: state.status,
      service_id: state.serviceId,
      desk_id: state.deskId,
      assigned_desk_id: state.assignedDeskId,
      recalls: state.recalls,
      transfers: state.transfers,
      outcome: state.outcome,
      arrived_at: state.arrivedAt,
      called_at: state.calledAt,
      started_at: state.startedAt,
      ended_at: state.endedAt,
    })
    .where('id', '=', ticketId)
    .execute();
}

/** The ticket's number as printed and shown: 'A012'. */
export function numberOf(row: { letter: string; number: number }): string {
  return formatTicketNumber(row.letter, row.number);
}
