import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  changeGroundFloorRequest,
  groundFloorChoices,
  groundFloorFiguresByUnit,
  officeGroundFloorRequests,
  unitGroundFloorRequests,
  registerGroundFloorRequest,
} from '../../../app/special-needs/index.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import type { GroundFloorAction } from '../../../domain/special-needs/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import { GROUND_FLOOR_BACK, GROUND_FLOOR_PATHS, type GroundFloorViewer } from '../../../ui/special-needs/ground-floor-panel.tsx';
import { GroundFloorPage, UnitHeadGroundFloorPage } from '../../../ui/special-needs/ground-floor-pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { formField, formOf, idOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import type { Role } from '../../types.ts';

/** The period of the figures shown beside the lists. */
export const FIGURES_DAYS = 30;
const NOTICES = new Set(['registered', 'accept', 'serve', 'cancel']);

async function noticeOf(request: FastifyRequest): Promise<string | undefined> {
  const done = (request.query as Record<string, unknown> | undefined)?.zrobiono;
  const ctx = await pageContext(request);
  return typeof done === 'string' && NOTICES.has(done) ? ctx.t(`groundFloor.done.${done}`) : undefined;
}

/**
 * The ground floor (seed 7.1): /punkt-informacyjny/parter (register, follow, figures), /kierownik/parter (the unit
 * head's requests and figures), and each step as a plain form: /parter/:id/schodze, /obsluzono, /anuluj.
 */
export function groundFloorRoutes(app: FastifyInstance): void {
  const ip = { schema: { hide: true }, preValidation: requireRole('information_point') };

  async function page(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status = 200, notice?: string) {
    const deps = await depsOf(request, 'information_point');
    const ctx = await pageContext(request);
    const [choices, requests, figures] = await Promise.all([
      groundFloorChoices(deps),
      officeGroundFloorRequests(deps),
      groundFloorFiguresByUnit(deps, { days: FIGURES_DAYS }),
    ]);
    await sendPage(reply, GroundFloorPage({ ctx, choices, requests, figures, days: FIGURES_DAYS, values, errors, notice }), status);
  }

  app.get('/punkt-informacyjny/parter', ip, async (request, reply) => page(request, reply, {}, {}, 200, await noticeOf(request)));

  app.post('/punkt-informacyjny/parter', ip, async (request, reply) => {
    const form = formOf(request);
    try {
      await registerGroundFloorRequest(await depsOf(request, 'information_point'), form);
    } catch (error) {
      const refused = asDomainError(error);
      if (!refused || refused.kind !== 'validation') throw error;
      return page(request, reply, form, wordErrors(await pageContext(request), refused.fields), statusOf(refused));
    }
    return reply.redirect('/punkt-informacyjny/parter?zrobiono=registered', 303);
  });

  app.get('/kierownik/parter', { schema: { hide: true }, preValidation: requireRole('unit_head') }, async (request, reply) => {
    const deps = await depsOf(request, 'unit_head');
    const ctx = await pageContext(request);
    const { unit, requests } = await unitGroundFloorRequests(deps);
    const figures = unit ? await groundFloorFiguresByUnit(deps, { days: FIGURES_DAYS, unitId: unit.id }) : [];
    return sendPage(reply, UnitHeadGroundFloorPage({ ctx, unit, requests, figures, days: FIGURES_DAYS, notice: await noticeOf(request) }));
  });

  const roles: Record<GroundFloorAction, Role[]> = {
    accept: ['clerk', 'unit_head'],
    serve: ['clerk', 'unit_head', 'information_point'],
    cancel: ['information_point'],
  };
  for (const action of ['accept', 'serve', 'cancel'] as const) {
    app.post<{ Params: { id: string } }>(
      `/parter/:id/${GROUND_FLOOR_PATHS[action]}`,
      { schema: { hide: true }, preValidation: requireRole(...roles[action]) },
      async (request, reply) => {
        const requestId = idOf(request.params.id);
        if (requestId === null) throw notFound();
        const staffRoles = request.staff?.roles ?? [];
        const onlyOwn = !staffRoles.includes('information_point') && !staffRoles.includes('unit_head');
        await changeGroundFloorRequest(await depsOf(request), { requestId, action, onlyOwn });
        const asked = formField(request.body, 'wroc') as GroundFloorViewer;
        const back =
          asked in GROUND_FLOOR_BACK && staffRoles.includes(asked)
            ? GROUND_FLOOR_BACK[asked]
            : GROUND_FLOOR_BACK[(roles[action].find((r) => staffRoles.includes(r)) ?? 'clerk') as GroundFloorViewer];
        return reply.redirect(`${back}?zrobiono=${action}`, 303);
      },
    );
  }
}
