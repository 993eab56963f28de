import { sql } from 'kysely';
import { estimateWait, type WaitEstimate } from '../../domain/queue/index.ts';
import type { Db, Tx } from '../../storage/database.ts';

/** What a service's wait estimate is made of. */
export interface ServiceFigures {
  waiting: number;
  openDesks: number;
  /** Minutes of the most recent finished services, most recent first. */
  recentMinutes: number[];
  typicalMinutes: number;
}

// Older service times say little about today's pace.
const HISTORY_DAYS = 30;
const SAMPLE = 20;

/**
 * Per active service of the office: people waiting, open desks serving it, and recent service times.
 * @example const figures = await serviceFigures(db, officeId); estimateFor(figures.get(serviceId)!, 3)
 */
export async function serviceFigures(db: Db | Tx, officeId: number, at: Date): Promise<Map<number, ServiceFigures>> {
  const [services, waiting, desks, recent] = await Promise.all([
    db.selectFrom('service').select(['id', 'typical_minutes']).where('office_id', '=', officeId).where('active', '=', true).execute(),
    db
      .selectFrom('service_waiting')
      .innerJoin('service', 'service.id', 'service_waiting.service_id')
      .select(['service_waiting.service_id', sql<number>`service_waiting.regular + service_waiting.priority`.as('n')])
      .where('service.office_id', '=', officeId)
      .execute(),
    db
      .selectFrom('desk_session')
      .innerJoin('desk_service', 'desk_service.desk_id', 'desk_session.desk_id')
      .select(['desk_service.service_id', (eb) => eb.fn.count<string>('desk_session.desk_id').distinct().as('n')])
      .where('desk_session.office_id', '=', officeId)
      .where('desk_session.status', '=', 'open')
      .groupBy('desk_service.service_id')
      .execute(),
    sql<{ service_id: number; minutes: string }>`
      SELECT service_id, minutes FROM (
        SELECT service_id, extract(epoch FROM ended_at - started_at) / 60 AS minutes,
               row_number() OVER (PARTITION BY service_id ORDER BY ended_at DESC) AS rank
        FROM ticket
        WHERE office_id = ${officeId} AND status = 'done' AND started_at IS NOT NULL
          AND ended_at > ${new Date(at.getTime() - HISTORY_DAYS * 86_400_000)}
      ) recent WHERE rank <= ${SAMPLE} ORDER BY service_id, rank`.execute(db),
  ]);
  const figures = new Map<number, ServiceFigures>();
  for (const s of services) figures.set(s.id, { waiting: 0, openDesks: 0, recentMinutes: [], typicalMinutes: s.typical_minutes });
  for (const w of waiting) {
    const f = figures.get(w.service_id);
    if (f) f.waiting = w.n;
  }
  for (const d of desks) {
    const f = figures.get(d.service_id);
    if (f) f.openDesks = Number(d.n);
  }
  for (const r of recent.rows) figures.get(r.service_id)?.recentMinutes.push(Number(r.minutes));
  return figures;
}

/**
 * The wait of someone with this many people ahead in a service.
 * @example estimateFor({ waiting: 4, openDesks: 2, recentMinutes: [], typicalMinutes: 10 }, 4) // { kind: 'range', fromMinutes: 15, toMinutes: 25, … }
 */
export function estimateFor(figures: ServiceFigures | undefined, peopleAhead: number): WaitEstimate {
  if (!figures) return { kind: 'unknown' };
  return estimateWait({
    recentMinutes: figures.recentMinutes,
    typicalMinutes: figures.typicalMinutes,
    peopleAhead,
    openDesks: figures.openDesks,
  });
}

/**
 * How many waiting tickets of the service will be called before this one: priority tickets go first, so a
 * regular ticket has every waiting priority ticket ahead of it, and the same class by original arrival.
 * @example await peopleAhead(tx, { id: 41, serviceId: 3, arrivedAt, priority: false }) // 4
 */
