import type { FastifyInstance } from 'fastify';
import { homeVisitCounts } from '../../../app/home-visits/index.ts';
import { HomeVisitCountsPanel } from '../../../ui/home-visits/pages.tsx';
import { START_PAGE } from '../../../ui/staff/nav.ts';
import { StartPage } from '../../../ui/staff/start-page.tsx';
import { dateTimeFormat, OFFICE_TIME_ZONE } from '../../../ui/i18n/index.ts';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import type { Role } from '../../types.ts';

/**
 * The roles whose start page lives here; the administrator's (/admin) belongs to the organisation area, the
 * clerk's (/stanowisko, the desk panel) to the queue and the Information Point's to the directory area.
 */
const ROLES_WITH_START_PAGE: readonly Exclude<Role, 'admin' | 'clerk' | 'information_point' | 'city_secretary' | 'register_keeper'>[] = [
  'unit_head',
  // city_secretary and register_keeper: their start pages are the authorisations to decide and the register
  // (http/routes/home-visits/).
  // contact_centre: its start page is the problem reports' inbox (http/routes/reports-staff/).
];

/** /kierownik, /sekretarz, /rejestr-upowaznien. */
export function startPageRoutes(app: FastifyInstance): void {
  for (const role of ROLES_WITH_START_PAGE) {
    app.get(START_PAGE[role]!, { schema: { hide: true }, preValidation: requireRole(role) }, async (request, reply) => {
      const ctx = await pageContext(request);
      const today = dateTimeFormat(ctx.locale, { timeZone: OFFICE_TIME_ZONE, dateStyle: 'full' }).format(app.deps.clock.now());
      // Home visits: the unit head's counts (requests to assign, overdue, waiting for an authorisation).
      const counts =
        role === 'unit_head'
          ? await homeVisitCounts(await depsOf(request), { staffId: request.staff!.id, roles: request.staff!.roles })
          : null;
      return sendPage(reply, StartPage({ ctx, role, today, children: counts && HomeVisitCountsPanel({ ctx, role, counts }) }));
    });
  }
}
