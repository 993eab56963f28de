import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ExportFormat, FigureRow, FiguresReport, VisitEntry } from '../../../app/stats/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { keyPart } from '../../../ui/i18n/index.ts';
import { groupName } from '../../../ui/stats/figures-page.tsx';

type Cell = string | number;
type Columns<T> = readonly [heading: (ctx: PageContext) => string, cell: (ctx: PageContext, entry: T) => Cell][];

const yesNo = (ctx: PageContext, value: boolean) => ctx.t(value ? 'stats.yes' : 'stats.no');
const minutes = (value: number | null | undefined): Cell => (value === null || value === undefined ? '' : Math.round(value * 10) / 10);
const percent = (value: number | null): Cell => (value === null ? '' : Math.round(value * 1000) / 10);

/** The visits export's columns: numbers, codes and times only. */
const VISIT_COLUMNS: Columns<VisitEntry> = [
  [(ctx) => ctx.t('stats.visit.day'), (_, v) => v.day],
  [(ctx) => ctx.t('stats.visit.number'), (_, v) => v.number],
  [(ctx) => ctx.t('stats.visit.serviceLetter'), (_, v) => v.serviceLetter],
  [(ctx) => ctx.t('stats.visit.service'), (ctx, v) => inLanguage(v.service, ctx.locale).value],
  [(ctx) => ctx.t('stats.visit.unit'), (_, v) => v.unitCode],
  [(ctx) => ctx.t('stats.visit.desk'), (_, v) => v.deskNumber],
  [(ctx) => ctx.t('stats.visit.source'), (ctx, v) => ctx.t(`stats.source.${keyPart(v.source)}`)],
  [(ctx) => ctx.t('stats.visit.priority'), (ctx, v) => yesNo(ctx, v.priority)],
  [(ctx) => ctx.t('stats.visit.transferred'), (ctx, v) => yesNo(ctx, v.transferred)],
  [(ctx) => ctx.t('stats.visit.status'), (ctx, v) => ctx.t(`stats.status.${keyPart(v.status)}`)],
  [(ctx) => ctx.t('stats.visit.arrived'), (_, v) => v.arrived],
  [(ctx) => ctx.t('stats.visit.called'), (_, v) => v.called],
  [(ctx) => ctx.t('stats.visit.started'), (_, v) => v.started],
  [(ctx) => ctx.t('stats.visit.ended'), (_, v) => v.ended],
  [(ctx) => ctx.t('stats.visit.wait'), (_, v) => minutes(v.waitMinutes)],
  [(ctx) => ctx.t('stats.visit.serviceTime'), (_, v) => minutes(v.serviceMinutes)],
];

function timeColumns(group: 'waitGroup' | 'serviceGroup', pick: (row: FigureRow) => FigureRow['wait']): Columns<FigureRow> {
  return (['average', 'median', 'p90', 'max'] as const).map(
    (part) =>
      [
        (ctx: PageContext) => `${ctx.t(`stats.col.${group}`)}: ${ctx.t(`stats.col.${part}`)}`,
        (_: PageContext, r: FigureRow) => minutes(pick(r)?.[part]),
      ] as const,
  );
}

/** The figures export's columns: the page's table, shares in per cent. */
function figureColumns(by: string): Columns<FigureRow> {
  return [
    [(ctx) => ctx.t(`stats.col.${by}`), (ctx, r) => groupName(ctx, r.group).full],
    [(ctx) => ctx.t('stats.col.tickets'), (_, r) => r.tickets],
    [(ctx) => ctx.t('stats.col.bookings'), (_, r) => r.bookings],
    [(ctx) => ctx.t('stats.col.served'), (_, r) => r.served],
    [(ctx) => ctx.t('stats.col.servedShare'), (_, r) => percent(r.servedShare)],
    [(ctx) => ctx.t('stats.col.noShows'), (_, r) => r.noShows],
    [(ctx) => ctx.t('stats.col.noShowShare'), (_, r) => percent(r.noShowShare)],
    [(ctx) => ctx.t('stats.col.transfers'), (_, r) => r.transfers],
    [(ctx) => ctx.t('stats.col.priorityShare'), (_, r) => percent(r.priorityShare)],
    ...timeColumns('waitGroup', (r) => r.wait),
    ...timeColumns('serviceGroup', (r) => r.service),
    [(ctx) => ctx.t('stats.col.aboveTarget'), (_, r) => percent(r.aboveTargetShare)],
  ];
}

/** A text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function inert(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function* records<T>(ctx: PageContext, columns: Columns<T>, entries: AsyncIterable<T>): AsyncGenerator<Cell[]> {
  for await (const entry of entries) yield columns.map(([, cell]) => inert(cell(ctx, entry)));
}

async function writeXlsx<T>(
  ctx: PageContext,
  sheetName: string,
  columns: Columns<T>,
  entries: AsyncIterable<T>,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map(([heading]) => heading(ctx))).commit();
  for await (const entry of entries) sheet.addRow(columns.map(([, cell]) => inert(cell(ctx, entry)))).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * Streams entries as CSV (UTF-8 with a BOM, so spreadsheets read Polish letters) or XLSX: each row is written as the
 * cursor gives it, never the whole period in memory.
 */
function sendExport<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: PageContext,
  file: { name: string; sheet: string; format: ExportFormat },
  columns: Columns<T>,
  entries: AsyncIterable<T>,
): FastifyReply {
  reply.header('content-disposition', `attachment; filename="${file.name}.${file.format}"`).header('cache-control', 'no-store');
  const body = new PassThrough();
  const fail = (error: unknown) => {
    request.log.error(error, 'figures export failed');
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  if (file.format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    pipeline(
      Readable.from(records(ctx, columns, entries)),
      stringify({ bom: true, header: true, columns: columns.map(([heading]) => heading(ctx)) }),
      body,
    ).catch(fail);
  } else {
    reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    writeXlsx(ctx, file.sheet, columns, entries, body).catch(fail);
  }
  return reply.send(body);
}

export function sendVisitExport(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: PageContext,
  format: ExportFormat,
  period: string,
  visits: AsyncIterable<VisitEntry>,
) {
  return sendExport(
    request,
    reply,
    ctx,
    { name: `bilety-${period}`, sheet: ctx.t('stats.export.sheetVisits'), format },
    VISIT_COLUMNS,
    visits,
  );
}

export function sendFiguresExport(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: PageContext,
  format: ExportFormat,
  period: string,
  report: FiguresReport,
) {
  async function* rows(): AsyncGenerator<FigureRow> {
    yield* report.rows;
    yield report.total;
  }
  return sendExport(
    request,
    reply,
    ctx,
    { name: `statystyki-${period}`, sheet: ctx.t('stats.export.sheetFigures'), format },
    figureColumns(report.query.by),
    rows(),
  );
}
