import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  buildingChoices,
  createCalendarException,
  deleteCalendarException,
  findHoursOwner,
  listCalendarExceptions,
  readWeeklyHours,
  setOpeningHours,
  unitChoices,
  type HoursOwner,
  type HoursScope,
} from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { HoursOverviewPage, WeekHoursPage, weekToForm } from '../../../ui/admin/hours.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';

const SCOPES = { budynek: 'building', komorka: 'unit' } as const;

/** /admin/godziny: weekly opening hours of buildings and units, and local calendar exceptions. */
export function adminHoursRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function overview(request: FastifyRequest, ctx: PageContext, values: FormValues, errors: FormErrors, notice?: Notice) {
    const deps = await depsOf(request, 'admin');
    const [buildings, units, exceptions] = await Promise.all([buildingChoices(deps), unitChoices(deps), listCalendarExceptions(deps)]);
    return HoursOverviewPage({ ctx, buildings, units, exceptions, values, errors, notice });
  }

  app.get('/admin/godziny', guard, async (request, reply) => {
    await sendPage(reply, await overview(request, await pageContext(request), { kind: 'closed' }, {}, noticeOf(request)));
  });

  app.post('/admin/godziny/wyjatki', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await createCalendarException(await depsOf(request, 'admin'), form);
        return '/admin/godziny?zapisano=1#wyjatki';
      },
      render: (ctx, errors) => overview(request, ctx, form, errors),
      field: 'starts_on',
    });
  });

  app.post('/admin/godziny/wyjatki/:id/usun', guard, async (request, reply) => {
    await deleteCalendarException(await depsOf(request, 'admin'), idParam(request, 'id'));
    await reply.redirect('/admin/godziny?usunieto=1#wyjatki', 303);
  });

  /** The scope of a week grid from the path, with its owner; 404 when it is not the office's. */
  async function scopeOf(request: FastifyRequest): Promise<{ scope: HoursScope; owner: HoursOwner; action: string }> {
    const kind = SCOPES[(request.params as { kind: string }).kind as keyof typeof SCOPES];
    if (!kind) throw notFound();
    const scope = { kind, id: idParam(request, 'id') };
    const owner = await findHoursOwner(await depsOf(request, 'admin'), scope);
    if (!owner) throw notFound();
    return { scope, owner, action: request.url.split('?')[0]! };
  }

  app.get('/admin/godziny/:kind/:id', guard, async (request, reply) => {
    const { scope, owner, action } = await scopeOf(request);
    const values = weekToForm(await readWeeklyHours(await depsOf(request, 'admin'), scope));
    await sendPage(reply, WeekHoursPage({ ctx: await pageContext(request), action, owner, values, errors: {}, notice: noticeOf(request) }));
  });

  app.post('/admin/godziny/:kind/:id', guard, async (request, reply) => {
    const { scope, owner, action } = await scopeOf(request);
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await setOpeningHours(await depsOf(request, 'admin'), scope, form);
        return `${action}?zapisano=1`;
      },
      render: (ctx, errors) => WeekHoursPage({ ctx, action, owner, values: form, errors }),
      field: 'opens_1',
    });
  });
}
