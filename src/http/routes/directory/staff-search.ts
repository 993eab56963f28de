import type { FastifyRequest } from 'fastify';
import { competentStaff, searchDirectory, type CompetentPerson, type DirectoryAnswer } from '../../../app/directory/index.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { PeopleByMatter } from '../../../ui/directory/staff-results.tsx';
import { depsOf } from '../../auth/actor.ts';
import { answerFor, queryOf } from './query.ts';

/** A staff search: the matters and who is competent for each now. */
export async function staffSearch(
  request: FastifyRequest,
  ctx: PageContext,
): Promise<{ answer: DirectoryAnswer; people: PeopleByMatter; errors: FormErrors; status: number }> {
  const deps = await depsOf(request);
  const found = await answerFor(ctx, queryOf(request), (q) => searchDirectory(deps, q));
  const byService = await competentStaff(
    deps.db,
    deps.actor.officeId,
    found.answer.matters.map((m) => m.id),
    deps.clock.now(),
  );
  const people: Record<number, CompetentPerson[]> = {};
  for (const [id, list] of byService) people[id] = list;
  return { ...found, people };
}

/** Whether the address says a transfer was just noted. */
export function transferNoted(request: FastifyRequest): boolean {
  return (request.query as Record<string, unknown>).odnotowano === '1';
}
