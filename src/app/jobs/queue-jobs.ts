import { voidUnclaimedTickets } from '../queue/unclaimed-tickets.ts';
import { MINUTE } from '../../domain/shared/time.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/**
 * The queue's background jobs, started by `okienko start`: every minute, kiosk tickets that never reached
 * anybody (their page never shown, nothing printed) are cancelled before a desk calls a number nobody holds.
 */
export const QUEUE_JOBS: readonly ScheduledJob[] = [
  {
    name: 'queue.unclaimed_tickets',
    everyMs: MINUTE,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await voidUnclaimedTickets(deps)).count);
      return count > 0 ? `${count} kiosk ticket(s) that reached nobody cancelled` : null;
    },
  },
];
