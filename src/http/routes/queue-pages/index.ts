import type { FastifyInstance } from 'fastify';
import { boardPageRoutes } from './board.ts';
import { deskPageRoutes } from './desk.ts';
import { deviceLoginRoutes } from './device-login.ts';
import { followPageRoutes } from './follow.ts';
import { kioskCheckInRoutes } from './kiosk-check-in.ts';
import { kioskPageRoutes } from './kiosk.ts';

/** The queue's pages: device login, kiosk (and its booking check-in), follow page, desk panel, board. */
export async function queuePagesArea(app: FastifyInstance): Promise<void> {
  deviceLoginRoutes(app);
  followPageRoutes(app);
  kioskPageRoutes(app);
  kioskCheckInRoutes(app);
  deskPageRoutes(app);
  boardPageRoutes(app);
}
