import type { FastifyInstance, FastifyRequest } from 'fastify';
import { absenceList, addAbsence, removeAbsence } from '../../../app/directory/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import { ABSENCES_PATH, AbsencesPage } from '../../../ui/directory/absences-page.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import type { Role } from '../../types.ts';
import { idParam, submitForm } from '../admin/support.ts';

function keeperRole(request: FastifyRequest): Role {
  return request.staff?.roles.includes('admin') ? 'admin' : 'unit_head';
}

/** /nieobecnosci: who is away when, kept by the unit head (an administrator: every unit). */
export function absenceRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('unit_head', 'admin'), schema: { hide: true } };

  async function page(request: FastifyRequest, ctx: PageContext, values: FormValues, errors: FormErrors) {
    const { absences, staff } = await absenceList(await depsOf(request, keeperRole(request)));
    const saved = (request.query as Record<string, unknown>).zapisano === '1';
    return AbsencesPage({ ctx, absences, staff, values, errors, saved });
  }

  app.get(ABSENCES_PATH, guard, async (request, reply) => {
    await sendPage(reply, await page(request, await pageContext(request), {}, {}));
  });

  app.post(ABSENCES_PATH, guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await addAbsence(await depsOf(request, keeperRole(request)), form);
        return `${ABSENCES_PATH}?zapisano=1`;
      },
      render: (ctx, errors) => page(request, ctx, form, errors),
      field: 'starts_on',
    });
  });

  app.post(`${ABSENCES_PATH}/:id/usun`, guard, async (request, reply) => {
    await removeAbsence(await depsOf(request, keeperRole(request)), idParam(request, 'id'));
    await reply.redirect(`${ABSENCES_PATH}?zapisano=1`, 303);
  });
}
