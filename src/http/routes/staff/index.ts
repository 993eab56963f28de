import type { FastifyInstance } from 'fastify';
import { mailOutboxRoutes } from './mail.ts';
import { startPageRoutes } from './start-pages.ts';

/** Staff pages shared by the roles: each role's start page, the outgoing mail. */
export async function staffArea(app: FastifyInstance): Promise<void> {
  startPageRoutes(app);
  mailOutboxRoutes(app);
}
