import { sql, type RawBuilder } from 'kysely';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';
import type { FigureGrouping, FiguresQuery } from '../../domain/stats/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { figuresScope, unitOfScope, type FiguresViewer } from './figures-scope.ts';

/** Average, median, 90th percentile and maximum, in minutes. */
export interface TimeFigures {
  average: number;
  median: number;
  p90: number;
  max: number;
}

/** What a row of figures is about. */
export type FigureGroup =
  | { kind: 'service'; id: number; letter: string; name: Translated }
  | { kind: 'unit'; id: number; code: string; name: Translated }
  | { kind: 'desk'; id: number; number: string; name: string }
  | { kind: 'noDesk' }
  | { kind: 'day'; day: string }
  | { kind: 'hour'; hour: number }
  | { kind: 'total' };

/** One row of the figures: counts, shares (0–1, null when there is nothing to divide) and times. */
export interface FigureRow {
  group: FigureGroup;
  tickets: number;
  bookings: number;
  served: number;
  servedShare: number | null;
  /** Tickets called and not come, and booked visits nobody came to. */
  noShows: number;
  noShowShare: number | null;
  transfers: number;
  priorityShare: number | null;
  wait: TimeFigures | null;
  service: TimeFigures | null;
  /** Of the calls in services with a target: the share that waited longer than the target; null: no target. */
  aboveTargetShare: number | null;
}

export interface FiguresReport {
  query: FiguresQuery;
  /** The unit the figures are limited to (a unit head's own, or the one an administrator chose); null: all. */
  unitId: number | null;
  /** A unit head whose account names no unit sees no figures. */
  noUnit: boolean;
  /** The units the form offers. */
  units: { id: number; code: string; name: Translated }[];
  rows: FigureRow[];
  total: FigureRow;
}

/** The column of the visits a grouping groups by; from a fixed list, never from the request. */
const TICKET_KEY: Record<FigureGrouping, string> = {
  service: 't.service_id::text',
  unit: 's.unit_id::text',
  desk: "coalesce(t.desk_id::text, '')",
  day: 't.office_day::text',
  hour: `extract(hour FROM t.arrived_at AT TIME ZONE '${OFFICE_TIME_ZONE}')::int::text`,
};
const BOOKING_KEY: Record<FigureGrouping, string> = {
  service: 'b.service_id::text',
  unit: 's.unit_id::text',
  desk: 'b.desk_id::text',
  day: 'b.office_day::text',
  hour: `extract(hour FROM b.starts_at AT TIME ZONE '${OFFICE_TIME_ZONE}')::int::text`,
};

interface TicketAggregate {
  key: string | null;
  total: boolean;
  tickets: string;
  served: string;
  no_shows: string;
  transfers: string;
  priority: string;
  wait_avg: number | null;
  wait_pct: number[] | null;
  wait_max: number | null;
  service_avg: number | null;
  service_pct: number[] | null;
  service_max: number | null;
  with_target: string;
  above_target: string;
}

interface BookingAggregate {
  key: string | null;
  total: boolean;
  bookings: string;
  no_shows: string;
}

/**
 * The waiting time of a called ticket in minutes: from arrival (for a booked visit, from its time if the resident
 * came early) to the call the resident answered; the service time from start to finish.
 */
const WAIT = sql`extract(epoch FROM t.called_at - greatest(t.arrived_at, coalesce(t.booked_for, t.arrived_at))) / 60`;
const SERVICE = sql`extract(epoch FROM t.ended_at - t.started_at) / 60`;

function unitFilter(alias: 's', unitId: number | null): RawBuilder<unknown> {
  return unitId === null ? sql`` : sql`AND ${sql.ref(`${alias}.unit_id`)} = ${unitId}`;
}

