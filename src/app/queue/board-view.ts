import { DomainError } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { snapshotAt, type CurrentCall, type ServiceQueue } from './queue-snapshot.ts';

/** What a waiting-room board shows: numbers and desks, never a person. */
export interface BoardView {
  board: { id: number; name: string };
  /** The instant the board shows (its clock). */
  at: Date;
  /** The last queue event included: the board's script follows the events after it. */
  lastEventId: string;
  calls: CurrentCall[];
  /** Only the services someone waits for or a desk serves now: a board is read from across the room. */
  services: ServiceQueue[];
}

/**
 * A board of the acting device's office with the queue now; 404 for an unknown or revoked board.
 * @example const { board, calls, services } = await boardView(deps, 7);
 */
export async function boardView(deps: UseCaseDeps, boardId: number): Promise<BoardView> {
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
  const snapshot = await snapshotAt(deps.db, deps.actor.officeId, at);
  return {
    board,
    at,
    lastEventId: snapshot.lastEventId,
    calls: snapshot.calls,
    services: snapshot.services.filter((s) => s.waiting > 0 || s.openDesks > 0),
  };
}
