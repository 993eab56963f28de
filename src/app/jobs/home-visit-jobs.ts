import { anonymiseHomeVisits } from '../home-visits/index.ts';
import { HOUR } from '../../domain/shared/time.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/**
 * The home visits' background job, started by `okienko start`: the personal data of requests ended more than
 * the retention period ago is erased. Hourly, so a request goes within the hour it reaches the period.
 */
export const HOME_VISIT_JOBS: readonly ScheduledJob[] = [
  {
    name: 'home_visit.anonymise',
    everyMs: HOUR,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await anonymiseHomeVisits(deps)).count);
      return count > 0 ? `personal data of ${count} home-visit request(s) erased` : null;
    },
  },
];
