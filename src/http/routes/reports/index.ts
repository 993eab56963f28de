import type { FastifyInstance } from 'fastify';
import { publicReportRoutes } from './public-form.ts';

/**
 * Problem reports for residents: the form "Zgłoś problem" (`/zglos-problem`, linked from every page's
 * footer), the page after sending, and each report's public page (`/zgloszenia/<code>`) with its
 * confirmation link. Worded HTML errors (the root's `pageErrors`).
 */
export async function reportsArea(app: FastifyInstance): Promise<void> {
  publicReportRoutes(app);
}
