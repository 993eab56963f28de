import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { kioskBuildings, type KioskBuilding } from './kiosk-buildings.ts';
import { ticketView, type TicketView } from './ticket-view.ts';

/** How a ticket is served and where the kiosk stands: what its screen and printed ticket add to the ticket's view. */
export interface KioskTicketSetting {
  /** The priority reason (seed 7.1), or null for a regular ticket. */
  priorityReason: { code: string; name: Translated } | null;
  /** Served on the ground floor: a clerk comes down (seed 7.1). */
  groundFloor: boolean;
  buildings: KioskBuilding[];
  kioskBuildingId: number | null;
}

export type KioskTicketView = TicketView & KioskTicketSetting;

/**
 * What the kiosk's screen and printed ticket show of a ticket: its view, how it is served and where the
 * kiosk stands; 404 for an unknown code.
 * @example const ticket = await kioskTicketView(deps, 'K7QH2MZC9TXA'); ticket.groundFloor // true
 */
export async function kioskTicketView(deps: UseCaseDeps, code: string): Promise<KioskTicketView> {
  const view = await ticketView(deps, code);
  const ticket = await deps.db
    .selectFrom('ticket')
    .select(['priority_reason', 'ground_floor'])
    .where('id', '=', view.status.ticketId)
    .executeTakeFirstOrThrow();
  return { ...view, ...(await kioskTicketSetting(deps, ticket.priority_reason, ticket.ground_floor)) };
}

/**
 * The setting of a ticket just issued (the kiosk prints it before its page is shown).
 * @example const setting = await kioskTicketSetting(deps, 'reduced_mobility', true);
 */
export async function kioskTicketSetting(
  deps: UseCaseDeps,
  priorityReason: string | null,
  groundFloor: boolean,
): Promise<KioskTicketSetting> {
  const [site, reason] = await Promise.all([
    kioskBuildings(deps),
    priorityReason === null
      ? undefined
      : deps.db
          .selectFrom('priority_reason')
          .select(['code', translatedColumn('name').as('name')])
          .where('office_id', '=', deps.actor.officeId)
          .where('code', '=', priorityReason)
          .executeTakeFirst(),
  ]);
  return { priorityReason: reason ?? null, groundFloor, buildings: site.buildings, kioskBuildingId: site.kioskBuildingId };
}
