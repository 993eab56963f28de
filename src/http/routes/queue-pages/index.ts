import type { FastifyInstance } from 'fastify';
import { deviceLoginRoutes } from './device-login.ts';

/** The queue's pages: device login, kiosk, follow page, desk panel, board. */
export function queuePageRoutes(app: FastifyInstance): void {
  deviceLoginRoutes(app);
}
