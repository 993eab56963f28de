import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './system/health.ts';
import { languageRoutes } from './system/language.ts';
import { adminBuildingRoutes } from './admin/buildings.ts';
import { adminHomeRoutes } from './admin/home.ts';
import { adminOfficeRoutes } from './admin/office.ts';

/** Every area's routes; a new area registers here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
  adminHomeRoutes(app);
  adminOfficeRoutes(app);
  adminBuildingRoutes(app);
  await Promise.resolve();
}
