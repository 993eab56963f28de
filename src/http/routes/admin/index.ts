import type { FastifyInstance } from 'fastify';
import { auditLogRoutes } from './audit-log.ts';
import { adminBookingRoutes } from './booking.ts';
import { adminBuildingRoutes } from './buildings.ts';
import { adminDeskRoutes } from './desks.ts';
import { deviceAdminRoutes } from './devices.ts';
import { adminHomeRoutes } from './home.ts';
import { adminHoursRoutes } from './hours.ts';
import { adminOfficeRoutes } from './office.ts';
import { adminServiceRoutes } from './services.ts';
import { adminStaffRoutes } from './staff.ts';
import { adminUnitRoutes } from './units.ts';

/** The administrator's pages under /admin: the office, its buildings, units, services, desks, hours, staff, devices, booking settings, audit log. */
export async function adminArea(app: FastifyInstance): Promise<void> {
  adminHomeRoutes(app);
  adminOfficeRoutes(app);
  adminBuildingRoutes(app);
  adminUnitRoutes(app);
  adminServiceRoutes(app);
  adminDeskRoutes(app);
  adminHoursRoutes(app);
  adminStaffRoutes(app);
  deviceAdminRoutes(app);
  auditLogRoutes(app);
  adminBookingRoutes(app);
}
