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
  await Promise.resolve();
}
