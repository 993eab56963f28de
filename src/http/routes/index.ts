import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './system/health.ts';
import { languageRoutes } from './system/language.ts';
import { queueRoutes } from './queue/index.ts';

/** Every area's routes; a new area registers here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
  queueRoutes(app);
  await Promise.resolve();
}
