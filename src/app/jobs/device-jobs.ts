import { checkDeviceOutages } from '../announcements/index.ts';
import { SECOND } from '../../domain/shared/time.ts';
import { forEachOffice, type ScheduledJob } from './scheduler.ts';

/**
 * Devices that report their own failure, started by `okienko start`: every 10 seconds, kiosks and boards silent
 * longer than the office allows put up their outage banner, and banners of devices well again for the hold end.
 */
export const DEVICE_JOBS: readonly ScheduledJob[] = [
  {
    name: 'devices.outages',
    everyMs: 10 * SECOND,
    async run(context) {
      const count = await forEachOffice(context, checkDeviceOutages);
      return count > 0 ? `${count} silent device(s) announced` : null;
    },
  },
];
