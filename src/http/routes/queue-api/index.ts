import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { boardRoutes } from './board.ts';
import { deskRoutes } from './desk.ts';
import { kioskRoutes } from './kiosk.ts';
import { publicTicketRoutes } from './public.ts';

/** The queue's JSON APIs (kiosk and Information Point, desk panel, boards, public ticket status); errors answer as JSON. */
export async function queueApiArea(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(apiErrors);
  kioskRoutes(app);
  deskRoutes(app);
  boardRoutes(app);
  publicTicketRoutes(app);
}
