import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addSituationAction,
  closeSituation,
  completeSituationAction,
  recordSituation,
  situationDetail,
  situationFigures,
  situationList,
  situationUnits,
  type SituationViewer,
} from '../../../app/difficult-situations/index.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import {
  SITUATIONS_PATH,
  SituationDetailPage,
  SituationFiguresPage,
  SituationFormPage,
  SituationListPage,
  type SituationForm,
} from '../../../ui/difficult-situations/pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { formOf, idOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from '../admin/support.ts';

/** Who records a difficult situation (seed 8): a clerk, the Information Point, a unit head. */
export const RECORDING_ROLES = ['clerk', 'information_point', 'unit_head'] as const;
/** Who sees the figures by unit and month. */
export const FIGURES_ROLES = ['unit_head', 'admin'] as const;

function viewerOf(request: FastifyRequest): SituationViewer {
  return { staffId: request.staff!.id, roles: request.staff!.roles };
}

/** Difficult situations at a desk or on the phone: recording, the unit head's view, figures. */
export async function difficultSituationsArea(app: FastifyInstance): Promise<void> {
  const viewGuard = { preValidation: requireRole(...RECORDING_ROLES, 'admin'), schema: { hide: true } };
  const recordGuard = { preValidation: requireRole(...RECORDING_ROLES), schema: { hide: true } };
  const figuresGuard = { preValidation: requireRole(...FIGURES_ROLES), schema: { hide: true } };

  app.get(SITUATIONS_PATH, viewGuard, async (request, reply) => {
    const list = await situationList(await depsOf(request), viewerOf(request));
    const roles = request.staff!.roles;
    await sendPage(
      reply,
      SituationListPage({
        ctx: await pageContext(request),
        list,
        canRecord: RECORDING_ROLES.some((r) => roles.includes(r)),
        canSeeFigures: FIGURES_ROLES.some((r) => roles.includes(r)),
      }),
    );
  });

  app.get(`${SITUATIONS_PATH}/nowa`, recordGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const { units, ownUnitId } = await situationUnits(deps, request.staff!.id);
    const now = deps.clock.now();
    const values: FormValues = {
      occurredOn: officeDate(now),
      unit: ownUnitId === null ? '' : String(ownUnitId),
    };
    await sendPage(reply, SituationFormPage({ ctx: await pageContext(request), units, values, errors: {} }));
  });

  app.post(`${SITUATIONS_PATH}/nowa`, recordGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => `${SITUATIONS_PATH}/${(await recordSituation(deps, request.staff!.id, form)).id}?zapisano=1`,
      render: async (ctx, errors) =>
        SituationFormPage({ ctx, units: (await situationUnits(deps, request.staff!.id)).units, values: form, errors }),
      field: 'facts',
    });
  });

  app.get(`${SITUATIONS_PATH}/zestawienie`, figuresGuard, async (request, reply) => {
    const figures = await situationFigures(await depsOf(request), viewerOf(request));
    await sendPage(reply, SituationFiguresPage({ ctx: await pageContext(request), figures }));
  });

  app.get(`${SITUATIONS_PATH}/:id`, viewGuard, async (request, reply) => {
    const situation = await situationDetail(await depsOf(request), viewerOf(request), idParam(request, 'id'));
    await sendPage(reply, SituationDetailPage({ ctx: await pageContext(request), situation, notice: noticeOf(request) }));
  });

  /** One of the situation's forms: back to it on success; refused, the situation again with that form's errors. */
  async function situationForm(
    request: FastifyRequest,
    reply: FastifyReply,
    which: SituationForm,
    run: (id: number, form: FormValues) => Promise<void>,
  ) {
    const deps = await depsOf(request);
    const id = idParam(request, 'id');
    const form = formOf(request);
    try {
      await run(id, form);
    } catch (error) {
      const domain = asDomainError(error);
      if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const errors =
        Object.keys(domain.fields).length > 0
          ? wordErrors(ctx, domain.fields)
          : { [which === 'close' ? 'metExpectations' : 'action']: ctx.t(domain.key, domain.values) };
      const situation = await situationDetail(deps, viewerOf(request), id);
      await sendPage(reply, SituationDetailPage({ ctx, situation, form: which, values: form, errors }), statusOf(domain));
      return;
    }
    await reply.redirect(`${SITUATIONS_PATH}/${id}?zapisano=1`, 303);
  }

  app.post(`${SITUATIONS_PATH}/:id/dzialania`, viewGuard, (request, reply) =>
    situationForm(request, reply, 'action', async (id, form) => addSituationAction(await depsOf(request), viewerOf(request), id, form)),
  );
  app.post(`${SITUATIONS_PATH}/:id/dzialania/:actionId/wykonane`, viewGuard, (request, reply) =>
    situationForm(request, reply, 'action', async (id) => {
      const actionId = idOf((request.params as { actionId?: string }).actionId ?? '');
      if (actionId === null) throw notFound();
      await completeSituationAction(await depsOf(request), viewerOf(request), id, actionId);
    }),
  );
  app.post(`${SITUATIONS_PATH}/:id/zamkniecie`, viewGuard, (request, reply) =>
    situationForm(request, reply, 'close', async (id, form) => closeSituation(await depsOf(request), viewerOf(request), id, form)),
  );
}
