import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './system/health.ts';
import { languageRoutes } from './system/language.ts';
import { loginRoutes } from './auth/login.ts';
import { accountRoutes } from './auth/account.ts';
import { startPageRoutes } from './staff/start-pages.ts';
import { deviceAdminRoutes } from './admin/devices.ts';
import { auditLogRoutes } from './admin/audit-log.ts';
import { deviceApiRoutes } from './api/device.ts';

/** Every area's routes; a new area registers here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
  loginRoutes(app);
  accountRoutes(app);
  startPageRoutes(app);
  deviceAdminRoutes(app);
  auditLogRoutes(app);
  deviceApiRoutes(app);
  await Promise.resolve();
}
