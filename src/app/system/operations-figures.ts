import { sql } from 'kysely';
import { officeDate } from '../../domain/organisation/index.ts';
import { poolStats, type PoolStats } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A service's queue today, as monitoring reads it. */
export interface ServiceFigure {
  letter: string;
  waiting: number;
  issuedToday: number;
  calledToday: number;
}

/** Devices of one kind in one state. */
export interface DeviceFigure {
  kind: string;
  /** What the device last reported of itself: ok, warning, failed, unknown. */
  health: string;
  /** Whether it was heard from within `DEVICE_SEEN_SECONDS`. */
  connected: boolean;
  count: number;
}

export interface OperationsFigures {
  services: ServiceFigure[];
  /** Mails due and not yet sent, and how long the oldest of them has been due (0 when none). */
  outbox: { pending: number; oldestDueSeconds: number };
  devices: DeviceFigure[];
  /** This process's database connections now (null for a handle not opened by `openDatabase`). */
  pool: PoolStats | null;
}

/** Kiosks and boards send a heartbeat every minute: unheard for two of them and a half, a device counts as away. */
export const DEVICE_SEEN_SECONDS = 150;

/**
 * The office's figures that monitoring scrapes (the same from every node, being read from the database):
 * per active service people waiting, tickets issued and called today; the mail outbox's backlog; the
 * devices by kind, reported health and whether they are heard from.
 * @example const { services, outbox, devices } = await operationsFigures(deps);
 */
export async function operationsFigures(deps: UseCaseDeps): Promise<OperationsFigures> {
  const { db } = deps;
  const officeId = deps.actor.officeId;
  const now = deps.clock.now();
  const today = officeDate(now);
  const [services, outbox, devices] = await Promise.all([
    sql<{ letter: string; waiting: number; issued: number; called: number }>`
      SELECT s.ticket_letter AS letter,
             coalesce(w.regular + w.priority, 0)::int AS waiting,
             coalesce(t.issued, 0)::int AS issued,
             coalesce(t.called, 0)::int AS called
        FROM service s
        LEFT JOIN service_waiting w ON w.service_id = s.id
        LEFT JOIN (
          SELECT service_id, count(*) AS issued, count(called_at) AS called
            FROM ticket WHERE office_id = ${officeId} AND office_day = ${today}
           GROUP BY service_id
        ) t ON t.service_id = s.id
       WHERE s.office_id = ${officeId} AND s.active
       ORDER BY s.ticket_letter`.execute(db),
    db
      .selectFrom('mail_outbox')
      .select([(eb) => eb.fn.countAll<string>().as('pending'), (eb) => eb.fn.min('send_after').as('oldest')])
      .where('office_id', '=', officeId)
      .where('status', '=', 'pending')
      .where('send_after', '<=', now)
      .executeTakeFirstOrThrow(),
    sql<{ kind: string; health: string; connected: boolean; count: number }>`
      SELECT kind, health, coalesce(last_seen_at > ${new Date(now.getTime() - DEVICE_SEEN_SECONDS * 1000)}, false) AS connected,
             count(*)::int AS count
        FROM device
       WHERE office_id = ${officeId} AND revoked_at IS NULL
       GROUP BY 1, 2, 3
       ORDER BY 1, 2, 3`.execute(db),
  ]);
  const oldest = outbox.oldest as Date | null;
  return {
    services: services.rows.map((s) => ({ letter: s.letter, waiting: s.waiting, issuedToday: s.issued, calledToday: s.called })),
    outbox: {
      pending: Number(outbox.pending),
      oldestDueSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : 0,
    },
    devices: devices.rows,
    pool: poolStats(db),
  };
}