async function ticketAggregates(db: Db, officeId: number, query: FiguresQuery, unitId: number | null): Promise<TicketAggregate[]> {
  const key = sql.raw(TICKET_KEY[query.by]);
  const result = await sql<TicketAggregate>`
    WITH v AS (
      SELECT ${key} AS key, t.status, t.priority_reason IS NOT NULL AS priority, t.transfers > 0 AS transferred,
             CASE WHEN t.called_at IS NOT NULL THEN (${WAIT})::float8 END AS wait,
             CASE WHEN t.status = 'done' AND t.started_at IS NOT NULL THEN (${SERVICE})::float8 END AS service,
             s.wait_target_minutes AS target
      FROM ticket t JOIN service s ON s.id = t.service_id
      WHERE t.office_id = ${officeId} AND t.office_day BETWEEN ${query.from}::date AND ${query.to}::date ${unitFilter('s', unitId)}
    )
    SELECT key, grouping(key) = 1 AS total,
           count(*) AS tickets,
           count(*) FILTER (WHERE status = 'done') AS served,
           count(*) FILTER (WHERE status = 'no_show') AS no_shows,
           count(*) FILTER (WHERE transferred) AS transfers,
           count(*) FILTER (WHERE priority) AS priority,
           avg(wait) AS wait_avg, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY wait) AS wait_pct, max(wait) AS wait_max,
           avg(service) AS service_avg, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY service) AS service_pct,
           max(service) AS service_max,
           count(*) FILTER (WHERE wait IS NOT NULL AND target IS NOT NULL) AS with_target,
           count(*) FILTER (WHERE wait > target) AS above_target
    FROM v GROUP BY GROUPING SETS ((key), ())`.execute(db);
  return result.rows;
}

async function bookingAggregates(db: Db, officeId: number, query: FiguresQuery, unitId: number | null): Promise<BookingAggregate[]> {
  const key = sql.raw(BOOKING_KEY[query.by]);
  const result = await sql<BookingAggregate>`
    SELECT ${key} AS key, grouping(${key}) = 1 AS total,
           count(*) AS bookings,
           count(*) FILTER (WHERE b.status = 'no_show') AS no_shows
    FROM booking b JOIN service s ON s.id = b.service_id
    WHERE b.office_id = ${officeId} AND b.office_day BETWEEN ${query.from}::date AND ${query.to}::date AND b.status <> 'cancelled'
      ${unitFilter('s', unitId)}
    GROUP BY GROUPING SETS ((${key}), ())`.execute(db);
  return result.rows;
}

