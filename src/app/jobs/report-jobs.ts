import { HOUR } from '../../domain/shared/time.ts';
import { anonymiseReports } from '../reports/index.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/** Problem reports' background job: reporters' personal data erased after the retention period, hourly. */
export const REPORT_JOBS: readonly ScheduledJob[] = [
  {
    name: 'reports.anonymise',
    everyMs: HOUR,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await anonymiseReports(deps)).anonymised);
      return count > 0 ? `reporters' data of ${count} report(s) erased` : null;
    },
  },
];
