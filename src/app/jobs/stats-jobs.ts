import { rollUpFigures } from '../stats/index.ts';
import { MINUTE } from '../../domain/shared/time.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/**
 * The service figures' background job, started by `okienko start`: every ten minutes the closed days not rolled
 * up yet (yesterday after midnight, a day whose tickets changed since) are summed into stats_cell.
 */
export const STATS_JOBS: readonly ScheduledJob[] = [
  {
    name: 'stats.roll_up',
    everyMs: 10 * MINUTE,
    async run(context) {
      const days = await forEachOffice(context, async (deps) => (await rollUpFigures(deps)).days);
      return days > 0 ? `${days} day(s) of service figures rolled up` : null;
    },
  },
];
