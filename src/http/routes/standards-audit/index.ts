import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  addChecklistItem,
  auditChecklist,
  auditDetail,
  auditFormChoices,
  auditOverview,
  loadSeedChecklist,
  recordAudit,
  retireChecklistItem,
  type AuditViewer,
} from '../../../app/standards-audit/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import { one } from '../../../domain/organisation/form-values.ts';
import { AUDITS_PATH, AuditDetailPage, AuditFormPage, AuditsPage, ChecklistPage } from '../../../ui/standards-audit/pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from '../admin/support.ts';

/** Who reads audits: the auditor and the administrator (all), the unit head (their unit's). */
export const AUDIT_READERS = ['auditor', 'unit_head', 'admin'] as const;

function viewerOf(request: FastifyRequest): AuditViewer {
  return { staffId: request.staff!.id, roles: request.staff!.roles };
}

/** The ids of the checklist the form showed: "3,4,5"; anything else is an empty list (then "the checklist changed"). */
function shownItems(request: FastifyRequest): number[] {
  const raw = one(formOf(request), 'items');
  if (!/^\d{1,9}(,\d{1,9}){0,499}$/.test(raw)) return [];
  return raw.split(',').map(Number);
}

/** Audits of the service standards ("tajemniczy klient", issue 18 part 4). */
export async function standardsAuditArea(app: FastifyInstance): Promise<void> {
  const readGuard = { preValidation: requireRole(...AUDIT_READERS), schema: { hide: true } };
  const recordGuard = { preValidation: requireRole('auditor'), schema: { hide: true } };
  const adminGuard = { preValidation: requireRole('admin'), schema: { hide: true } };

  app.get(AUDITS_PATH, readGuard, async (request, reply) => {
    const overview = await auditOverview(await depsOf(request), viewerOf(request));
    const roles = request.staff!.roles;
    await sendPage(
      reply,
      AuditsPage({
        ctx: await pageContext(request),
        overview,
        canRecord: roles.includes('auditor'),
        canEditChecklist: roles.includes('admin'),
        notice: noticeOf(request),
      }),
    );
  });

  async function formChoices(request: FastifyRequest) {
    const deps = await depsOf(request);
    const [items, choices] = await Promise.all([auditChecklist(deps, { includeRetired: false }), auditFormChoices(deps)]);
    return { items, ...choices };
  }

  app.get(`${AUDITS_PATH}/nowy`, recordGuard, async (request, reply) => {
    const today = officeDate((await depsOf(request)).clock.now());
    const choices = await formChoices(request);
    await sendPage(reply, AuditFormPage({ ctx: await pageContext(request), ...choices, values: { performedOn: today }, errors: {} }));
  });

  app.post(`${AUDITS_PATH}/nowy`, recordGuard, async (request, reply) => {
    const deps = await depsOf(request, 'auditor');
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => `${AUDITS_PATH}/${(await recordAudit(deps, request.staff!.id, form, shownItems(request))).id}?zapisano=1`,
      render: async (ctx, errors) => AuditFormPage({ ctx, ...(await formChoices(request)), values: form, errors }),
      field: 'unit',
    });
  });

  app.get(`${AUDITS_PATH}/lista-kontrolna`, adminGuard, async (request, reply) => {
    const items = await auditChecklist(await depsOf(request), { includeRetired: true });
    await sendPage(reply, ChecklistPage({ ctx: await pageContext(request), items, values: {}, errors: {}, notice: noticeOf(request) }));
  });

  app.post(`${AUDITS_PATH}/lista-kontrolna`, adminGuard, async (request, reply) => {
    const deps = await depsOf(request, 'admin');
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => {
        await addChecklistItem(deps, form);
        return `${AUDITS_PATH}/lista-kontrolna?zapisano=1`;
      },
      render: async (ctx, errors) =>
        ChecklistPage({ ctx, items: await auditChecklist(deps, { includeRetired: true }), values: form, errors }),
      field: 'wordingPl',
    });
  });

  app.post(`${AUDITS_PATH}/lista-kontrolna/wczytaj`, adminGuard, async (request, reply) => {
    const deps = await depsOf(request, 'admin');
    return submitForm(request, reply, {
      run: async () => {
        await loadSeedChecklist(deps);
        return `${AUDITS_PATH}/lista-kontrolna?zapisano=1`;
      },
      render: async (ctx, errors) =>
        ChecklistPage({ ctx, items: await auditChecklist(deps, { includeRetired: true }), values: {}, errors }),
      field: 'standard',
    });
  });

  app.post(`${AUDITS_PATH}/lista-kontrolna/:id/wycofaj`, adminGuard, async (request, reply) => {
    await retireChecklistItem(await depsOf(request, 'admin'), idParam(request, 'id'));
    await reply.redirect(`${AUDITS_PATH}/lista-kontrolna?zapisano=1`, 303);
  });

  app.get(`${AUDITS_PATH}/:id`, readGuard, async (request, reply) => {
    const audit = await auditDetail(await depsOf(request), viewerOf(request), idParam(request, 'id'));
    await sendPage(reply, AuditDetailPage({ ctx: await pageContext(request), audit, notice: noticeOf(request) }));
  });
}
