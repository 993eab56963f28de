import { sql, type RawBuilder } from 'kysely';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';

/** A cell of the figures: the visits of one office day, hour, service and desk, as stats_cell keeps them. */
export interface FigureCell {
  office_day: string;
  hour: number;
  service_id: number;
  desk_id: number | null;
  tickets: number;
  served: number;
  no_shows: number;
  transfers: number;
  priority: number;
  bookings: number;
  booking_no_shows: number;
  /** Whole seconds rounded up, four bytes apiece (big-endian, as int4send writes them). */
  waits: Buffer;
  services: Buffer;
}

/** The columns of a cell after its key, in the order of stats_cell. */
export const CELL_COLUMNS = sql.raw('tickets, served, no_shows, transfers, priority, bookings, booking_no_shows, waits, services');

const zone = sql.lit(OFFICE_TIME_ZONE);

/**
 * The cells of an office's days computed from its tickets and bookings: `days` is an SQL array of dates. The same
 * statement fills stats_cell when a day is rolled up and stands in for the days not rolled up yet, so both agree
 * by construction. The waiting time runs from arrival (for a booked visit from its time if the resident came
 * early) to the call the resident answered; the service time from start to finish; a booking counts unless
 * cancelled; a transferred ticket counts for the service it ended in.
 */
export function cellsOfDays(officeId: number, days: RawBuilder<unknown>): RawBuilder<FigureCell> {
  return sql<FigureCell>`
    SELECT office_day, hour, service_id, desk_id,
           sum(tickets)::int AS tickets, sum(served)::int AS served, sum(no_shows)::int AS no_shows,
           sum(transfers)::int AS transfers, sum(priority)::int AS priority, sum(bookings)::int AS bookings,
           sum(booking_no_shows)::int AS booking_no_shows,
           coalesce(string_agg(wait, ''::bytea), ''::bytea) AS waits,
           coalesce(string_agg(service, ''::bytea), ''::bytea) AS services
    FROM (
      SELECT t.office_day, extract(hour FROM t.arrived_at AT TIME ZONE ${zone})::smallint AS hour, t.service_id, t.desk_id,
             1 AS tickets, (t.status = 'done')::int AS served, (t.status = 'no_show')::int AS no_shows,
             (t.transfers > 0)::int AS transfers, (t.priority_reason IS NOT NULL)::int AS priority,
             0 AS bookings, 0 AS booking_no_shows,
             CASE WHEN t.called_at IS NOT NULL THEN
               int4send(ceil(extract(epoch FROM t.called_at - greatest(t.arrived_at, coalesce(t.booked_for, t.arrived_at))))::int) END AS wait,
             CASE WHEN t.status = 'done' AND t.started_at IS NOT NULL THEN
               int4send(ceil(extract(epoch FROM t.ended_at - t.started_at))::int) END AS service
      FROM ticket t
      WHERE t.office_id = ${officeId} AND t.office_day = ANY (${days})
      UNION ALL
      SELECT b.office_day, extract(hour FROM b.starts_at AT TIME ZONE ${zone})::smallint, b.service_id, b.desk_id,
             0, 0, 0, 0, 0, 1, (b.status = 'no_show')::int, NULL, NULL
      FROM booking b
      WHERE b.office_id = ${officeId} AND b.office_day = ANY (${days}) AND b.status <> 'cancelled'
    ) visit
    GROUP BY office_day, hour, service_id, desk_id`;
}
