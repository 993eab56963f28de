import { HOUR } from '../../domain/shared/time.ts';
import { anonymiseReports } from '../reports/index.ts';
import { systemActor } from '../shared/deps.ts';
import type { ScheduledJob } from './scheduler.ts';

/** Problem reports' background job: reporters' personal data erased after the retention period, hourly. */
export const REPORT_JOBS: readonly ScheduledJob[] = [
  {
    name: 'reports.anonymise',
    everyMs: HOUR,
    async run(context) {
      const offices = await context.db.selectFrom('office').select('id').orderBy('id').execute();
      let count = 0;
      for (const office of offices) count += (await anonymiseReports({ ...context, actor: systemActor(office.id) })).anonymised;
      return count > 0 ? `reporters' data of ${count} report(s) erased` : null;
    },
  },
];
