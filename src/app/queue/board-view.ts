import { DomainError } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { snapshotAt, type CurrentCall, type RecentCall, type ScreenPlace, type ServiceQueue } from './queue-snapshot.ts';

/** What a waiting-room board shows: numbers and desks, never a person. */
export interface BoardView {
  board: { id: number; name: string };
  /** The building the screen stands in, when set (its header names it). */
  building: { name: string } | null;
  /** The instant the board shows (its clock). */
  at: Date;
  /** The last queue event included: the board's script follows the events after it. */
  lastEventId: string;
  calls: CurrentCall[];
  /** Today's last calls, newest first. */
  recentCalls: RecentCall[];
  /** Only the services someone waits for or a desk serves now: a board is read from across the room. */
  services: ServiceQueue[];
}

/**
 * A board of the acting device's office with the queue now, for a screen standing in `screen`'s building
 * (desks of the other buildings carry theirs); 404 for an unknown or revoked board.
 * @example const { board, calls, recentCalls, services } = await boardView(deps, 7, { buildingId: 1 });
 */
export async function boardView(deps: UseCaseDeps, boardId: number, screen: ScreenPlace): Promise<BoardView> {
  const board = await deps.db
    .selectFrom('device')
    .select(['id', 'name'])
    .where('id', '=', boardId)
    .where('kind', '=', 'board')
    .where('office_id', '=', deps.actor.officeId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!board) throw new DomainError('not_found', 'errors.notFound');
  const at = deps.clock.now();
  const [snapshot, building] = await Promise.all([
    snapshotAt(deps.db, deps.actor.officeId, at, screen),
    screen.buildingId === null
      ? undefined
      : deps.db
          .selectFrom('building')
          .select('name')
          .where('id', '=', screen.buildingId)
          .where('office_id', '=', deps.actor.officeId)
          .executeTakeFirst(),
  ]);
  return {
    board,
    building: building ?? null,
    at,
    lastEventId: snapshot.lastEventId,
    calls: snapshot.calls,
    recentCalls: snapshot.recentCalls,
    services: snapshot.services.filter((s) => s.waiting > 0 || s.openDesks > 0),
  };
}
