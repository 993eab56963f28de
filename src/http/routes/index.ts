import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './system/health.ts';
import { languageRoutes } from './system/language.ts';
import { homeRoutes } from './public/home.ts';
import { accessibilityStatementRoutes } from './public/accessibility-statement.ts';
import { adminBuildingRoutes } from './admin/buildings.ts';
import { adminDeskRoutes } from './admin/desks.ts';
import { adminHoursRoutes } from './admin/hours.ts';
import { adminServiceRoutes } from './admin/services.ts';
import { adminStaffRoutes } from './admin/staff.ts';
import { adminUnitRoutes } from './admin/units.ts';
import { adminHomeRoutes } from './admin/home.ts';
import { adminOfficeRoutes } from './admin/office.ts';
import { loginRoutes } from './auth/login.ts';
import { accountRoutes } from './auth/account.ts';
import { startPageRoutes } from './staff/start-pages.ts';
import { deviceAdminRoutes } from './admin/devices.ts';
import { auditLogRoutes } from './admin/audit-log.ts';
import { deviceApiRoutes } from './api/device.ts';
import { queueRoutes } from './queue/index.ts';
import { queuePageRoutes } from './queue-pages/index.ts';
import { antiBotRoutes } from './booking/anti-bot.ts';

/** Every area's routes; a new area registers here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
  homeRoutes(app);
  accessibilityStatementRoutes(app);
  adminHomeRoutes(app);
  adminOfficeRoutes(app);
  adminBuildingRoutes(app);
  adminUnitRoutes(app);
  adminServiceRoutes(app);
  adminDeskRoutes(app);
  adminHoursRoutes(app);
  adminStaffRoutes(app);
  loginRoutes(app);
  accountRoutes(app);
  startPageRoutes(app);
  deviceAdminRoutes(app);
  auditLogRoutes(app);
  deviceApiRoutes(app);
  queueRoutes(app);
  queuePageRoutes(app);
  antiBotRoutes(app);
  await Promise.resolve();
}
