import type { FastifyInstance } from 'fastify';
import { adminArea } from './admin/index.ts';
import { announcementsArea } from './announcements/index.ts';
import { authArea } from './auth/index.ts';
import { bookingStaffArea } from './booking-staff/index.ts';
import { bookingArea } from './booking/index.ts';
import { deviceApiArea } from './device-api/index.ts';
import { metricsArea } from './metrics/index.ts';
import { openDataArea } from './open-data/index.ts';
import { directoryArea } from './directory/index.ts';
import { publicArea } from './public/index.ts';
import { queueApiArea } from './queue-api/index.ts';
import { queuePagesArea } from './queue-pages/index.ts';
import { reportsArea } from './reports/index.ts';
import { open311Area } from './open311/index.ts';
import { reportsStaffArea } from './reports-staff/index.ts';
import { staffArea } from './staff/index.ts';
import { systemArea } from './system/index.ts';
import { complaintsArea } from './complaints/index.ts';
import { difficultSituationsArea } from './difficult-situations/index.ts';
import { specialNeedsArea } from './special-needs/index.ts';
// Service figures (issue 18, part 2).
import { statsArea } from './stats/index.ts';
import { satisfactionArea } from './satisfaction/index.ts';
import { standardsAuditArea } from './standards-audit/index.ts';
import { homeVisitsArea } from './home-visits/index.ts';

/**
 * Every area, each an encapsulated Fastify plugin: its routes, hooks, error format and authentication stay
 * inside it. A new area is a folder with an `index.ts` plugin, registered here.
 */
export async function registerAreas(app: FastifyInstance): Promise<void> {
  await app.register(systemArea);
  await app.register(publicArea);
  await app.register(authArea);
  await app.register(staffArea);
  await app.register(adminArea);
  await app.register(deviceApiArea);
  await app.register(queueApiArea);
  await app.register(queuePagesArea);
  await app.register(bookingArea);
  await app.register(bookingStaffArea);
  await app.register(openDataArea);
  await app.register(metricsArea);
  await app.register(announcementsArea);
  await app.register(complaintsArea);
  await app.register(difficultSituationsArea);
  await app.register(specialNeedsArea);
  await app.register(directoryArea);
  // Problem reports (issue 16).
  await app.register(reportsArea);
  await app.register(open311Area, { prefix: '/open311/v2' });
  await app.register(reportsStaffArea);
  // Service figures (issue 18, part 2).
  await app.register(statsArea);
  // Quality (issue 18): satisfaction answers and the audits of the standards.
  await app.register(satisfactionArea);
  await app.register(standardsAuditArea);
  // Home visits (issue 17).
  await app.register(homeVisitsArea);
}
