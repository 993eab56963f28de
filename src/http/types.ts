import type { Locale, Translate } from '../ui/i18n/index.ts';
import type { Clock, Db } from '../app/shared/index.ts';
import type { Config } from '../config.ts';
import { STAFF_ROLES, type StaffRole } from '../domain/auth/roles.ts';
import type { QueueEventFeed } from '../app/queue/index.ts';
import type { SignedInStaff } from '../app/auth/index.ts';
import type { SignedInDevice } from '../app/devices/index.ts';
import type { ServerMetrics } from './metrics.ts';

export const ROLES = STAFF_ROLES;
export type Role = StaffRole;

/** The member of staff behind the request's session. */
export type SessionStaff = SignedInStaff;

/** The device behind the request's token. */
export type RequestDevice = SignedInDevice;

export interface ServerDeps {
  db: Db;
  config: Config;
  clock: Clock;
  /** Live queue events (LISTEN/NOTIFY); without it the event streams answer 503. */
  queueEvents?: QueueEventFeed;
  /**
   * A pool of its own (one connection) for /readyz, so a node whose main pool is busy still answers its load
   * balancer's check instead of queueing it behind the requests and being marked down; `db` when absent.
   */
  readinessDb?: Db;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    staff: SessionStaff | null;
    device: RequestDevice | null;
  }
  interface FastifyInstance {
    deps: ServerDeps;
    metrics: ServerMetrics;
  }
}
