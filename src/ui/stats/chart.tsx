import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** One series of a chart: its name and a value per category (null: no value). */
export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
}

export interface ChartProps {
  /** Unique on the page: the ids of the title and the data table derive from it. */
  id: string;
  title: string;
  /** The text a screen reader hears for the picture (the data is in the table beside it). */
  summary: string;
  /** Short labels under the axis (a letter, a code, "03.12", "9"); the table gives the full names. */
  categories: readonly string[];
  /** Names of the categories in the data table. */
  categoryNames: readonly string[];
  categoryHeading: string;
  series: readonly ChartSeries[];
  kind: 'bars' | 'lines';
  /** Writes a value in the table and on the axis. */
  format: (value: number) => string;
  dataCaption: string;
  none: string;
}

const WIDTH = 520;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 40, left: 52 };
// Two colours far apart in lightness as well as in hue, so the series stay apart in greyscale and for
// colour-blind readers; lines differ by dash too. Both have at least 3:1 contrast against white (WCAG 1.4.11).
const COLOURS = ['#1d4f91', '#b35900'] as const;
const DASHES = [undefined, '6 4'] as const;
const MAX_LABELS = 12;

/**
 * A bar or line chart drawn on the server as SVG (d3-scale for the axes, d3-shape for the lines), with its title,
 * a legend in HTML and its data as a table beside it (WCAG 1.1.1: the picture has a text equivalent).
 */
export function Chart(props: ChartProps) {
  const { id, categories, series } = props;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear()
    .domain([0, Math.max(1, ...all)])
    .nice()
    .range([innerHeight, 0]);
  const ticks = y.ticks(5);
  const every = Math.ceil(categories.length / MAX_LABELS);
  const band = scaleBand()
    .domain(categories.map((_, i) => String(i)))
    .range([0, innerWidth])
    .padding(0.2);
  const point = scalePoint()
    .domain(categories.map((_, i) => String(i)))
    .range([0, innerWidth])
    .padding(0.5);
  const centre = (i: number) => (props.kind === 'bars' ? (band(String(i)) ?? 0) + band.bandwidth() / 2 : (point(String(i)) ?? 0));
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, band.bandwidth()])
    .padding(0.1);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure class="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} class="chart__title">
        {props.title}
      </figcaption>
      <div class="chart__layout">
        <div class="chart__picture">
          <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`} focusable="false">
            <desc id={descId}>{props.summary}</desc>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              {ticks.map((t) => (
                <g key={t} transform={`translate(0,${y(t)})`}>
                  <line x1={0} x2={innerWidth} stroke="#d8dadb" />
                  <text class="chart__tick" x={-8} dy="0.32em" text-anchor="end">
                    {props.format(t)}
                  </text>
                </g>
              ))}
              <line x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} stroke="#484949" />
              {props.kind === 'bars'
                ? series.map((s, si) =>
                    s.values.map((v, i) =>
                      v === null ? null : (
                        <rect
                          key={`${si}-${i}`}
                          x={(band(String(i)) ?? 0) + (inner(si) ?? 0)}
                          y={y(v)}
                          width={Math.max(1, inner.bandwidth())}
                          height={Math.max(0, innerHeight - y(v))}
                          fill={COLOURS[si % COLOURS.length]}
                        />
                      ),
                    ),
                  )
                : series.map((s, si) => {
                    const path = line<number | null>()
                      .defined((v) => v !== null)
                      .x((_, i) => centre(i))
                      .y((v) => y(v ?? 0))(s.values as (number | null)[]);
                    return (
                      <path
                        key={si}
                        d={path ?? ''}
                        fill="none"
                        stroke={COLOURS[si % COLOURS.length]}
                        stroke-width={2.5}
                        stroke-dasharray={DASHES[si % DASHES.length]}
                      />
                    );
                  })}
              {categories.map((c, i) =>
                i % every === 0 ? (
                  <text key={i} class="chart__tick" x={centre(i)} y={innerHeight + 20} text-anchor="middle">
                    {c}
                  </text>
                ) : null,
              )}
            </g>
          </svg>
          <ul class="chart__legend">
            {series.map((s, si) => (
              <li key={si}>
                <svg class="chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                  {props.kind === 'bars' ? (
                    <rect width={24} height={12} fill={COLOURS[si % COLOURS.length]} />
                  ) : (
                    <line
                      x1={0}
                      x2={24}
                      y1={6}
                      y2={6}
                      stroke={COLOURS[si % COLOURS.length]}
                      stroke-width={3}
                      stroke-dasharray={DASHES[si % DASHES.length]}
                    />
                  )}
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </div>
        <div class="chart__data table-wrap" tabIndex={0} role="region" aria-label={props.dataCaption}>
          <table class="table table--compact">
            <caption>{props.dataCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{props.categoryHeading}</th>
                {series.map((s, si) => (
                  <th key={si} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.categoryNames.map((name, i) => (
                <tr key={i}>
                  <th scope="row">{name}</th>
                  {series.map((s, si) => {
                    const v = s.values[i];
                    return <td key={si}>{v === null || v === undefined ? props.none : props.format(v)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
