import { sql, type RawBuilder } from 'kysely';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';
import {
  countAbove,
  sortedSeconds,
  timeFigures,
  type FigureGrouping,
  type FiguresQuery,
  type TimeFigures,
} from '../../domain/stats/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { CELL_COLUMNS, cellsOfDays } from './figure-cells.ts';
import { figuresScope, unitOfScope, type FiguresViewer } from './figures-scope.ts';

export type { TimeFigures };

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
  /** Satisfaction answers given in the period and their average score (1–5); null: no answers. */
  answers: number;
  satisfaction: number | null;
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

/** The column of the cells a grouping groups by; from a fixed list, never from the request. */
const CELL_KEY: Record<FigureGrouping, string> = {
  service: 'c.service_id::text',
  unit: 's.unit_id::text',
  desk: "coalesce(c.desk_id::text, '')",
  day: 'c.office_day::text',
  hour: 'c.hour::text',
};
/** The same for satisfaction answers: a tablet's answer may have no service or desk; day and hour of the answer. */
const ANSWER_KEY: Record<FigureGrouping, string> = {
  service: 'a.service_id::text',
  unit: 'a.unit_id::text',
  desk: "coalesce(a.desk_id::text, '')",
  day: `(a.answered_at AT TIME ZONE '${OFFICE_TIME_ZONE}')::date::text`,
  hour: `extract(hour FROM a.answered_at AT TIME ZONE '${OFFICE_TIME_ZONE}')::int::text`,
};

/**
 * A group's cells of one service, summed by PostgreSQL; the times stay as bytes for the percentiles, sent in
 * base64 (node-postgres reads a long bytea's hex several times slower).
 */
interface CellRow {
  key: string;
  service_id: number;
  tickets: number;
  served: number;
  no_shows: number;
  transfers: number;
  priority: number;
  bookings: number;
  booking_no_shows: number;
  waits: string;
  services: string;
}
type CellSum = Omit<CellRow, 'waits' | 'services'> & { waits: Buffer; services: Buffer };

interface AnswerSum {
  key: string | null;
  total: boolean;
  answers: number;
  average: number | null;
}

function unitFilter(alias: 's' | 'a', unitId: number | null): RawBuilder<unknown> {
  return unitId === null ? sql`` : sql`AND ${sql.ref(`${alias}.unit_id`)} = ${unitId}`;
}

/**
 * The period's cells summed per group and service: the rolled-up days from stats_cell, the others (today, and any
 * day changed since its roll-up) computed from the tickets by the same statement that rolls a day up. One
 * statement, so both parts come from one snapshot.
 */
async function cellSums(db: Db, officeId: number, query: FiguresQuery, unitId: number | null): Promise<CellSum[]> {
  const key = sql.raw(CELL_KEY[query.by]);
  const notRolledUp = sql`ARRAY(
    SELECT d::date FROM generate_series(${query.from}::date, ${query.to}::date, interval '1 day') d
    WHERE NOT EXISTS (SELECT 1 FROM stats_rolled_day r WHERE r.office_id = ${officeId} AND r.office_day = d::date))`;
  const result = await sql<CellRow>`
    WITH c AS (
      SELECT office_day, hour, service_id, desk_id, ${CELL_COLUMNS}
      FROM stats_cell WHERE office_id = ${officeId} AND office_day BETWEEN ${query.from}::date AND ${query.to}::date
      UNION ALL
      SELECT * FROM (${cellsOfDays(officeId, notRolledUp)}) live
    )
    SELECT ${key} AS key, c.service_id,
           sum(c.tickets)::int AS tickets, sum(c.served)::int AS served, sum(c.no_shows)::int AS no_shows,
           sum(c.transfers)::int AS transfers, sum(c.priority)::int AS priority, sum(c.bookings)::int AS bookings,
           sum(c.booking_no_shows)::int AS booking_no_shows,
           encode(string_agg(c.waits, ''::bytea), 'base64') AS waits,
           encode(string_agg(c.services, ''::bytea), 'base64') AS services
    FROM c JOIN service s ON s.id = c.service_id
    WHERE true ${unitFilter('s', unitId)}
    GROUP BY 1, 2`.execute(db);
  return result.rows.map((r) => ({ ...r, waits: Buffer.from(r.waits, 'base64'), services: Buffer.from(r.services, 'base64') }));
}

/** Satisfaction answers of the period (their office day), per group and in all; a unit's are those naming it. */
async function answerSums(db: Db, officeId: number, query: FiguresQuery, unitId: number | null): Promise<AnswerSum[]> {
  const key = sql.raw(ANSWER_KEY[query.by]);
  const zone = sql.lit(OFFICE_TIME_ZONE);
  const result = await sql<AnswerSum>`
    SELECT ${key} AS key, grouping(${key}) = 1 AS total, count(*)::int AS answers, avg(a.score)::float8 AS average
    FROM satisfaction_answer a
    WHERE a.office_id = ${officeId}
      AND a.answered_at >= (${query.from}::date::timestamp AT TIME ZONE ${zone})
      AND a.answered_at < ((${query.to}::date + 1)::timestamp AT TIME ZONE ${zone}) ${unitFilter('a', unitId)}
    GROUP BY GROUPING SETS ((${key}), ())`.execute(db);
  return result.rows;
}

