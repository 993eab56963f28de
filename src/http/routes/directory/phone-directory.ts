import type { FastifyInstance } from 'fastify';
import { directoryUnits, noteTransfer, TRANSFER_COUNT_DAYS, transferCounts, unitDirectory } from '../../../app/directory/index.ts';
import { formField } from '../../form.ts';
import { formatDate } from '../../../ui/i18n/format.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import { PhoneDirectoryPage } from '../../../ui/directory/phone-directory-page.tsx';
import {
  PHONE_DIRECTORY_FRAGMENT_PATH,
  PHONE_DIRECTORY_PATH,
  StaffResults,
  TRANSFER_BACK,
  TRANSFER_PATH,
} from '../../../ui/directory/staff-results.tsx';
import { QueryError } from '../../../ui/directory/search-form.tsx';
import { UnitDirectoryPage } from '../../../ui/directory/unit-directory-page.tsx';
import { renderFragment } from '../../../ui/render.ts';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { officeOf } from '../../office.ts';
import { pageContext, sendPage } from '../../page.ts';
import { ROLES } from '../../types.ts';
import { idParam } from '../admin/support.ts';
import { staffSearch, transferNoted } from './staff-search.ts';

/**
 * /spis-telefonow: the phone directory for every member of staff (seed 5.1, 5.4): a matter's competent people
 * present today with the sentence to say, "note the transfer", the units' printable pages and the counts.
 */
export function phoneDirectoryRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole(...ROLES), schema: { hide: true } };

  app.get(PHONE_DIRECTORY_PATH, guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const deps = await depsOf(request);
    const [search, units, counts, office] = await Promise.all([
      staffSearch(request, ctx),
      directoryUnits(deps),
      transferCounts(deps),
      officeOf(request),
    ]);
    await sendPage(
      reply,
      PhoneDirectoryPage({
        ctx,
        ...search,
        units,
        counts,
        countDays: TRANSFER_COUNT_DAYS,
        noted: transferNoted(request),
        phone: office.phone,
      }),
      search.status,
    );
  });

  app.get(PHONE_DIRECTORY_FRAGMENT_PATH, guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const [search, office] = await Promise.all([staffSearch(request, ctx), officeOf(request)]);
    reply.code(search.status).type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return reply.send(
      renderFragment(
        search.errors.q ? QueryError({ message: search.errors.q }) : StaffResults({ ctx, ...search, from: 'spis', phone: office.phone }),
      ),
    );
  });

  app.post(TRANSFER_PATH, guard, async (request, reply) => {
    const body = request.body;
    await noteTransfer(await depsOf(request), { serviceId: formField(body, 'service_id'), staffId: formField(body, 'staff_id') });
    const from = formField(body, 'z') === 'spis' ? 'spis' : 'pi';
    // Back to the page it was noted on (the IP's page only for those who have it), with the same query.
    const base = from === 'pi' && request.staff?.roles.includes('information_point') ? TRANSFER_BACK.pi : TRANSFER_BACK.spis;
    const query = formField(body, 'q').slice(0, 200);
    await reply.redirect(`${base}?${new URLSearchParams({ q: query, odnotowano: '1' }).toString()}`, 303);
  });

  app.get(`${PHONE_DIRECTORY_PATH}/komorki/:id`, guard, async (request, reply) => {
    const deps = await depsOf(request);
    const unit = await unitDirectory(deps, idParam(request, 'id'));
    const ctx = await pageContext(request);
    await sendPage(reply, UnitDirectoryPage({ ctx, unit, printedOn: formatDate(ctx.locale, officeDate(deps.clock.now())) }));
  });
}
