import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createCalendarException } from '../../../app/organisation/create-calendar-exception.ts';
import { deleteCalendarException } from '../../../app/organisation/delete-calendar-exception.ts';
import { setOpeningHours, type HoursScope } from '../../../app/organisation/set-opening-hours.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import {
  findBuilding,
  findUnit,
  listBuildings,
  listCalendarExceptions,
  listUnits,
  openingHoursOf,
} from '../../../storage/organisation-repository.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { HoursOverviewPage, WeekHoursPage, weekToForm } from '../../../ui/admin/hours.tsx';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { adminDeps, idParam, noticeOf, submitForm } from './support.ts';
import { formOf } from '../../form.ts';

const SCOPES = { budynek: 'building', komorka: 'unit' } as const;

/** /admin/godziny: weekly opening hours of buildings and units, and local calendar exceptions. */
export function adminHoursRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };
  const db = app.deps.db;

  async function overview(request: FastifyRequest, ctx: PageContext, values: FormValues, errors: FormErrors, notice?: Notice) {
    const officeId = request.staff!.officeId;
    const [buildings, units, exceptions] = await Promise.all([
      listBuildings(db, officeId),
      listUnits(db, officeId),
      listCalendarExceptions(db, officeId),
    ]);
    return HoursOverviewPage({ ctx, buildings, units, exceptions, values, errors, notice });
  }

  app.get('/admin/godziny', guard, async (request, reply) => {
    await sendPage(reply, await overview(request, await pageContext(request), { kind: 'closed' }, {}, noticeOf(request)));
  });

  app.post('/admin/godziny/wyjatki', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await createCalendarException(adminDeps(request), form);
        return '/admin/godziny?zapisano=1#wyjatki';
      },
      render: (ctx, errors) => overview(request, ctx, form, errors),
      field: 'starts_on',
    });
  });

  app.post('/admin/godziny/wyjatki/:id/usun', guard, async (request, reply) => {
    await deleteCalendarException(adminDeps(request), idParam(request, 'id'));
    await reply.redirect('/admin/godziny?usunieto=1#wyjatki', 303);
  });

  /** The scope of a week grid from the path, with the name to show; 404 when it is not the office's. */
  async function scopeOf(request: FastifyRequest): Promise<{ scope: HoursScope; name: string; action: string }> {
    const kind = SCOPES[(request.params as { kind: string }).kind as keyof typeof SCOPES];
    if (!kind) throw notFound();
    const id = idParam(request, 'id');
    const officeId = request.staff!.officeId;
    const owner = kind === 'building' ? await findBuilding(db, officeId, id) : await findUnit(db, officeId, id);
    if (!owner) throw notFound();
    const name = 'code' in owner ? `${owner.code} — ${owner.name_pl}` : owner.name;
    return { scope: { kind, id }, name, action: request.url.split('?')[0]! };
  }

  app.get('/admin/godziny/:kind/:id', guard, async (request, reply) => {
    const { scope, name, action } = await scopeOf(request);
    const values = weekToForm(await openingHoursOf(db, scope));
    await sendPage(reply, WeekHoursPage({ ctx: await pageContext(request), action, name, values, errors: {}, notice: noticeOf(request) }));
  });

  app.post('/admin/godziny/:kind/:id', guard, async (request, reply) => {
    const { scope, name, action } = await scopeOf(request);
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await setOpeningHours(adminDeps(request), scope, form);
        return `${action}?zapisano=1`;
      },
      render: (ctx, errors) => WeekHoursPage({ ctx, action, name, values: form, errors }),
      field: 'opens_1',
    });
  });
}