/** What a group adds up to before the shares and times are worked out. */
interface GroupSum {
  tickets: number;
  served: number;
  noShows: number;
  transfers: number;
  priority: number;
  bookings: number;
  bookingNoShows: number;
  waits: Buffer[];
  services: Buffer[];
  withTarget: number;
  aboveTarget: number;
}

function emptySum(): GroupSum {
  return {
    tickets: 0,
    served: 0,
    noShows: 0,
    transfers: 0,
    priority: 0,
    bookings: 0,
    bookingNoShows: 0,
    waits: [],
    services: [],
    withTarget: 0,
    aboveTarget: 0,
  };
}

/** Adds a service's cells (with the service's waiting target in minutes, if any) to a group. */
function addTo(sum: GroupSum, cells: CellSum, targetMinutes: number | null): void {
  sum.tickets += cells.tickets;
  sum.served += cells.served;
  sum.noShows += cells.no_shows;
  sum.transfers += cells.transfers;
  sum.priority += cells.priority;
  sum.bookings += cells.bookings;
  sum.bookingNoShows += cells.booking_no_shows;
  sum.waits.push(cells.waits);
  sum.services.push(cells.services);
  if (targetMinutes !== null) {
    sum.withTarget += cells.waits.byteLength / 4;
    sum.aboveTarget += countAbove(cells.waits, targetMinutes * 60);
  }
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function rowOf(group: FigureGroup, sum: GroupSum, answers: AnswerSum | undefined): FigureRow {
  const noShows = sum.noShows + sum.bookingNoShows;
  return {
    group,
    tickets: sum.tickets,
    bookings: sum.bookings,
    served: sum.served,
    servedShare: share(sum.served, sum.tickets),
    noShows,
    // Of everyone who took a ticket or was expected at a booked time and never took one.
    noShowShare: share(noShows, sum.tickets + sum.bookingNoShows),
    transfers: sum.transfers,
    priorityShare: share(sum.priority, sum.tickets),
    wait: timeFigures(sortedSeconds(sum.waits)),
    service: timeFigures(sortedSeconds(sum.services)),
    aboveTargetShare: share(sum.aboveTarget, sum.withTarget),
    answers: answers?.answers ?? 0,
    satisfaction: answers?.average ?? null,
  };
}

/** Labels of the office's services, units and desks, for the rows' groups. */
async function groupLabels(db: Db, officeId: number) {
  const [services, units, desks] = await Promise.all([
    db
      .selectFrom('service')
      .select(['id', 'ticket_letter as letter', 'wait_target_minutes as target', translatedColumn('service.name').as('name')])
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
 * maximum), the share of calls above the service's target and satisfaction (answers, average score). PostgreSQL sums
 * the period's cells (rolled-up days from stats_cell, the rest from the tickets) per group and service in one
 * statement, the answers in another; the times arrive as bytes and their percentiles are worked out here.
 * @example const report = await readFigures(deps, { staffId: 3, roles: ['admin'] }, { from: '2026-11-01', to: '2026-11-30', by: 'day', unitId: null });
 */
export async function readFigures(deps: UseCaseDeps, viewer: FiguresViewer, query: FiguresQuery): Promise<FiguresReport> {
  const officeId = deps.actor.officeId;
  const scope = await figuresScope(deps.db, officeId, viewer);
  const labels = await groupLabels(deps.db, officeId);
  const units = scope.kind === 'all' ? labels.units : labels.units.filter((u) => scope.kind === 'unit' && u.id === scope.unitId);
  if (scope.kind === 'noUnit') {
    return { query, unitId: null, noUnit: true, units, rows: [], total: rowOf({ kind: 'total' }, emptySum(), undefined) };
  }
  const unitId = unitOfScope(scope, query.unitId);
  const [cells, answers] = await Promise.all([cellSums(deps.db, officeId, query, unitId), answerSums(deps.db, officeId, query, unitId)]);
  const targets = new Map(labels.services.map((s) => [s.id, s.target]));
  const groups = new Map<string, GroupSum>();
  const all = emptySum();
  for (const c of cells) {
    let sum = groups.get(c.key);
    if (!sum) groups.set(c.key, (sum = emptySum()));
    const target = targets.get(c.service_id) ?? null;
    addTo(sum, c, target);
    addTo(all, c, target);
  }
  const answersOf = new Map<string, AnswerSum>();
  for (const a of answers) if (!a.total && a.key !== null) answersOf.set(a.key, a);
  for (const key of answersOf.keys()) if (!groups.has(key)) groups.set(key, emptySum());
  const rows = [...groups]
    .map(([key, sum]) => rowOf(groupOf(query.by, key, labels), sum, answersOf.get(key)))
    .sort((a, b) => compareGroups(a.group, b.group));
  const total = rowOf(
    { kind: 'total' },
    all,
    answers.find((a) => a.total),
  );
  return { query, unitId, noUnit: false, units, rows, total };
}
