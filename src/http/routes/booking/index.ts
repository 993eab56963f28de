import type { FastifyInstance } from 'fastify';
import { antiBotRoutes } from './anti-bot.ts';
import { bookRoutes } from './book.ts';
import { bookingFlowRoutes } from './flow.ts';
import { manageRoutes } from './manage.ts';
import { moveRoutes } from './move.ts';

/** Online booking for residents under /rezerwacja: the questions, the anti-bot challenge, the booking itself, and the visit's own pages. */
export async function bookingArea(app: FastifyInstance): Promise<void> {
  bookingFlowRoutes(app);
  antiBotRoutes(app);
  bookRoutes(app);
  manageRoutes(app);
  moveRoutes(app);
}
