import type { PageContext } from '../components/context.ts';

/** One bar: its label and its score in percent (null: nothing observed, drawn as an empty slot). */
export interface ChartBar {
  label: string;
  percent: number | null;
}

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 40;
const BOTTOM = 30;
const TOP = 10;

/**
 * A small bar chart of scores (0–100 %) drawn as SVG on the server, with its data as a table beside it (WCAG 1.1.1:
 * the chart is an image named by its caption; the table is the same data for every reader). Self-contained in this
 * one component so it can be swapped for the charting library the figures use.
 */
export function ScoreChart({
  ctx,
  id,
  caption,
  bars,
  columnLabel,
}: {
  ctx: PageContext;
  id: string;
  caption: string;
  bars: ChartBar[];
  columnLabel: string;
}) {
  const plotWidth = WIDTH - LEFT - 10;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = bars.length === 0 ? plotWidth : plotWidth / bars.length;
  const barWidth = Math.min(48, slot * 0.6);
  const y = (percent: number) => TOP + plotHeight * (1 - percent / 100);
  return (
    <figure class="score-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div class="score-chart__body">
        <svg class="score-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-caption`} focusable="false">
          {[0, 50, 100].map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - 10} y1={y(tick)} y2={y(tick)} class="score-chart__grid" />
              <text x={LEFT - 6} y={y(tick) + 4} class="score-chart__tick" text-anchor="end">
                {tick}%
              </text>
            </g>
          ))}
          {bars.map((bar, index) => {
            const x = LEFT + slot * index + (slot - barWidth) / 2;
            return (
              <g key={bar.label}>
                {bar.percent !== null && (
                  <rect x={x} y={y(bar.percent)} width={barWidth} height={plotHeight - (y(bar.percent) - TOP)} class="score-chart__bar" />
                )}
                {bar.percent !== null && (
                  <text x={x + barWidth / 2} y={y(bar.percent) - 4} class="score-chart__value" text-anchor="middle">
                    {bar.percent}
                  </text>
                )}
                <text x={x + barWidth / 2} y={HEIGHT - 10} class="score-chart__label" text-anchor="middle">
                  {bar.label}
                </text>
              </g>
            );
          })}
        </svg>
        <table class="table score-chart__table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columnLabel}</th>
              <th scope="col">{ctx.t('standardsAudit.score')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.percent === null ? ctx.t('standardsAudit.noScore') : `${bar.percent}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
