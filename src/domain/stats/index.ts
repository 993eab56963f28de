export {
  FIGURE_GROUPINGS,
  MAX_PERIOD_DAYS,
  daysBetween,
  defaultPeriod,
  readFiguresQuery,
  type FigureGrouping,
  type FiguresQuery,
  type FiguresQueryInput,
} from './figures-input.ts';
export { countAbove, quantile, sortedSeconds, timeFigures, type TimeFigures } from './time-figures.ts';
