import { voidUnclaimedTickets } from '../queue/unclaimed-tickets.ts';
import { systemActor } from '../shared/deps.ts';
import { MINUTE } from '../../domain/shared/time.ts';
import type { ScheduledJob } from './scheduler.ts';

/**
 * The queue's background jobs, started by `okienko start`: every minute, kiosk tickets that never reached
 * anybody (their page never shown, nothing printed) are cancelled before a desk calls a number nobody holds.
 */
export const QUEUE_JOBS: readonly ScheduledJob[] = [
  {
    name: 'queue.unclaimed_tickets',
    everyMs: MINUTE,
    async run(context) {
      const offices = await context.db.selectFrom('office').select('id').orderBy('id').execute();
      let count = 0;
      for (const office of offices) count += (await voidUnclaimedTickets({ ...context, actor: systemActor(office.id) })).count;
      return count > 0 ? `${count} kiosk ticket(s) that reached nobody cancelled` : null;
    },
  },
];
