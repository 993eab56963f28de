import type { FastifyInstance } from 'fastify';
import { boardRoutes } from './board.ts';
import { deskRoutes } from './desk.ts';
import { kioskRoutes } from './kiosk.ts';
import { publicTicketRoutes } from './public.ts';

/** The queue's JSON APIs: kiosk and Information Point, desk panel, boards, public ticket status. */
export function queueRoutes(app: FastifyInstance): void {
  kioskRoutes(app);
  deskRoutes(app);
  boardRoutes(app);
  publicTicketRoutes(app);
}
