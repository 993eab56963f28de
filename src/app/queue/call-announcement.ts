import { officeDate } from '../../domain/organisation/index.ts';
import { namedBuilding, spokenCall } from '../../domain/queue/spoken-call.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import type { ScreenPlace } from './queue-snapshot.ts';
import { numberOf } from './ticket-record.ts';

/** What a board says for a call it shows, as words for the speech engine. */
export interface CallAnnouncement {
  ticketId: number;
  /** "Numer A zero dwanaście, stanowisko pięć" (and the building and street of a desk in another building). */
  text: string;
}

/**
 * The announcement of a ticket at a desk now, for a screen standing in `screen`'s building (the same words
 * as the screen shows); 404 when the ticket is not at a desk of the office today, so a call that is over
 * is not announced again.
 * @example const { text } = await callAnnouncement(deps, 41, { buildingId: 1 });
 */
export async function callAnnouncement(deps: UseCaseDeps, ticketId: number, screen: ScreenPlace): Promise<CallAnnouncement> {
  const officeId = deps.actor.officeId;
  const [call, buildings] = await Promise.all([
    deps.db
      .selectFrom('ticket')
      .innerJoin('desk', 'desk.id', 'ticket.desk_id')
      .innerJoin('building', 'building.id', 'desk.building_id')
      .select([
        'ticket.letter',
        'ticket.number',
        'desk.number as deskNumber',
        'building.id as buildingId',
        'building.name',
        'building.street',
      ])
      .where('ticket.id', '=', ticketId)
      .where('ticket.office_id', '=', officeId)
      .where('ticket.office_day', '=', officeDate(deps.clock.now()))
      .where('ticket.status', 'in', ['called', 'serving'])
      .executeTakeFirst(),
    deps.db
      .selectFrom('building')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('office_id', '=', officeId)
      .executeTakeFirstOrThrow(),
  ]);
  if (!call) throw notFound();
  const named = namedBuilding({
    deskBuildingId: call.buildingId,
    boardBuildingId: screen.buildingId,
    officeBuildings: Number(buildings.n),
  });
  return { ticketId, text: spokenCall(numberOf(call), call.deskNumber, named ? { name: call.name, street: call.street } : null) };
}
