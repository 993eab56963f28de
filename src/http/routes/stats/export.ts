import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ExportFormat, FigureRow, FiguresReport, VisitEntry } from '../../../app/stats/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { keyPart } from '../../../ui/i18n/index.ts';
import { groupName } from '../../../ui/stats/figures-page.tsx';
import { sendSpreadsheet as sendExport, type Cell, type Columns } from '../../spreadsheet-export.ts';

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
    [(ctx) => `${ctx.t('stats.col.satisfaction')}: ${ctx.t('stats.col.answers')}`, (_, r) => r.answers],
    [
      (ctx) => `${ctx.t('stats.col.satisfaction')}: ${ctx.t('stats.col.score')}`,
      (_, r) => (r.satisfaction === null ? '' : Math.round(r.satisfaction * 100) / 100),
    ],
  ];
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
