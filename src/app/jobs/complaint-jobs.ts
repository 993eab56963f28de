import { anonymiseComplaints } from '../complaints/index.ts';
import { HOUR } from '../../domain/shared/time.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/**
 * The register's background job, started by `okienko start`: the personal data of ended cases past the
 * retention period is erased. Hourly, so a day's cases go the day they reach it.
 */
export const COMPLAINT_JOBS: readonly ScheduledJob[] = [
  {
    name: 'complaint.anonymise',
    everyMs: HOUR,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await anonymiseComplaints(deps)).count);
      return count > 0 ? `personal data of ${count} complaint(s) or request(s) erased` : null;
    },
  },
];
