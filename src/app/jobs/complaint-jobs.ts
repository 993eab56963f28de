import { anonymiseComplaints } from '../complaints/index.ts';
import { HOUR } from '../../domain/shared/time.ts';
import { systemActor } from '../shared/deps.ts';
import type { ScheduledJob } from './scheduler.ts';

/**
 * The register's background job, started by `okienko start`: the personal data of ended cases past the
 * retention period is erased. Hourly, so a day's cases go the day they reach it.
 */
export const COMPLAINT_JOBS: readonly ScheduledJob[] = [
  {
    name: 'complaint.anonymise',
    everyMs: HOUR,
    async run(context) {
      const offices = await context.db.selectFrom('office').select('id').orderBy('id').execute();
      let count = 0;
      for (const office of offices) count += (await anonymiseComplaints({ ...context, actor: systemActor(office.id) })).count;
      return count > 0 ? `personal data of ${count} complaint(s) or request(s) erased` : null;
    },
  },
];
