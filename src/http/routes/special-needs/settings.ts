import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roomChoices } from '../../../app/organisation/index.ts';
import { informationPointPolicy, updateInformationPointPolicy } from '../../../app/special-needs/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import type { Notice } from '../../../ui/admin/common.tsx';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import {
  INFORMATION_POINT_SETTINGS_PATH,
  InformationPointSettingsPage,
  informationPointPolicyToForm,
} from '../../../ui/special-needs/settings.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { noticeOf, submitForm } from '../admin/support.ts';

/** /admin/punkt-informacyjny: the administrator's settings of the Information Point (seed 7.1, 7.2). */
export function informationPointSettingsRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function page(request: FastifyRequest, ctx: PageContext, values: FormValues | undefined, errors: FormErrors, notice?: Notice) {
    const deps = await depsOf(request, 'admin');
    const [policy, rooms] = await Promise.all([informationPointPolicy(deps.db, deps.actor.officeId), roomChoices(deps)]);
    return InformationPointSettingsPage({ ctx, values: values ?? informationPointPolicyToForm(policy), rooms, errors, notice });
  }

  app.get(INFORMATION_POINT_SETTINGS_PATH, guard, async (request, reply) => {
    await sendPage(reply, await page(request, await pageContext(request), undefined, {}, noticeOf(request)));
  });

  app.post(INFORMATION_POINT_SETTINGS_PATH, guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateInformationPointPolicy(await depsOf(request, 'admin'), form);
        return `${INFORMATION_POINT_SETTINGS_PATH}?zapisano=1`;
      },
      render: (ctx, errors) => page(request, ctx, form, errors),
      field: 'escalateMinutes',
    });
  });
}
