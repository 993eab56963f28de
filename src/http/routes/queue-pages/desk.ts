import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  callNext,
  callTicketByNumber,
  closeDesk,
  deskPanelWithChoices,
  finishService,
  markNoShow,
  openDesk,
  pauseDesk,
  recallTicket,
  resumeDesk,
  returnToQueue,
  startService,
  transferTicket,
} from '../../../app/queue/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { DomainError, notFound } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { DeskPanelPage } from '../../../ui/queue/desk-panel.tsx';
import { deskGroundFloorAlerts } from '../../../app/special-needs/index.ts';
import { GroundFloorLive } from '../../../ui/special-needs/ground-floor-panel.tsx';
import type { DeskFormValues } from '../../../ui/queue/desk-ticket.tsx';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import { depsOf } from '../../auth/actor.ts';
import { formField, formId, idOf } from '../../form.ts';
import { deskPanelView } from './presenters.ts';

const guard = requireRole('clerk');
type Form = Record<string, unknown> | undefined;

/** What the panel's forms sent, to put back into their fields when the panel answers with an error. */
function valuesOf(body: unknown): DeskFormValues {
  return { number: formField(body, 'number'), serviceId: formField(body, 'serviceId'), deskId: formField(body, 'deskId') };
}

/**
 * Runs one desk action (a use case) and redirects back to the panel with a notice (Post/Redirect/Get).
 * A refusal re-renders the panel (409/422, nothing written): field errors in the error summary beside their
 * fields, a refused action (no field to blame: the ticket's state, the desk's) as a plain alert.
 */
async function act(request: FastifyRequest, reply: FastifyReply, run: (deps: UseCaseDeps) => Promise<string>): Promise<void> {
  const deps = await depsOf(request, 'clerk');
  try {
    const done = await run(deps);
    await reply.redirect(`/stanowisko?zrobiono=${encodeURIComponent(done)}`, 303);
  } catch (error) {
    if (!(error instanceof DomainError) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
    const ctx = await pageContext(request);
    const view = deskPanelView(request, await deskPanelWithChoices(deps));
    const values = valuesOf(request.body);
    const page =
      Object.keys(error.fields).length > 0
        ? DeskPanelPage({ ctx, view, values, error: wordErrors(ctx, error.fields) })
        : DeskPanelPage({ ctx, view, values, refusal: ctx.t(error.key, error.values) });
    reply.header('cache-control', 'no-store');
    await sendPage(reply, page, statusOf(error));
  }
}

const NOTICES = new Set([
  'opened',
  'paused',
  'resumed',
  'closed',
  'called',
  'nobody',
  'recalled',
  'noShow',
  'started',
  'finished',
  'transferred',
  'returned',
]);

// The ground floor's steps a clerk takes from the panel come back here (seed 7.1).
const GROUND_FLOOR_NOTICES = new Set(['accept', 'serve']);

/** /stanowisko: the clerk's desk panel and its actions, each a form calling the same use case as the API. */
export function deskPageRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { zrobiono?: string } }>(
    '/stanowisko',
    { schema: { hide: true }, preValidation: guard },
    async (request, reply) => {
      const ctx = await pageContext(request);
      const done = request.query.zrobiono ?? '';
      const notice = NOTICES.has(done)
        ? ctx.t(`queue.panel.done.${done}`)
        : GROUND_FLOOR_NOTICES.has(done)
          ? ctx.t(`groundFloor.done.${done}`)
          : undefined;
      const deps = await depsOf(request, 'clerk');
      const [panel, alerts] = await Promise.all([deskPanelWithChoices(deps), deskGroundFloorAlerts(deps)]);
      const view = deskPanelView(request, panel);
      const groundFloor = view.session
        ? GroundFloorLive({ ctx, requests: alerts, viewer: 'clerk', stream: null, heading: ctx.t('groundFloor.desk.title') })
        : undefined;
      return sendPage(reply, DeskPanelPage({ ctx, view, notice, groundFloor }));
    },
  );

  type Post = { Body: Form };
  const options = { schema: { hide: true }, preValidation: guard };
  app.post<Post>('/stanowisko/otworz', options, (request, reply) =>
    act(request, reply, async (deps) => {
      await openDesk(deps, { deskId: formId(request.body, 'deskId') ?? 0 });
      return 'opened';
    }),
  );
  app.post('/stanowisko/przerwa', options, (request, reply) =>
    act(request, reply, async (deps) => {
      await pauseDesk(deps);
      return 'paused';
    }),
  );
  app.post('/stanowisko/wznow', options, (request, reply) =>
    act(request, reply, async (deps) => {
      await resumeDesk(deps);
      return 'resumed';
    }),
  );
  app.post('/stanowisko/zamknij', options, (request, reply) =>
    act(request, reply, async (deps) => {
      await closeDesk(deps);
      return 'closed';
    }),
  );
  app.post('/stanowisko/wezwij-nastepny', options, (request, reply) =>
    act(request, reply, async (deps) => {
      const called = await callNext(deps);
      return called.ticketId === null ? 'nobody' : 'called';
    }),
  );

  app.post<Post>('/stanowisko/wezwij-wybrany', options, (request, reply) =>
    act(request, reply, async (deps) => {
      await callTicketByNumber(deps, { number: formField(request.body, 'number') });
      return 'called';
    }),
  );

  type WithTicket = { Params: { ticketId: string }; Body: Form };
  const simple = [
    ['wezwij-ponownie', recallTicket, 'recalled'],
    ['nieobecny', markNoShow, 'noShow'],
    ['rozpocznij', startService, 'started'],
    ['zwroc', returnToQueue, 'returned'],
  ] as const;
  const ticketOf = (request: FastifyRequest<WithTicket>): number => {
    const id = idOf(request.params.ticketId);
    if (id === null) throw notFound('queue.ticket.notFound');
    return id;
  };
  for (const [path, useCase, done] of simple) {
    app.post<WithTicket>(`/stanowisko/bilety/:ticketId/${path}`, options, (request, reply) =>
      act(request, reply, async (deps) => {
        await useCase(deps, { ticketId: ticketOf(request) });
        return done;
      }),
    );
  }
  app.post<WithTicket>('/stanowisko/bilety/:ticketId/zakoncz', options, (request, reply) =>
    act(request, reply, async (deps) => {
      await finishService(deps, { ticketId: ticketOf(request), outcome: formField(request.body, 'outcome').trim() });
      return 'finished';
    }),
  );
  app.post<WithTicket>('/stanowisko/bilety/:ticketId/przekaz', options, (request, reply) =>
    act(request, reply, async (deps) => {
      const desk = formField(request.body, 'deskId').trim();
      await transferTicket(deps, {
        ticketId: ticketOf(request),
        serviceId: formId(request.body, 'serviceId') ?? 0,
        deskId: desk === '' ? null : (idOf(desk) ?? 0),
      });
      return 'transferred';
    }),
  );
}
