import { sql } from 'kysely';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';
import type { FiguresQuery } from '../../domain/stats/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { figuresScope, unitOfScope, type FiguresViewer } from './figures-scope.ts';
import { readFigures, type FiguresReport } from './service-figures.ts';
import { conflict } from '../../domain/shared/errors.ts';

/** One visit (a ticket) of the period, as the export lists it: numbers and times, never a person. */
export interface VisitEntry {
  day: string;
  number: string;
  serviceLetter: string;
  service: Translated;
  unitCode: string;
  deskNumber: string;
  source: 'kiosk' | 'information_point' | 'booking';
  priority: boolean;
  transferred: boolean;
  status: 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled';
  /** Office time 'HH:MM:SS', or '' when it did not happen. */
  arrived: string;
  called: string;
  started: string;
  ended: string;
  /** Minutes, to a tenth; null when not called or not served. */
  waitMinutes: number | null;
  serviceMinutes: number | null;
}

/**
 * Rows the cursor fetches at a time: the export's memory is about this many rows, whatever the period. Few enough that
 * a batch is written out before V8's young generation (2 MB under `npm start`) is collected twice, so its rows die
 * young instead of piling up as garbage in the old generation (ARCHITECTURE.md, Service figures).
 */
const CURSOR_ROWS = 50;

export type ExportFormat = 'csv' | 'xlsx';

async function auditExport(
  deps: UseCaseDeps,
  what: 'visits' | 'figures',
  format: ExportFormat,
  query: FiguresQuery,
  unitId: number | null,
) {
  await deps.db.transaction().execute((tx) =>
    appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'stats.export',
      subjectType: 'stats',
      details: { what, format, from: query.from, to: query.to, by: query.by, unitId },
    }),
  );
}

function localTime(column: string) {
  return sql<string>`coalesce(to_char(${sql.ref(column)} AT TIME ZONE ${OFFICE_TIME_ZONE}, 'HH24:MI:SS'), '')`;
}

/**
 * Every ticket of the period (within the viewer's scope) for the visits export, streamed from a PostgreSQL cursor
 * so that a year of a busy office never sits in memory. The export is audited first.
 * @example for await (const visit of await visitExport(deps, viewer, query, 'csv')) write(visit);
 */
export async function visitExport(
  deps: UseCaseDeps,
  viewer: FiguresViewer,
  query: FiguresQuery,
  format: ExportFormat,
): Promise<AsyncIterable<VisitEntry>> {
  const officeId = deps.actor.officeId;
  const scope = await figuresScope(deps.db, officeId, viewer);
  if (scope.kind === 'noUnit') throw conflict('stats.error.noUnit');
  const unitId = unitOfScope(scope, query.unitId);
  await auditExport(deps, 'visits', format, query, unitId);
  let rows = deps.db
    .selectFrom('ticket as t')
    .innerJoin('service as s', 's.id', 't.service_id')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .leftJoin('desk as d', 'd.id', 't.desk_id')
    .select([
      sql<string>`t.office_day::text`.as('day'),
      sql<string>`t.letter || lpad(t.number::text, 3, '0')`.as('number'),
      's.ticket_letter as serviceLetter',
      't.service_id as serviceId',
      'u.code as unitCode',
      sql<string>`coalesce(d.number, '')`.as('deskNumber'),
      't.source',
      sql<boolean>`t.priority_reason IS NOT NULL`.as('priority'),
      sql<boolean>`t.transfers > 0`.as('transferred'),
      't.status',
      localTime('t.arrived_at').as('arrived'),
      localTime('t.called_at').as('called'),
      localTime('t.started_at').as('started'),
      localTime('t.ended_at').as('ended'),
      sql<
        number | null
      >`CASE WHEN t.called_at IS NOT NULL THEN round((extract(epoch FROM t.called_at - greatest(t.arrived_at, coalesce(t.booked_for, t.arrived_at))) / 60)::numeric, 1)::float8 END`.as(
        'waitMinutes',
      ),
      sql<
        number | null
      >`CASE WHEN t.status = 'done' AND t.started_at IS NOT NULL THEN round((extract(epoch FROM t.ended_at - t.started_at) / 60)::numeric, 1)::float8 END`.as(
        'serviceMinutes',
      ),
    ])
    .where('t.office_id', '=', officeId)
    .where(sql<boolean>`t.office_day BETWEEN ${query.from}::date AND ${query.to}::date`);
  if (unitId !== null) rows = rows.where('s.unit_id', '=', unitId);
  // The services' names are read once, not built as JSON for every ticket: a year is half a million rows.
  const names = new Map(
    (
      await deps.db
        .selectFrom('service')
        .select(['id', translatedColumn('service.name').as('name')])
        .where('office_id', '=', officeId)
        .execute()
    ).map((s) => [s.id, s.name]),
  );
  const cursor = rows.orderBy('t.office_day').orderBy('t.arrived_at').orderBy('t.id').stream(CURSOR_ROWS);
  const noName = { pl: '', en: '', uk: '' };
  async function* entries(): AsyncGenerator<VisitEntry> {
    for await (const row of cursor) {
      // Named one by one, not spread: one object per ticket instead of two.
      yield {
        day: row.day,
        number: row.number,
        serviceLetter: row.serviceLetter,
        service: names.get(row.serviceId) ?? noName,
        unitCode: row.unitCode,
        deskNumber: row.deskNumber,
        source: row.source,
        priority: row.priority,
        transferred: row.transferred,
        status: row.status,
        arrived: row.arrived,
        called: row.called,
        started: row.started,
        ended: row.ended,
        waitMinutes: row.waitMinutes,
        serviceMinutes: row.serviceMinutes,
      };
    }
  }
  return entries();
}

/**
 * The figures of the period as the page shows them, for the figures export (one row per group and the total).
 * The export is audited first.
 */
export async function figuresExport(
  deps: UseCaseDeps,
  viewer: FiguresViewer,
  query: FiguresQuery,
  format: ExportFormat,
): Promise<FiguresReport> {
  const report = await readFigures(deps, viewer, query);
  if (report.noUnit) throw conflict('stats.error.noUnit');
  await auditExport(deps, 'figures', format, query, report.unitId);
  return report;
}
