import type { FastifyInstance } from 'fastify';
import { prepareConfirmKey } from '../../../app/reports/index.ts';
import { publicReportRoutes } from './public-form.ts';

/**
 * Problem reports for residents: the form "Zgłoś problem" (`/zglos-problem`, linked from every page's
 * footer), the page after sending, and each report's public page (`/zgloszenia/<code>`) with its
 * confirmation link. Worded HTML errors (the root's `pageErrors`).
 */
export async function reportsArea(app: FastifyInstance): Promise<void> {
  // The confirmation links' key is made at start, not by the first link checked (a refused one must not write).
  // With the database away at start, the first confirmation makes it.
  app.addHook('onReady', async () => {
    await prepareConfirmKey(app.deps.db).catch(() => undefined);
  });
  publicReportRoutes(app);
}
