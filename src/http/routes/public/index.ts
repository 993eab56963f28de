import type { FastifyInstance } from 'fastify';
import { accessibilityStatementRoutes } from './accessibility-statement.ts';
import { homeRoutes } from './home.ts';

/** The office's public pages: the home page with buildings, hours and services, and the accessibility statement. */
export async function publicArea(app: FastifyInstance): Promise<void> {
  homeRoutes(app);
  accessibilityStatementRoutes(app);
}
