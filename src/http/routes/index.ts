import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './system/health.ts';
import { languageRoutes } from './system/language.ts';
import { homeRoutes } from './public/home.ts';
import { accessibilityStatementRoutes } from './public/accessibility-statement.ts';

/** Every area's routes; a new area registers here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
  homeRoutes(app);
  accessibilityStatementRoutes(app);
  await Promise.resolve();
}
