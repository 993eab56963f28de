import { FieldCheck } from '../shared/validate.ts';

/** How the figures are grouped: one row per service, unit, desk, office day or hour of the day. */
export const FIGURE_GROUPINGS = ['service', 'unit', 'desk', 'day', 'hour'] as const;
export type FigureGrouping = (typeof FIGURE_GROUPINGS)[number];

/** The longest period one request reads: a year (a leap year's 366 days). */
export const MAX_PERIOD_DAYS = 366;

/** What the figures page and its exports are asked for: office days from–to (both included) and a grouping. */
export interface FiguresQuery {
  from: string;
  to: string;
  by: FigureGrouping;
  /** One unit only; null: every unit the viewer may see. */
  unitId: number | null;
}

/** The form's values as typed, for showing them again. */
export interface FiguresQueryInput {
  from?: unknown;
  to?: unknown;
  by?: unknown;
  unit?: unknown;
}

/** Whole days from one office date to another ('2026-12-01' → '2026-12-31' is 30). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The default period: from the first of the month of `today` to `today`.
 * @example defaultPeriod('2026-12-03') // { from: '2026-12-01', to: '2026-12-03' }
 */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/**
 * Reads the period and grouping form (a GET); every mistake at once as field errors. An empty field takes the
 * default (this month, by service); a period that ends before it starts or is longer than a year is refused.
 * @example readFiguresQuery({ from: '2026-11-01', to: '2026-11-30', by: 'day' }, '2026-12-03') // { from: '2026-11-01', to: '2026-11-30', by: 'day', unitId: null }
 */
export function readFiguresQuery(input: FiguresQueryInput, today: string): FiguresQuery {
  const v = new FieldCheck();
  const fallback = defaultPeriod(today);
  const from = v.date('from', input.from, { optional: true }) ?? fallback.from;
  const to = v.date('to', input.to, { optional: true }) ?? (from > fallback.to ? from : fallback.to);
  const by = v.oneOf('by', input.by, FIGURE_GROUPINGS, { optional: true }) ?? 'service';
  const unitId = v.integer('unit', input.unit, { min: 1, max: 2_147_483_647, optional: true });
  if (!v.has('from') && !v.has('to')) {
    if (from > to) v.fail('to', 'stats.error.toBeforeFrom');
    else if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) v.fail('to', 'stats.error.tooLong', { max: MAX_PERIOD_DAYS });
  }
  v.done();
  return { from, to, by, unitId };
}
