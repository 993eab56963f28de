import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listNotes, managedUnit, noteChoices, postNote, withdrawNote } from '../../../app/directory/index.ts';
import { officeDate, officeTime } from '../../../domain/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import { NOTES_PATH, NotesPage } from '../../../ui/directory/notes-page.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import type { Role } from '../../types.ts';
import { idParam, submitForm } from '../admin/support.ts';

/** An administrator keeps every unit's notes; a unit head their own unit's. */
function keeperRole(request: FastifyRequest): Role {
  return request.staff?.roles.includes('admin') ? 'admin' : 'unit_head';
}

/** /informacje-dla-punktu: notes of the units to the Information Point (basic standard 8). */
export function notesRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('unit_head', 'admin'), schema: { hide: true } };

  async function page(request: FastifyRequest, ctx: PageContext, values: FormValues | null, errors: FormErrors) {
    const deps = await depsOf(request, keeperRole(request));
    const scope = await managedUnit(deps);
    const [notes, choices] = await Promise.all([listNotes(deps, { unitId: scope }), noteChoices(deps)]);
    const now = deps.clock.now();
    const defaults: FormValues = {
      unit_id: choices.units.length === 1 ? String(choices.units[0]!.id) : '',
      from_date: officeDate(now),
      from_time: officeTime(now),
      until_date: officeDate(now),
      until_time: '15:30',
    };
    const saved = (request.query as Record<string, unknown>).zapisano === '1';
    return NotesPage({ ctx, notes, units: choices.units, services: choices.services, values: values ?? defaults, errors, saved });
  }

  app.get(NOTES_PATH, guard, async (request, reply) => {
    await sendPage(reply, await page(request, await pageContext(request), null, {}));
  });

  app.post(NOTES_PATH, guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => {
        await postNote(await depsOf(request, keeperRole(request)), form);
        return `${NOTES_PATH}?zapisano=1`;
      },
      render: (ctx, errors) => page(request, ctx, form, errors),
      field: 'text_pl',
    });
  });

  app.post(`${NOTES_PATH}/:id/wycofaj`, guard, async (request, reply) => {
    await withdrawNote(await depsOf(request, keeperRole(request)), idParam(request, 'id'));
    await reply.redirect(`${NOTES_PATH}?zapisano=1`, 303);
  });
}
