import { homeVisitCounts } from '../../../app/home-visits/index.ts';
import { HomeVisitCountsPanel } from '../../../ui/home-visits/pages.tsx';
import type { FastifyInstance } from 'fastify';
import { listNotes } from '../../../app/directory/index.ts';
import { issueTicket, kioskChoices, queueSnapshot } from '../../../app/queue/index.ts';
import { interpreterDesk, officeGroundFloorRequests } from '../../../app/special-needs/index.ts';
import { one } from '../../../domain/organisation/form-values.ts';
import { invalid } from '../../../domain/shared/errors.ts';
import {
  InformationPointPage,
  ISSUE_TICKET_PATH,
  WAITING_FRAGMENT_PATH,
  WaitingTable,
} from '../../../ui/directory/information-point-page.tsx';
import { QueryError } from '../../../ui/directory/search-form.tsx';
import { INFORMATION_POINT_FRAGMENT_PATH, INFORMATION_POINT_PATH, StaffResults } from '../../../ui/directory/staff-results.tsx';
import { IssueTicketPage } from '../../../ui/directory/ticket-page.tsx';
import { renderFragment } from '../../../ui/render.ts';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { officeOf } from '../../office.ts';
import { pageContext, sendPage } from '../../page.ts';
import { submitForm } from '../admin/support.ts';
import { staffSearch, transferNoted } from './staff-search.ts';

/**
 * /punkt-informacyjny: the Information Point's start page (issue 14, part 6), its search results and live
 * waiting counts for the page's script, and issuing a ticket for a person.
 */
export function informationPointRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('information_point'), schema: { hide: true } };

  app.get(INFORMATION_POINT_PATH, guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const deps = await depsOf(request, 'information_point');
    const [search, snapshot, notes, office, groundFloor, interpreter] = await Promise.all([
      staffSearch(request, ctx),
      queueSnapshot(deps, { buildingId: null }),
      listNotes(deps, { inForce: true }),
      officeOf(request),
      officeGroundFloorRequests(deps),
      interpreterDesk(deps),
    ]);
    await sendPage(
      reply,
      InformationPointPage({
        ctx,
        ...search,
        waiting: snapshot.services,
        notes,
        noted: transferNoted(request),
        phone: office.phone,
        groundFloor,
        interpreter: interpreter.availability,
        homeVisits: HomeVisitCountsPanel({
          ctx,
          role: 'information_point',
          counts: await homeVisitCounts(deps, { staffId: request.staff!.id, roles: request.staff!.roles }),
        }),
      }),
      search.status,
    );
  });

  app.get(INFORMATION_POINT_FRAGMENT_PATH, guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const [search, office] = await Promise.all([staffSearch(request, ctx), officeOf(request)]);
    reply.code(search.status).type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return reply.send(
      renderFragment(
        search.errors.q ? QueryError({ message: search.errors.q }) : StaffResults({ ctx, ...search, from: 'pi', phone: office.phone }),
      ),
    );
  });

  app.get(WAITING_FRAGMENT_PATH, guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const snapshot = await queueSnapshot(await depsOf(request, 'information_point'), { buildingId: null });
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return reply.send(renderFragment(WaitingTable({ ctx, services: snapshot.services })));
  });

  app.get(ISSUE_TICKET_PATH, guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const choices = await kioskChoices(await depsOf(request, 'information_point'));
    await sendPage(reply, IssueTicketPage({ ctx, choices, values: {}, errors: {} }));
  });

  app.post(ISSUE_TICKET_PATH, guard, async (request, reply) => {
    const form = formOf(request);
    const deps = await depsOf(request, 'information_point');
    await submitForm(request, reply, {
      run: async () => {
        const serviceId = Number(one(form, 'serviceId'));
        if (!/^\d{1,9}$/.test(one(form, 'serviceId'))) throw invalid({ serviceId: { key: 'directory.errors.chooseMatter' } });
        const reason = one(form, 'priorityReason');
        const ticket = await issueTicket(deps, {
          serviceId,
          priorityReason: reason === '' ? null : reason,
          groundFloor: one(form, 'groundFloor') === 'on',
          source: 'information_point',
          locale: request.locale,
        });
        return `/bilet/${ticket.publicCode}`;
      },
      render: async (ctx, errors) => IssueTicketPage({ ctx, choices: await kioskChoices(deps), values: form, errors }),
      field: 'serviceId',
    });
  });
}