export async function peopleAhead(
  db: Db | Tx,
  ticket: { id: number; serviceId: number; arrivedAt: Date; priority: boolean },
): Promise<number> {
  const row = await db
    .selectFrom('ticket')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('service_id', '=', ticket.serviceId)
    .where('status', '=', 'waiting')
    .where('id', '<>', ticket.id)
    .where((eb) => {
      const earlier = eb.or([
        eb('arrived_at', '<', ticket.arrivedAt),
        eb.and([eb('arrived_at', '=', ticket.arrivedAt), eb('id', '<', ticket.id)]),
      ]);
      const samePriority = ticket.priority ? eb('priority_reason', 'is not', null) : eb('priority_reason', 'is', null);
      const ahead = eb.and([samePriority, earlier]);
      return ticket.priority ? ahead : eb.or([eb('priority_reason', 'is not', null), ahead]);
    })
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A new ticket's people ahead and its service's figures in ONE round trip (the kiosk's answer): the same
 * counts as `peopleAhead` and `serviceFigures`, for one service only. The waiting counts come from
 * `service_waiting` (kept by the database with every ticket change), so the answer does not grow with the
 * queue: only the tickets of the same class that came after this one are counted row by row, and for a
 * ticket just issued those are the few issued since.
 * @example await ticketFigures(db, 1, { id: 41, serviceId: 3, arrivedAt, priority: false }, now) // { ahead: 4, figures: { waiting: 5, … } }
 */
export async function ticketFigures(
  db: Db | Tx,
  officeId: number,
  ticket: { id: number; serviceId: number; arrivedAt: Date; priority: boolean },
  at: Date,
): Promise<{ ahead: number; figures: ServiceFigures | undefined }> {
  const since = new Date(at.getTime() - HISTORY_DAYS * 86_400_000);
  const sameClass = ticket.priority ? sql`priority_reason IS NOT NULL` : sql`priority_reason IS NULL`;
  const result = await sql<{
    typical: number | null;
    regular: number | null;
    priority: number | null;
    open_desks: string;
    recent: number[] | null;
    from_here: string;
  }>`
    SELECT
      (SELECT typical_minutes FROM service WHERE id = ${ticket.serviceId} AND office_id = ${officeId} AND active) AS typical,
      w.regular, w.priority,
      (SELECT count(*) FROM ticket WHERE office_id = ${officeId} AND service_id = ${ticket.serviceId} AND status = 'waiting'
         AND ${sameClass} AND arrived_at >= ${ticket.arrivedAt} AND (arrived_at, id) >= (${ticket.arrivedAt}::timestamptz, ${ticket.id}::int)) AS from_here,
      (SELECT count(DISTINCT s.desk_id) FROM desk_session s JOIN desk_service ds ON ds.desk_id = s.desk_id
        WHERE s.office_id = ${officeId} AND s.status = 'open' AND ds.service_id = ${ticket.serviceId}) AS open_desks,
      (SELECT array_agg(minutes ORDER BY ended_at DESC) FROM (
        SELECT (extract(epoch FROM ended_at - started_at) / 60)::float8 AS minutes, ended_at FROM ticket
        WHERE office_id = ${officeId} AND service_id = ${ticket.serviceId} AND status = 'done' AND started_at IS NOT NULL AND ended_at > ${since}
        ORDER BY ended_at DESC LIMIT ${SAMPLE}) recent) AS recent
    FROM (SELECT 1) one LEFT JOIN service_waiting w ON w.service_id = ${ticket.serviceId}`.execute(db);
  const row = result.rows[0]!;
  const regular = row.regular ?? 0;
  const priority = row.priority ?? 0;
  // Everyone waiting of the same class, less this ticket and those after it; a regular ticket also has every priority one ahead.
  const sameClassWaiting = ticket.priority ? priority : regular;
  const ahead = Math.max(0, sameClassWaiting - Number(row.from_here)) + (ticket.priority ? 0 : priority);
  const figures =
    row.typical === null
      ? undefined
      : {
          waiting: regular + priority,
          openDesks: Number(row.open_desks),
          recentMinutes: (row.recent ?? []).map(Number),
          typicalMinutes: row.typical,
        };
  return { ahead, figures };
}
