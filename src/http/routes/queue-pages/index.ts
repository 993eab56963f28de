import type { FastifyInstance } from 'fastify';
import { deviceLoginRoutes } from './device-login.ts';
import { boardPageRoutes } from './board.ts';
import { deskPageRoutes } from './desk.ts';
import { followPageRoutes } from './follow.ts';
import { kioskPageRoutes } from './kiosk.ts';
import { kioskCheckInRoutes } from './kiosk-check-in.ts';

/** The queue's pages: device login, kiosk (and its booking check-in), follow page, desk panel, board. */
export function queuePageRoutes(app: FastifyInstance): void {
  deviceLoginRoutes(app);
  followPageRoutes(app);
  kioskPageRoutes(app);
  kioskCheckInRoutes(app);
  deskPageRoutes(app);
  boardPageRoutes(app);
}
