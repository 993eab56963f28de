import type { FigureGroup, FigureRow, FiguresReport, TimeFigures } from '../../app/stats/index.ts';
import { FIGURE_GROUPINGS, type FigureGrouping } from '../../domain/stats/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage } from '../admin/common.tsx';
import { Chart } from './chart.tsx';
import { dateTimeFormat, numberFormat } from '../i18n/index.ts';

export const STATS_PATH = '/statystyki';

/** The form's values as typed (shown again after a refusal). */
export interface FiguresFormValues {
  from: string;
  to: string;
  by: string;
  unit: string;
}

/** "3 gru 2026" for '2026-12-03', in the page's language. */
export function dayLabel(ctx: PageContext, day: string): string {
  return dateTimeFormat(ctx.locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));
}

/** The group's name in full (table) and short (chart axis). */
export function groupName(ctx: PageContext, group: FigureGroup): { full: string; short: string } {
  switch (group.kind) {
    case 'service':
      return { full: `${group.letter} — ${inLanguage(group.name, ctx.locale).value}`, short: group.letter };
    case 'unit':
      return { full: `${group.code} — ${inLanguage(group.name, ctx.locale).value}`, short: group.code };
    case 'desk':
      return { full: group.name ? `${group.number} — ${group.name}` : group.number, short: group.number };
    case 'noDesk':
      return { full: ctx.t('stats.noDesk'), short: '—' };
    case 'day':
      return { full: dayLabel(ctx, group.day), short: `${group.day.slice(8, 10)}.${group.day.slice(5, 7)}` };
    case 'hour':
      return { full: ctx.t('stats.hour', { from: group.hour, to: group.hour + 1 }), short: String(group.hour) };
    case 'total':
      return { full: ctx.t('stats.total'), short: ctx.t('stats.total') };
  }
}

export function minutesText(ctx: PageContext, value: number): string {
  return numberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(value);
}

