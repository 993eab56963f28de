import { transferTicket as transfer } from '../../domain/queue/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { runTicketAction, type TicketActionResult } from './ticket-action.ts';

/**
 * The desk sends its ticket to another service's queue, or to a particular desk, keeping the resident's
 * original arrival time; once per ticket (a second transfer is a 409).
 * @example await transferTicket(deps, { ticketId: 12, serviceId: 7, deskId: null }); // { status: 'waiting', serviceId: 7, … }
 */
export function transferTicket(
  deps: UseCaseDeps,
  input: { ticketId: number; serviceId: number; deskId: number | null },
): Promise<TicketActionResult> {
  return runTicketAction(deps, {
    ticketId: input.ticketId,
    auditAction: 'ticket.transfer',
    eventKind: 'ticket.transferred',
    deskMustBeOpen: false,
    details: { toServiceId: input.serviceId, toDeskId: input.deskId },
    transition: async (ticket, desk) => {
      const officeId = deps.actor.officeId;
      const service = await deps.db
        .selectFrom('service')
        .select('id')
        .where('id', '=', input.serviceId)
        .where('office_id', '=', officeId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!service) throw invalid({ serviceId: { key: 'queue.transfer.unknownService' } });
      let target = null;
      if (input.deskId !== null) {
        const row = await deps.db
          .selectFrom('desk')
          .select('id')
          .where('id', '=', input.deskId)
          .where('office_id', '=', officeId)
          .where('active', '=', true)
          .executeTakeFirst();
        if (!row) throw invalid({ deskId: { key: 'queue.transfer.unknownDesk' } });
        const served = await deps.db.selectFrom('desk_service').select('service_id').where('desk_id', '=', row.id).execute();
        target = { id: row.id, serviceIds: served.map((s) => s.service_id) };
      }
      return transfer(ticket, desk.desk.id, { serviceId: service.id, desk: target });
    },
  });
}
