import { anonymiseHomeVisits } from '../home-visits/index.ts';
import { HOUR } from '../../domain/shared/time.ts';
import { systemActor } from '../shared/deps.ts';
import type { ScheduledJob } from './scheduler.ts';

/**
 * The home visits' background job, started by `okienko start`: the personal data of requests ended more than
 * the retention period ago is erased. Hourly, so a request goes within the hour it reaches the period.
 */
export const HOME_VISIT_JOBS: readonly ScheduledJob[] = [
  {
    name: 'home_visit.anonymise',
    everyMs: HOUR,
    async run(context) {
      const offices = await context.db.selectFrom('office').select('id').orderBy('id').execute();
      let count = 0;
      for (const office of offices) count += (await anonymiseHomeVisits({ ...context, actor: systemActor(office.id) })).count;
      return count > 0 ? `personal data of ${count} home-visit request(s) erased` : null;
    },
  },
];
