import type { FastifyInstance } from 'fastify';
import { faviconRoutes } from './favicon.ts';
import { healthRoutes } from './health.ts';
import { languageRoutes } from './language.ts';

/** The system area: health checks for monitoring, the language switch and the favicon. */
export async function systemArea(app: FastifyInstance): Promise<void> {
  healthRoutes(app);
  languageRoutes(app);
  faviconRoutes(app);
}
