import { purgeExpiredChallenges } from '../anti-bot/index.ts';
import { anonymiseBookings } from '../booking/anonymise-bookings.ts';
import { markNoShows } from '../booking/mark-no-shows.ts';
import { purgeLoginThrottle } from '../auth/purge-login-throttle.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';
import { HOUR, MINUTE } from '../../domain/shared/time.ts';

/**
 * The booking's background jobs, started by `okienko start`: no-shows every minute (a desk time left
 * unused goes back to walk-ins within a minute of its window closing), anonymisation hourly (the
 * retention period counts whole days, so an hour late is never a day late), and the anti-bot purge hourly.
 */
export const BOOKING_JOBS: readonly ScheduledJob[] = [
  {
    name: 'booking.no_shows',
    everyMs: MINUTE,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await markNoShows(deps)).count);
      return count > 0 ? `${count} booking(s) marked as no-shows` : null;
    },
  },
  {
    name: 'booking.anonymise',
    everyMs: HOUR,
    async run(context) {
      const count = await forEachOffice(context, async (deps) => (await anonymiseBookings(deps)).count);
      return count > 0 ? `personal data of ${count} booking(s) erased` : null;
    },
  },
  {
    name: 'auth.purge_throttle',
    everyMs: HOUR,
    async run({ db, clock }) {
      const count = await purgeLoginThrottle(db, clock.now());
      return count > 0 ? `${count} day-old failed-login record(s) forgotten` : null;
    },
  },
  {
    // Anti-bot questions and used ALTCHA records are only needed until they expire.
    name: 'anti_bot.purge',
    everyMs: HOUR,
    async run({ db, clock }) {
      const count = await purgeExpiredChallenges(db, clock.now());
      return count > 0 ? `${count} expired anti-bot challenge(s) purged` : null;
    },
  },
];
