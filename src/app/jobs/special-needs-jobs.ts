import { anonymiseInterpreterRequests, escalateGroundFloorRequests } from '../special-needs/index.ts';
import { HOUR, SECOND } from '../../domain/shared/time.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/**
 * The Information Point's background jobs, started by `okienko start`: every 30 seconds, ground-floor requests
 * nobody accepted in time escalate to the unit head and the Information Point; hourly, interpreter requests past
 * their retention lose the person's name and contact.
 */
export const SPECIAL_NEEDS_JOBS: readonly ScheduledJob[] = [
  {
    name: 'information_point.escalate_ground_floor',
    everyMs: 30 * SECOND,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await escalateGroundFloorRequests(deps)).count);
      return count > 0 ? `${count} ground-floor request(s) escalated` : null;
    },
  },
  {
    name: 'information_point.anonymise_interpreter_requests',
    everyMs: HOUR,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await anonymiseInterpreterRequests(deps)).count);
      return count > 0 ? `${count} interpreter request(s) anonymised` : null;
    },
  },
];
