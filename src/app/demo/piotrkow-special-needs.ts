// The demo office's Information Point for special needs: the video interpreter in room A.0.1 (building A,
// ul. Szkolna 28, from the demo buildings), available; no PJM film, since the demo office has none.
import type { Clock } from '../shared/deps.ts';
import type { Db, Tx } from '../../storage/database.ts';

/** The room of the video interpreter, by its number among the demo rooms. */
export const DEMO_INTERPRETER_ROOM = 'A.0.1';

/**
 * Adds the Information Point's settings and the interpreter's availability once: a demo database created before
 * them gets them at its next start; an administrator's later changes are kept.
 * @example await addDemoSpecialNeeds(db, officeId, clock);
 */
export async function addDemoSpecialNeeds(db: Db | Tx, officeId: number, clock: Clock): Promise<void> {
  const present = await db.selectFrom('information_point_policy').select('office_id').where('office_id', '=', officeId).executeTakeFirst();
  if (present) return;
  const room = await db
    .selectFrom('room')
    .innerJoin('building', 'building.id', 'room.building_id')
    .select('room.id')
    .where('building.office_id', '=', officeId)
    .where('room.number', '=', DEMO_INTERPRETER_ROOM)
    .executeTakeFirst();
  await db
    .insertInto('information_point_policy')
    .values({ office_id: officeId, interpreter_room_id: room?.id ?? null })
    .onConflict((oc) => oc.column('office_id').doNothing())
    .execute();
  await db
    .insertInto('interpreter_status')
    .values({ office_id: officeId, available: true, changed_at: clock.now() })
    .onConflict((oc) => oc.column('office_id').doNothing())
    .execute();
}
