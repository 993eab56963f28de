import { MAX_QUERY_LENGTH, searchWords } from '../../domain/directory/index.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { matterViews, type MatterView } from './matter-views.ts';
import { rankServices } from './rank-services.ts';

export interface DirectoryAnswer {
  /** The query as read (trimmed); '' when nothing was asked. */
  query: string;
  matters: MatterView[];
}

/**
 * "Gdzie załatwię sprawę?": the matters that fit what a resident typed, best first, with where and when.
 * An empty query answers nothing; a query too long or made of control characters is refused on the field `q`.
 * @example const { matters } = await searchDirectory(deps, 'zgubiłem dowód osobisty'); matters[0]?.ticketLetter // 'A'
 */
export async function searchDirectory(deps: UseCaseDeps, raw: string): Promise<DirectoryAnswer> {
  const v = new FieldCheck();
  const query = v.text('q', raw, { max: MAX_QUERY_LENGTH, optional: true });
  v.done();
  const ranked = await rankServices(deps.db, deps.actor.officeId, searchWords(query));
  const matters = await matterViews(
    deps.db,
    deps.actor.officeId,
    ranked.map((r) => r.id),
    deps.clock.now(),
  );
  return { query, matters };
}