function times(avg: number | null, pct: number[] | null, max: number | null): TimeFigures | null {
  if (avg === null || pct === null || max === null) return null;
  return { average: avg, median: Number(pct[0]), p90: Number(pct[1]), max };
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function rowOf(group: FigureGroup, t: TicketAggregate | undefined, b: BookingAggregate | undefined): FigureRow {
  const tickets = Number(t?.tickets ?? 0);
  const bookingNoShows = Number(b?.no_shows ?? 0);
  const noShows = Number(t?.no_shows ?? 0) + bookingNoShows;
  const served = Number(t?.served ?? 0);
  return {
    group,
    tickets,
    bookings: Number(b?.bookings ?? 0),
    served,
    servedShare: share(served, tickets),
    noShows,
    // Of everyone who took a ticket or was expected at a booked time and never took one.
    noShowShare: share(noShows, tickets + bookingNoShows),
    transfers: Number(t?.transfers ?? 0),
    priorityShare: share(Number(t?.priority ?? 0), tickets),
    wait: t ? times(t.wait_avg, t.wait_pct, t.wait_max) : null,
    service: t ? times(t.service_avg, t.service_pct, t.service_max) : null,
    aboveTargetShare: t ? share(Number(t.above_target), Number(t.with_target)) : null,
  };
}

/** Labels of the office's services, units and desks, for the rows' groups. */
async function groupLabels(db: Db, officeId: number) {
  const [services, units, desks] = await Promise.all([
    db
      .selectFrom('service')
      .select(['id', 'ticket_letter as letter', translatedColumn('service.name').as('name')])
      .where('office_id', '=', officeId)
      .execute(),
    db
      .selectFrom('unit')
      .select(['id', 'code', translatedColumn('unit.name').as('name')])
      .where('office_id', '=', officeId)
      .orderBy('code')
      .execute(),
    db.selectFrom('desk').select(['id', 'number', 'name']).where('office_id', '=', officeId).execute(),
  ]);
  return { services, units, desks };
}

type Labels = Awaited<ReturnType<typeof groupLabels>>;

function groupOf(by: FigureGrouping, key: string, labels: Labels): FigureGroup {
  switch (by) {
    case 'service': {
      const s = labels.services.find((x) => String(x.id) === key);
      return s ? { kind: 'service', id: s.id, letter: s.letter, name: s.name } : { kind: 'total' };
    }
    case 'unit': {
      const u = labels.units.find((x) => String(x.id) === key);
      return u ? { kind: 'unit', id: u.id, code: u.code, name: u.name } : { kind: 'total' };
    }
    case 'desk': {
      const d = labels.desks.find((x) => String(x.id) === key);
      return d ? { kind: 'desk', id: d.id, number: d.number, name: d.name } : { kind: 'noDesk' };
    }
    case 'day':
      return { kind: 'day', day: key };
    case 'hour':
      return { kind: 'hour', hour: Number(key) };
  }
}

/** The order of rows: services by letter, units by code, desks by number (no desk last), days and hours in time. */
function compareGroups(a: FigureGroup, b: FigureGroup): number {
  const sortKey = (g: FigureGroup): string | number => {
    switch (g.kind) {
      case 'service':
        return g.letter;
      case 'unit':
        return g.code;
      case 'desk':
        return g.number.padStart(8, '0');
      case 'noDesk':
        return '\uffff';
      case 'day':
        return g.day;
      case 'hour':
        return g.hour;
      case 'total':
        return '';
    }
  };
  const [x, y] = [sortKey(a), sortKey(b)];
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'pl');
}

/**
 * The service figures of a period, grouped as asked, with a total row: arrivals (tickets, booked visits), served,
 * no-shows, transfers, the priority share, waiting and service times (average, median, 90th percentile,
 * maximum) and the share of calls above the service's target. Computed by PostgreSQL in two statements (tickets,
 * bookings), each one pass over the period with its total in the same pass (GROUPING SETS).
 * @example const report = await readFigures(deps, { staffId: 3, roles: ['admin'] }, { from: '2026-11-01', to: '2026-11-30', by: 'day', unitId: null });
 */
export async function readFigures(deps: UseCaseDeps, viewer: FiguresViewer, query: FiguresQuery): Promise<FiguresReport> {
  const officeId = deps.actor.officeId;
  const scope = await figuresScope(deps.db, officeId, viewer);
  const labels = await groupLabels(deps.db, officeId);
  const units = scope.kind === 'all' ? labels.units : labels.units.filter((u) => scope.kind === 'unit' && u.id === scope.unitId);
  if (scope.kind === 'noUnit') {
    return { query, unitId: null, noUnit: true, units, rows: [], total: rowOf({ kind: 'total' }, undefined, undefined) };
  }
  const unitId = unitOfScope(scope, query.unitId);
  const [tickets, bookings] = await Promise.all([
    ticketAggregates(deps.db, officeId, query, unitId),
    bookingAggregates(deps.db, officeId, query, unitId),
  ]);
  const keys = new Set<string>();
  for (const r of [...tickets, ...bookings]) if (!r.total && r.key !== null) keys.add(r.key);
  const rows = [...keys]
    .map((key) =>
      rowOf(
        groupOf(query.by, key, labels),
        tickets.find((t) => !t.total && t.key === key),
        bookings.find((b) => !b.total && b.key === key),
      ),
    )
    .sort((a, b) => compareGroups(a.group, b.group));
  const total = rowOf(
    { kind: 'total' },
    tickets.find((t) => t.total),
    bookings.find((b) => b.total),
  );
  return { query, unitId, noUnit: false, units, rows, total };
}
