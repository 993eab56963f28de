import type { FastifyInstance } from 'fastify';
import { deviceLoginRoutes } from './device-login.ts';
import { boardPageRoutes } from './board.ts';
import { deskPageRoutes } from './desk.ts';
import { followPageRoutes } from './follow.ts';
import { kioskPageRoutes } from './kiosk.ts';

/** The queue's pages: device login, kiosk, follow page, desk panel, board. */
export function queuePageRoutes(app: FastifyInstance): void {
  deviceLoginRoutes(app);
  followPageRoutes(app);
  kioskPageRoutes(app);
  deskPageRoutes(app);
  boardPageRoutes(app);
}
