import type { FastifyInstance } from 'fastify';
import { bookRoutes } from './book.ts';
import { bookingFlowRoutes } from './flow.ts';
import { manageRoutes } from './manage.ts';
import { moveRoutes } from './move.ts';

/** The public booking pages under /rezerwacja: the questions, the booking itself, and the visit's own pages. */
export function bookingPageRoutes(app: FastifyInstance): void {
  bookingFlowRoutes(app);
  bookRoutes(app);
  manageRoutes(app);
  moveRoutes(app);
}
