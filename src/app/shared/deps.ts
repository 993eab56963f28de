import type { Db } from '../../storage/database.ts';
import type { Actor, Clock } from '../../domain/shared/actor.ts';

export type { Actor, Clock } from '../../domain/shared/actor.ts';

export const systemClock: Clock = { now: () => new Date() };

/** What every use case receives besides its input. */
export interface UseCaseDeps {
  db: Db;
  clock: Clock;
  actor: Actor;
}

export function systemActor(officeId: number): Actor {
  return { kind: 'system', id: null, label: 'okienko', role: '', address: '', officeId };
}
