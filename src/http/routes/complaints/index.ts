import type { FastifyInstance } from 'fastify';
import { publicComplaintRoutes } from './public-form.ts';
import { registerRoutes } from './register.ts';

/** Complaints and requests (KPA, Division VIII): the Contact Centre's register and the residents' public form. */
export async function complaintsArea(app: FastifyInstance): Promise<void> {
  registerRoutes(app);
  publicComplaintRoutes(app);
}
