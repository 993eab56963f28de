import type { Db } from '../../storage/database.ts';

/** Where time comes from; tests pass a fixed or moving clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Who is acting: a logged-in member of staff, a device, the system itself or a member of the public. */
export interface Actor {
  kind: 'staff' | 'device' | 'system' | 'public';
  id: number | null;
  /** A login or device name; never a resident's personal data. */
  label: string;
  role: string;
  /** The client's IP address, for the audit log. */
  address: string;
  officeId: number;
}

/** What every use case receives besides its input. */
export interface UseCaseDeps {
  db: Db;
  clock: Clock;
  actor: Actor;
}

export function systemActor(officeId: number): Actor {
  return { kind: 'system', id: null, label: 'okienko', role: '', address: '', officeId };
}
