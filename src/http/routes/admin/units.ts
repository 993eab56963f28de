import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buildingChoices, createUnit, findUnit, listUnits, roomChoices, updateUnit } from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { UnitFormPage, UnitListPage, unitToForm } from '../../../ui/admin/units.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';

/** /admin/komorki: organisational units. */
export function adminUnitRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function formPage(
    request: FastifyRequest,
    ctx: PageContext,
    unitId: number | undefined,
    values: FormValues,
    errors: FormErrors,
    notice?: Notice,
  ) {
    const deps = await depsOf(request, 'admin');
    const [buildings, rooms, saved] = await Promise.all([
      buildingChoices(deps),
      roomChoices(deps),
      unitId === undefined ? undefined : findUnit(deps, unitId),
    ]);
    return UnitFormPage({ ctx, unitId, values, errors, buildings, rooms, notice, savedCode: saved?.code });
  }

  app.get('/admin/komorki', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, UnitListPage({ ctx, units: await listUnits(await depsOf(request, 'admin')), notice: noticeOf(request) }));
  });

  app.get('/admin/komorki/nowa', guard, async (request, reply) => {
    await sendPage(reply, await formPage(request, await pageContext(request), undefined, {}, {}));
  });

  app.post('/admin/komorki/nowa', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await createUnit(await depsOf(request, 'admin'), form);
        return '/admin/komorki?zapisano=1';
      },
      render: (ctx, errors) => formPage(request, ctx, undefined, form, errors),
      field: 'code',
    });
  });

  app.get('/admin/komorki/:id', guard, async (request, reply) => {
    const unit = await findUnit(await depsOf(request, 'admin'), idParam(request, 'id'));
    if (!unit) throw notFound();
    await sendPage(reply, await formPage(request, await pageContext(request), unit.id, unitToForm(unit), {}, noticeOf(request)));
  });

  app.post('/admin/komorki/:id', guard, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateUnit(await depsOf(request, 'admin'), id, form);
        return `/admin/komorki/${id}?zapisano=1`;
      },
      render: (ctx, errors) => formPage(request, ctx, id, form, errors),
      field: 'code',
    });
  });
}
