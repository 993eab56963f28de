import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health.ts';
import { languageRoutes } from './language.ts';

/** The system area: health checks for monitoring, and the language switch. */
export async function systemArea(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
}
