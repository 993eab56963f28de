import type { FastifyInstance } from 'fastify';
import { organisationCounts } from '../../../storage/organisation-repository.ts';
import { AdminHomePage } from '../../../ui/admin/home.tsx';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';

/** /admin: the administrator's start page with the office's counts. */
export function adminHomeRoutes(app: FastifyInstance): void {
  app.get('/admin', { preValidation: requireRole('admin'), schema: { hide: true } }, async (request, reply) => {
    const ctx = await pageContext(request);
    const counts = await organisationCounts(app.deps.db, request.staff!.officeId);
    await sendPage(reply, AdminHomePage({ ctx, counts }));
  });
}
