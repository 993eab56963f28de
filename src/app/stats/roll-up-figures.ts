import { sql } from 'kysely';
import { addDays, officeDate } from '../../domain/organisation/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { inBatches } from '../shared/batches.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { CELL_COLUMNS, cellsOfDays } from './figure-cells.ts';

/** Days rolled up per transaction: a backlog (the first run, a restored year) goes in month-sized steps. */
const DAYS_PER_STEP = 31;

/**
 * Rolls up the office's closed days not rolled up yet (from its first ticket or booking to yesterday in office
 * time) into stats_cell, a month at a time, each step one transaction with its audit row. A day's exclusive lock
 * waits for any transaction changing that day's tickets (their trigger holds the shared one), so a roll-up never
 * misses a change; a change after it forgets the day again. Days without visits are marked too (no cells).
 * @example await rollUpFigures({ db, clock, actor: systemActor(officeId) }) // { days: 365 }
 */
export async function rollUpFigures(deps: UseCaseDeps): Promise<{ days: number }> {
  const officeId = deps.actor.officeId;
  const yesterday = addDays(officeDate(deps.clock.now()), -1);
  const days = await inBatches(DAYS_PER_STEP, () =>
    deps.db.transaction().execute(async (tx) => {
      const missing = await sql<{ day: string }>`
        SELECT d::date::text AS day
        FROM generate_series(
          (SELECT least((SELECT min(office_day) FROM ticket WHERE office_id = ${officeId}),
                        (SELECT min(office_day) FROM booking WHERE office_id = ${officeId}))),
          ${yesterday}::date, interval '1 day') d
        WHERE NOT EXISTS (SELECT 1 FROM stats_rolled_day r WHERE r.office_id = ${officeId} AND r.office_day = d::date)
        ORDER BY 1 LIMIT ${DAYS_PER_STEP}`.execute(tx);
      if (missing.rows.length === 0) return 0;
      const candidates = missing.rows.map((r) => r.day);
      // In day order, as the trigger takes its shared locks, so the two never wait on each other in a circle.
      for (const day of candidates)
        await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`stats_day ${officeId} ${day}`}, 0))`.execute(tx);
      const now = deps.clock.now();
      // Another roll-up may have done some of them while this one waited for its locks.
      const marked = await sql<{ day: string }>`
        INSERT INTO stats_rolled_day (office_id, office_day, rolled_at)
        SELECT ${officeId}, d, ${now} FROM unnest(${candidates}::date[]) d
        ON CONFLICT DO NOTHING
        RETURNING office_day::text AS day`.execute(tx);
      const rolled = marked.rows.map((r) => r.day).sort();
      if (rolled.length > 0) {
        await sql`
          INSERT INTO stats_cell (office_id, office_day, hour, service_id, desk_id, ${CELL_COLUMNS})
          SELECT ${officeId}, c.* FROM (${cellsOfDays(officeId, sql`${rolled}::date[]`)}) c`.execute(tx);
        await appendAudit(tx, deps.actor, now, {
          action: 'stats.roll_up',
          subjectType: 'stats',
          details: { days: rolled.length, from: rolled[0], to: rolled[rolled.length - 1] },
        });
      }
      return candidates.length;
    }),
  );
  return { days };
}
