import type { FastifyInstance } from 'fastify';
import { readPublicOffice } from '../../../app/organisation/public-office.ts';
import { accessibilityStatementPage } from '../../../ui/public/accessibility-statement.tsx';
import { pageContext, sendPage } from '../../page.ts';

/** GET /deklaracja-dostepnosci: the accessibility statement the law requires of public bodies. No login. */
export function accessibilityStatementRoutes(app: FastifyInstance): void {
  app.get('/deklaracja-dostepnosci', async (request, reply) => {
    const view = await readPublicOffice(app.deps.db, app.deps.clock.now());
    const page = accessibilityStatementPage(await pageContext(request), view, app.deps.config.publicUrl);
    await sendPage(reply, page);
  });
}