export function shareText(ctx: PageContext, value: number | null): string {
  return value === null ? ctx.t('stats.none') : numberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** An average score (1–5) to two decimals. */
export function scoreText(ctx: PageContext, value: number): string {
  return numberFormat(ctx.locale, { maximumFractionDigits: 2 }).format(value);
}

const TIME_PARTS = ['average', 'median', 'p90', 'max'] as const;

function TimeCells({ ctx, times }: { ctx: PageContext; times: TimeFigures | null }) {
  return (
    <>
      {TIME_PARTS.map((part) => (
        <td key={part} class="num">
          {times ? minutesText(ctx, times[part]) : ctx.t('stats.none')}
        </td>
      ))}
    </>
  );
}

function FigureCells({ ctx, row }: { ctx: PageContext; row: FigureRow }) {
  return (
    <>
      <td class="num">{row.tickets}</td>
      <td class="num">{row.bookings}</td>
      <td class="num">{row.served}</td>
      <td class="num">{shareText(ctx, row.servedShare)}</td>
      <td class="num">{row.noShows}</td>
      <td class="num">{shareText(ctx, row.noShowShare)}</td>
      <td class="num">{row.transfers}</td>
      <td class="num">{shareText(ctx, row.priorityShare)}</td>
      <TimeCells ctx={ctx} times={row.wait} />
      <TimeCells ctx={ctx} times={row.service} />
      <td class="num">{shareText(ctx, row.aboveTargetShare)}</td>
      <td class="num">{row.answers}</td>
      <td class="num">{row.satisfaction === null ? ctx.t('stats.none') : scoreText(ctx, row.satisfaction)}</td>
    </>
  );
}

function FiguresTable({ ctx, report }: { ctx: PageContext; report: FiguresReport }) {
  const { query } = report;
  const caption = ctx.t('stats.table.caption', {
    by: ctx.t(`stats.by.${query.by}`),
    from: dayLabel(ctx, query.from),
    to: dayLabel(ctx, query.to),
  });
  return (
    <div class="table-wrap stats-table" tabIndex={0} role="region" aria-label={ctx.t('stats.table.region')}>
      <table class="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {ctx.t(`stats.col.${query.by}`)}
            </th>
            {(['tickets', 'bookings', 'served', 'servedShare', 'noShows', 'noShowShare', 'transfers', 'priorityShare'] as const).map(
              (c) => (
                <th key={c} scope="col" rowSpan={2} class="num">
                  {ctx.t(`stats.col.${c}`)}
                </th>
              ),
            )}
            <th scope="colgroup" colSpan={4} class="num">
              {ctx.t('stats.col.waitGroup')}
            </th>
            <th scope="colgroup" colSpan={4} class="num">
              {ctx.t('stats.col.serviceGroup')}
            </th>
            <th scope="col" rowSpan={2} class="num">
              {ctx.t('stats.col.aboveTarget')}
            </th>
            <th scope="colgroup" colSpan={2} class="num">
              {ctx.t('stats.col.satisfaction')}
            </th>
          </tr>
          <tr>
            {[...TIME_PARTS, ...TIME_PARTS].map((part, i) => (
              <th key={i} scope="col" class="num">
                {ctx.t(`stats.col.${part}`)}
              </th>
            ))}
            <th scope="col" class="num">
              {ctx.t('stats.col.answers')}
            </th>
            <th scope="col" class="num">
              {ctx.t('stats.col.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{groupName(ctx, row.group).full}</th>
              <FigureCells ctx={ctx} row={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{ctx.t('stats.total')}</th>
            <FigureCells ctx={ctx} row={report.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Charts({ ctx, report }: { ctx: PageContext; report: FiguresReport }) {
  const names = report.rows.map((r) => groupName(ctx, r.group));
  const kind = report.query.by === 'day' || report.query.by === 'hour' ? 'lines' : 'bars';
  const common = {
    categories: names.map((n) => n.short),
    categoryNames: names.map((n) => n.full),
    categoryHeading: ctx.t(`stats.col.${report.query.by}`),
    kind,
    none: ctx.t('stats.none'),
  } as const;
  const arrivals = ctx.t('stats.chart.arrivals');
  const waits = ctx.t('stats.chart.waits');
  const satisfaction = ctx.t('stats.chart.satisfaction');
  return (
    <div class="stats-charts">
      <Chart
        {...common}
        id="chart-arrivals"
        title={arrivals}
        summary={ctx.t('stats.chart.summary', { title: arrivals, n: names.length })}
        dataCaption={ctx.t('stats.chart.data', { title: arrivals })}
        series={[
          { label: ctx.t('stats.series.tickets'), values: report.rows.map((r) => r.tickets) },
          { label: ctx.t('stats.series.served'), values: report.rows.map((r) => r.served) },
        ]}
        format={(v) => numberFormat(ctx.locale, { maximumFractionDigits: 0 }).format(v)}
      />
      <Chart
        {...common}
        id="chart-waits"
        title={waits}
        summary={ctx.t('stats.chart.summary', { title: waits, n: names.length })}
        dataCaption={ctx.t('stats.chart.data', { title: waits })}
        series={[
          { label: ctx.t('stats.series.median'), values: report.rows.map((r) => r.wait?.median ?? null) },
          { label: ctx.t('stats.series.p90'), values: report.rows.map((r) => r.wait?.p90 ?? null) },
        ]}
        format={(v) => minutesText(ctx, v)}
      />
      {/* Only when someone answered: a chart of dashes tells nothing. */}
      {report.total.answers > 0 && (
        <Chart
          {...common}
          id="chart-satisfaction"
          title={satisfaction}
          summary={ctx.t('stats.chart.summary', { title: satisfaction, n: names.length })}
          dataCaption={ctx.t('stats.chart.data', { title: satisfaction })}
          series={[{ label: ctx.t('stats.series.score'), values: report.rows.map((r) => r.satisfaction) }]}
          format={(v) => scoreText(ctx, v)}
        />
      )}
    </div>
  );
}

function exportHref(file: string, values: FiguresFormValues): string {
  const params = new URLSearchParams();
  for (const k of ['from', 'to', 'by', 'unit'] as const) if (values[k] !== '') params.set(k, values[k]);
  const query = params.toString();
  return `${STATS_PATH}/${file}${query ? `?${query}` : ''}`;
}

function Exports({ ctx, values }: { ctx: PageContext; values: FiguresFormValues }) {
  const figures = ctx.t('stats.export.figures');
  const visits = ctx.t('stats.export.visits');
  return (
    <section aria-labelledby="stats-export">
      <h2 id="stats-export">{ctx.t('stats.export.title')}</h2>
      <ul class="stats-exports">
        <li>
          {figures}: <a href={exportHref('tabela.csv', values)}>{ctx.t('stats.export.csv')}</a>,{' '}
          <a href={exportHref('tabela.xlsx', values)}>{ctx.t('stats.export.xlsx')}</a>
        </li>
        <li>
          {visits}: <a href={exportHref('bilety.csv', values)}>{ctx.t('stats.export.csv')}</a>,{' '}
          <a href={exportHref('bilety.xlsx', values)}>{ctx.t('stats.export.xlsx')}</a>
        </li>
      </ul>
    </section>
  );
}

function PeriodForm({
  ctx,
  values,
  errors,
  units,
  chooseUnit,
}: {
  ctx: PageContext;
  values: FiguresFormValues;
  errors: FormErrors;
  units: FiguresReport['units'];
  chooseUnit: boolean;
}) {
  return (
    <form method="get" action={STATS_PATH} class="stats-form" novalidate>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{ctx.t('stats.form.legend')}</legend>
        <div class="stats-form__fields">
          <TextInput
            ctx={ctx}
            name="from"
            type="date"
            width="medium"
            label={ctx.t('stats.form.from')}
            hint={ctx.t('stats.form.dateHint')}
            value={values.from}
            error={errors.from}
          />
          <TextInput ctx={ctx} name="to" type="date" width="medium" label={ctx.t('stats.form.to')} value={values.to} error={errors.to} />
          <Select
            ctx={ctx}
            name="by"
            label={ctx.t('stats.form.by')}
            value={values.by}
            error={errors.by}
            options={FIGURE_GROUPINGS.map((g: FigureGrouping) => ({ value: g, label: ctx.t(`stats.by.${g}`) }))}
          />
          {chooseUnit && (
            <Select
              ctx={ctx}
              name="unit"
              label={ctx.t('stats.form.unit')}
              value={values.unit}
              error={errors.unit}
              emptyLabel={ctx.t('stats.form.allUnits')}
              options={units.map((u) => ({ value: String(u.id), label: `${u.code} — ${inLanguage(u.name, ctx.locale).value}` }))}
            />
          )}
        </div>
        <Button>{ctx.t('stats.form.show')}</Button>
      </fieldset>
    </form>
  );
}

/**
 * The service figures page: the period and grouping form (a GET, so it works without JavaScript and can be
 * bookmarked), two charts with their data beside them, the table, and the exports. Refused input shows the form
 * with its errors and no figures.
 */
export function FiguresPage(props: {
  ctx: PageContext;
  values: FiguresFormValues;
  errors?: FormErrors;
  report: FiguresReport | null;
  /** The administrator chooses a unit; a unit head sees their own. */
  chooseUnit: boolean;
  units: FiguresReport['units'];
}) {
  const { ctx, values, report } = props;
  const errors = props.errors ?? {};
  const ownUnit = !props.chooseUnit && report && !report.noUnit ? report.units[0] : undefined;
  return (
    <AdminPage ctx={ctx} title={ctx.t('stats.title')} errors={errors}>
      <p class="lead">{ctx.t('stats.lead')}</p>
      {ownUnit && <p>{ctx.t('stats.ownUnit', { unit: `${ownUnit.code} — ${inLanguage(ownUnit.name, ctx.locale).value}` })}</p>}
      {report?.noUnit && (
        <div class="notice" role="status">
          {ctx.t('stats.noUnit')}
        </div>
      )}
      <PeriodForm ctx={ctx} values={values} errors={errors} units={props.units} chooseUnit={props.chooseUnit} />
      {report && !report.noUnit && (
        <>
          <p>{ctx.t('stats.period', { from: dayLabel(ctx, report.query.from), to: dayLabel(ctx, report.query.to) })}</p>
          {report.rows.length === 0 ? (
            <p>{ctx.t('stats.empty')}</p>
          ) : (
            <>
              <Charts ctx={ctx} report={report} />
              <FiguresTable ctx={ctx} report={report} />
              <p class="hint">{ctx.t('stats.notes')}</p>
            </>
          )}
          <Exports ctx={ctx} values={values} />
        </>
      )}
    </AdminPage>
  );
}
